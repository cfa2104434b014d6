package xfrmtop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Frame;
import xfrmtop.view.ViewState;

import java.util.List;

/**
 * A rough figure, not a timed test: drawing the NIC pane with all 2,774 counters of the recorded ConnectX port
 * (sort, selection, the visible rows) into a virtual terminal. Run: mvn test -Dtest.groups=bench -Dtest=NicPaneCost
 */
@Tag("bench")
class NicPaneCost {
    @Test
    void allCountersOfAConnectXPort() throws Exception {
        List<Frame> frames = NicPanePictureTest.play("mlx5-connectx6dx.txt", List.of());
        ViewState vs = NicPanePictureTest.nicFocused(List.of());
        vs.nicSelection().toggleAll();
        Renderer r = new Renderer(true);
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(120, 40));
        Display screen = new Display(vt, r.theme(), vt.getTerminalSize());
        screen.start();
        UiContext ctx = Pictures.context(1);
        int warm = 300, runs = 300;
        long ns = 0;
        for (int k = 0; k < warm + runs; k++) {
            long t0 = System.nanoTime();
            r.draw(screen, frames.get(1 + k % 2), vs, ctx);
            screen.refresh();
            if (k >= warm) ns += System.nanoTime() - t0;
        }
        System.out.printf("NIC pane, all 2774 counters, 120x40: %.2f ms per frame%n", ns / 1e6 / runs);
        long p = 0;
        for (int k = 0; k < warm + runs; k++) {
            long t0 = System.nanoTime();
            r.pane(xfrmtop.view.Pane.NIC).prepare(frames.get(1 + k % 2), vs);
            if (k >= warm) p += System.nanoTime() - t0;
        }
        System.out.printf("  of which rows + sort: %.2f ms%n", p / 1e6 / runs);
    }
}
