package xfrmtop.tui;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import xfrmtop.bench.Bench;
import xfrmtop.bench.Gateway;
import xfrmtop.view.NicSelection;
import xfrmtop.view.ViewState;

import java.time.ZoneOffset;

/**
 * One whole tick of a busy gateway, as the process does it on its two threads: sample (xfrm_stat, 8 NICs x 2,500
 * stats through the NIC source, an N-SA netlink dump through the parser), calculate, then draw a 120x40 screen and
 * refresh it. Target: at most 20 ms at 10,000 SAs, and linear in the SAs (1k / 10k / 100k).
 */
@State(Scope.Thread)
public class TickBench extends Bench {
    @Param({"1000", "10000", "100000"})
    public int sas;

    /** NIC rows shown: "all" 20,000 counters (as with -i), or "ipsec" (the default selection: IPsec counters only). */
    @Param({"all", "ipsec"})
    public String nicRows;

    /** SAs in a hundred that carry traffic each tick: on a real gateway many are idle in any given second. */
    @Param({"90"})
    public int moving;

    private Gateway gateway;
    private Renderer renderer;
    private ViewState vs;
    private Display screen;
    private UiContext ctx;

    @Setup
    public void setUp() throws Exception {
        gateway = new Gateway(sas, 8, 2500, moving);
        renderer = new Renderer(true);
        CountingTerminal terminal = CountingTerminal.of(120, 40);
        screen = new Display(terminal, renderer.theme(), terminal.getTerminalSize());
        screen.start();
        vs = new ViewState();
        vs.nicSelection(NicSelection.of(nicRows.equals("all") ? gateway.interfaces() : java.util.List.of(), null));
        ctx = new UiContext(new xfrmtop.source.HostInfo("gw1", "6.18.0", "host"), 1, 1_795_000_000_000L,
                ZoneOffset.UTC, xfrmtop.view.KeyMap.defaults());
        tick();
    }

    @Benchmark
    public void tick() throws Exception {
        renderer.draw(screen, gateway.tick(), vs, ctx);
        screen.refresh();
    }
}
