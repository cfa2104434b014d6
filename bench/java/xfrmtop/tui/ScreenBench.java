package xfrmtop.tui;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import xfrmtop.bench.Bench;
import xfrmtop.bench.Gateway;
import xfrmtop.rate.Frame;
import xfrmtop.view.NicSelection;
import xfrmtop.view.ViewState;

import java.time.ZoneOffset;

/**
 * Drawing a full screen: the renderer (rows, sort, cells) and the screen's DELTA refresh encoding the changed cells to
 * an ANSI terminal, two gateway frames in turn so that rates and totals change as they do each tick.
 * "xfrm": the default scenario (xfrm_stat only); "gateway": xfrm_stat, 8 NICs x 2,500 stats (-i), 10,000 SAs.
 * The bytes the terminal received per frame are printed at the end.
 */
@State(Scope.Thread)
public class ScreenBench extends Bench {
    @Param({"120x40", "200x60"})
    public String size;

    @Param({"xfrm", "gateway"})
    public String scene;

    /** NIC rows shown: "all" 20,000 counters (as with -i), or "ipsec" (the default selection: IPsec counters only). */
    @Param({"all", "ipsec"})
    public String nicRows;

    private final Frame[] frames = new Frame[2];
    private Renderer renderer;
    private ViewState vs;
    private Display screen;
    private CountingTerminal terminal;
    private UiContext ctx;
    private long n;

    @Setup
    public void setUp() throws Exception {
        boolean gw = scene.equals("gateway");
        Gateway g = gw ? new Gateway(10_000, 8, 2500) : new Gateway(0, 0, 0);
        g.tick();
        frames[0] = g.tick();
        frames[1] = g.tick();
        String[] wh = size.split("x");
        terminal = CountingTerminal.of(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        renderer = new Renderer(true);
        screen = new Display(terminal, renderer.theme(), terminal.getTerminalSize());
        screen.start();
        vs = new ViewState();
        if (gw) vs.nicSelection(NicSelection.of(nicRows.equals("all") ? g.interfaces() : java.util.List.of(), null));
        ctx = new UiContext(new xfrmtop.source.HostInfo("gw1", "6.18.0", "host"), 1, 1_795_000_000_000L,
                ZoneOffset.UTC, xfrmtop.view.KeyMap.defaults());
        frame();
    }

    @Benchmark
    public void frame() throws Exception {
        renderer.draw(screen, frames[(int) (n++ & 1)], vs, ctx);
        screen.refresh();
    }

    @TearDown
    public void report() {
        System.out.printf("%n%s %s: %d bytes to the terminal per frame%n", scene, size, terminal.bytes() / Math.max(1, n));
    }
}
