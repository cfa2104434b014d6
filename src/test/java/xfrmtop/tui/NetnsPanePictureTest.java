package xfrmtop.tui;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Sample;
import xfrmtop.source.XfrmStatParser;
import xfrmtop.view.Pane;
import xfrmtop.view.ViewState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The xfrm_stat pane with several network namespaces: the NETNS column, per-namespace drop sums in the header,
 * sorting by namespace, the one-namespace focus, and a namespace that is deleted (stale, then gone).
 */
@Tag("fast")
class NetnsPanePictureTest {
    static final long S = 1_000_000_000L;
    static final List<String> NETNS = List.of("", "vpn1", "vpn2", "vpn3");

    /** Ticks one second apart: zeros, the 6.18 fixture, then vpn1 XfrmOutPolBlock +200 and vpn2 XfrmInNoPols +50. */
    static List<Frame> frames(int deletedTicks) throws IOException {
        XfrmStatParser p = new XfrmStatParser();
        byte[] zeros = Files.readAllBytes(Path.of("src/test/resources/fixtures/xfrm_stat/zeros-6.18.txt"));
        XfrmStatParser.Result r0 = p.parse(zeros, zeros.length);
        byte[] fx = Files.readAllBytes(Path.of("src/test/resources/fixtures/xfrm_stat/linux-6.18.txt"));
        XfrmStatParser.Result r1 = p.parse(fx, fx.length);
        List<Frame> out = new ArrayList<>();
        Frame f = null;
        for (int tick = 0; tick < 3 + deletedTicks; tick++) {
            List<Group> groups = new ArrayList<>();
            for (String ns : NETNS) {
                GroupKey k = GroupKey.xfrmStat(ns);
                long t = tick * S;
                long epoch = 4026532000L + ns.length();
                if (ns.equals("vpn3") && tick >= 3) {
                    groups.add(tick == 3 ? Group.failed(k, t, Health.STALE, "namespace deleted? (/run/netns/vpn3 is gone)")
                            : Group.failed(k, t, Health.GONE, "namespace deleted"));
                    continue;
                }
                long[] v = (tick == 0 ? r0 : r1).values().clone();
                if (tick >= 2 && ns.equals("vpn1")) v[r1.names().indexOf("XfrmOutPolBlock")] += 200L * (tick - 1);
                if (tick >= 2 && ns.equals("vpn2")) v[r1.names().indexOf("XfrmInNoPols")] += 50L * (tick - 1);
                groups.add(new Group(k, t, (tick == 0 ? r0 : r1).names(), v, Health.OK, "", epoch, Map.of()));
            }
            f = Calculator.next(f, new Sample(tick, tick * S, Pictures.NOW - (2L - tick) * 1000, groups));
            out.add(f);
        }
        return out;
    }

    static Frame last(int deletedTicks) throws IOException {
        List<Frame> l = frames(deletedTicks);
        return l.get(l.size() - 1);
    }

    static ViewState filtered(String text) {
        ViewState vs = new ViewState();
        vs.pane(Pane.XFRM_STAT).setFilter(text);
        return vs;
    }

    @Test
    void severalNamespacesGetTheNetnsColumnAndPerNamespaceSums() throws IOException {
        Pictures.Shot s = Pictures.render(new Renderer(true), last(0), new ViewState(), 120, 24);
        Pictures.assertPicture("netns-all", s.text());
        String[] lines = s.text().split("\n");
        assertTrue(lines[1].startsWith("drops 250.0/s [vpn1 200.0/s  vpn2 50.0/s  - 0.00/s  vpn3 0.00/s]"), s.text());
        assertTrue(lines[4].startsWith("NETNS        NAME"), s.text());
        assertTrue(lines[5].startsWith("vpn1         XfrmOutPolBlock"), "sorted by rate across namespaces:\n" + s.text());
        assertTrue(lines[6].startsWith("vpn2         XfrmInNoPols"), s.text());
        assertTrue(lines[1].contains("sort RATE/s desc"), "the sort stays on RATE when NETNS appears:\n" + s.text());
    }

    @Test
    void oneNamespaceHasNoNetnsColumn() throws IOException {
        Frame one = Calculator.next(null, new Sample(0, 0, Pictures.NOW, List.of(last(0).group(GroupKey.xfrmStat("vpn1")).group())));
        String text = Pictures.render(new Renderer(true), one, new ViewState(), 120, 8).text();
        assertTrue(text.split("\n")[4].startsWith("NAME "), text);
        assertFalse(text.contains("NETNS"), text);
    }

    @Test
    void sortedByNamespaceGroupsTheRows() throws IOException {
        ViewState vs = filtered("PolBlock");
        Renderer r = new Renderer(true);
        Frame f = last(0);
        Pictures.render(r, f, vs, 120, 16);            // the pane switches to its NETNS columns
        PaneView pane = r.pane(Pane.XFRM_STAT);
        for (int i = 0; i < 3; i++) pane.cycleSort(vs.pane(Pane.XFRM_STAT), -1);     // RATE -> DIR -> NAME -> NETNS
        String text = Pictures.render(r, f, vs, 120, 16).text();
        Pictures.assertPicture("netns-sorted-by-netns", text);
        assertTrue(text.contains("sort NETNS asc"), text);
    }

    @Test
    void focusOnOneNamespace() throws IOException {
        ViewState vs = new ViewState();
        Frame f = last(0);
        vs.cycleNetns(List.of("", "vpn1", "vpn2", "vpn3"));
        vs.cycleNetns(List.of("", "vpn1", "vpn2", "vpn3"));
        assertEquals("vpn1", vs.netnsFocus());
        String text = Pictures.render(new Renderer(true), f, vs, 120, 12).text();
        Pictures.assertPicture("netns-focus", text);
        assertTrue(text.contains("drops 200.0/s in netns vpn1"), text);
        for (String line : text.split("\n")) assertFalse(line.startsWith("vpn2 ") || line.startsWith("- "), text);
    }

    @Test
    void aDeletedNamespaceGoesStaleThenGoneWithANote() throws IOException {
        ViewState vs = filtered("XfrmOutPolBlock");
        String stale = Pictures.render(new Renderer(true), last(1), vs, 120, 10).text();
        Pictures.assertPicture("netns-deleted-stale", stale);
        assertTrue(stale.contains("netns vpn3: stale: namespace deleted? (/run/netns/vpn3 is gone)"), stale);
        Pictures.Shot gone = Pictures.render(new Renderer(true), last(2), vs, 120, 10);
        Pictures.assertPicture("netns-deleted-gone", gone.text());
        assertTrue(gone.text().contains("netns vpn3: gone: namespace deleted"), gone.text());
        assertTrue(gone.text().matches("(?s).*\nvpn3 +XfrmOutPolBlock +out +gone .*"), gone.text());
        assertEquals(com.googlecode.lanterna.TextColor.ANSI.MAGENTA, gone.fgOfLine("vpn3 "), "gone rows are greyed");
        assertFalse(gone.text().split("\n")[1].contains("vpn3"), "no drop sum for a gone namespace");
    }
}
