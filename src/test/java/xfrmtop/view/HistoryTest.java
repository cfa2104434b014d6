package xfrmtop.view;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Frame;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Kind;
import xfrmtop.source.SaCounters;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-counter history: what the ring and the session keep, replays stepping back, and memory that does not grow. */
@Tag("fast")
class HistoryTest {
    static final GroupKey XFRM = GroupKey.xfrmStat("");
    static final int POLBLOCK = Ticks.XFRM.indexOf("XfrmOutPolBlock"), NOPOLS = Ticks.XFRM.indexOf("XfrmInNoPols");

    @Test
    void theRingHoldsTheLastSamplesZerosBeforeTheFirstMoveNothingBeforeTheGroup() {
        History h = new History();
        Ticks t = new Ticks();
        for (int i = 0; i < 12; i++) h.observe(i < 5 ? t.xfrm("").tick() : t.xfrm("", "XfrmOutPolBlock", i).tick());
        double[] v = new double[14];
        assertTrue(h.recent(XFRM, POLBLOCK, 11, v, 14));
        near("NaN NaN NaN 0 0 0 0 5 6 7 8 9 10 11", v, "tick 0 has no rate; ticks -2 and -1 never were");
        h.recent(XFRM, NOPOLS, 11, v, 14);
        assertEquals("NaN NaN NaN 0 0 0 0 0 0 0 0 0 0 0", text(v), "a counter that never moved: zeros, no series");
        assertEquals(1, h.size()[1], "one series: only the counter that moved");
        assertTrue(!h.recent(GroupKey.xfrmStat("other"), 0, 11, v, 3));
        assertEquals("NaN NaN NaN", text(java.util.Arrays.copyOf(v, 3)));
    }

    @Test
    void aReplaySteppingBackFindsItsTicksAgainAndAGapHasNoRates() {
        History h = new History();
        Ticks t = new Ticks();
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < 30; i++) frames.add(t.xfrm("", "XfrmOutPolBlock", 10 + i).tick());
        for (int i = 0; i < 20; i++) h.observe(frames.get(i));
        h.observe(frames.get(25));                                  // a jump ahead: 20..24 were never shown
        double[] v = new double[7];
        h.recent(XFRM, POLBLOCK, 25, v, 7);
        near("29 NaN NaN NaN NaN NaN 35", v, "the jumped-over ticks");
        h.observe(frames.get(12));                                  // back: the ring still holds tick 12
        h.recent(XFRM, POLBLOCK, 12, v, 3);
        near("20 21 22", java.util.Arrays.copyOf(v, 3), "ticks shown again");
        Timeline tl = h.timeline(XFRM, POLBLOCK);
        assertEquals(25, tl.toSeq(), "the session went as far as tick 25");
        assertEquals(35.0, tl.at(25), 0.05);
        assertTrue(Double.isNaN(tl.at(22)), "the jumped-over ticks have no rate in the session either");
    }

    @Test
    void aReplayShowsTicksThroughTheScansOwnTracksAndLeavesTheirSessionsAlone() {
        History h = new History();
        Ticks t = new Ticks();
        List<Frame> frames = new ArrayList<>();
        CounterNames oldNames = CounterNames.of("rx_drop", "tx_drop"), newNames = CounterNames.of("tx_drop", "rx_drop");
        for (int i = 0; i < 200; i++) {                           // the SA 0x1 goes at tick 10: forgotten by the end
            t.xfrm("", "XfrmOutPolBlock", i < 50 ? 0 : i);
            if (i < 10) t.sa("", "0x1", "in", 5, 0);
            if (i < 150) t.nic("", "eth0", "veth", oldNames, "rx_drop", 3);   // reloaded at 150 with another layout
            else t.nic("", "eth0", "veth", newNames, "rx_drop", 7);
            frames.add(t.tick());
        }
        for (Frame f : frames) h.observe(f);                       // the scan
        Timeline before = h.timeline(XFRM, POLBLOCK);
        long bytes = h.bytes();
        for (int i = 60; i <= 70; i++) h.show(frames.get(i));
        double[] v = new double[4];
        h.recent(XFRM, POLBLOCK, 70, v, 4);
        near("67 68 69 70", v, "the ring follows the ticks shown");
        h.recent(XFRM, POLBLOCK, 198, v, 4);
        near("NaN NaN NaN NaN", v, "the scan's last ticks were replaced by the ticks shown");
        h.show(frames.get(20));                                     // far back: the ring starts again
        h.recent(XFRM, POLBLOCK, 20, v, 4);
        near("0 0 0 0", v, "before its first move: zeros, shown or not");
        Timeline after = h.timeline(XFRM, POLBLOCK);
        assertEquals(java.util.Arrays.toString(before.points()), java.util.Arrays.toString(after.points()),
                "the whole recording's plot is not touched");
        assertEquals(before.toSeq(), after.toSeq());
        assertTrue(h.bytes() - bytes < 400, "no second history for the ticks shown, only eth0's old layout aside: "
                + (h.bytes() - bytes) + " bytes");

        GroupKey sa = new GroupKey(Kind.SA, "", "192.0.2.2/esp/0x1");
        assertNull(h.timeline(sa, SaCounters.PACKETS), "the scan forgot the SA");
        for (int i = 0; i <= 5; i++) h.show(frames.get(i));
        h.recent(sa, SaCounters.PACKETS, 5, v, 4);
        near("5 5 5 5", v, "an SA the scan forgot is kept aside while it is shown");
        assertNull(h.timeline(sa, SaCounters.PACKETS), "no plot made of the ticks shown");
        GroupKey eth0 = new GroupKey(Kind.NIC, "", "eth0");
        h.recent(eth0, 0, 5, v, 4);
        near("3 3 3 3", v, "rx_drop in the layout of tick 5, kept aside");
        assertEquals(7.0, h.timeline(eth0, 1).at(180), 0.01,
                "the plot stays the whole recording's, in its last layout");
        h.show(frames.get(60));
        h.recent(XFRM, POLBLOCK, 60, v, 2);
        near("NaN 60", java.util.Arrays.copyOf(v, 2), "a jump back then ahead: the ring starts again");
        assertTrue(h.recent(sa, SaCounters.PACKETS, 60, v, 1), "kept aside 55 ticks away");
        h.show(frames.get(130));
        assertTrue(!h.recent(sa, SaCounters.PACKETS, 130, v, 1), "kept aside no longer: 125 ticks away");
    }

    @Test
    void theSessionKeepsItsWholeSpanInAFixedNumberOfPoints() {
        History h = new History();
        Ticks t = new Ticks();
        for (int i = 0; i < 3000; i++) h.observe(t.xfrm("", "XfrmOutPolBlock", i < 1000 ? 10 : 500).tick());
        Timeline tl = h.timeline(XFRM, POLBLOCK);
        assertTrue(tl.points().length <= Series.BUCKETS, "points: " + tl.points().length);
        assertEquals(32, tl.span(), "128 buckets cover 3000 ticks at 32 ticks each (after doubling 5 times)");
        assertEquals(10.0, tl.at(500), 0.01);
        assertEquals(500.0, tl.at(2500), 0.2);
        assertEquals(0, tl.fromSeq());
        assertEquals(Ticks.WALL + 2999 * 1000, tl.wallOf(2999));
        assertNull(h.timeline(GroupKey.xfrmStat("x"), 0));
    }

    @Test
    void memoryDependsOnTheMovingCountersNotOnTheRunLength() {
        History h = new History();
        Ticks t = new Ticks();
        long after500 = 0;
        for (int i = 0; i < 3000; i++) {
            t.xfrm("", "XfrmOutPolBlock", 7);
            for (int s = 0; s < 50; s++) t.sa("", "0x" + (1000 + s), s % 2 == 0 ? "in" : "out", 20, s == 3 ? 1 : 0);
            h.observe(t.tick());
            if (i == 499) after500 = h.bytes();
        }
        assertEquals(after500, h.bytes(), "the same after 500 and 3000 ticks");
        assertEquals(List.of(51, 1 + 50 + 1), List.of(h.size()[0], h.size()[1]),
                "xfrm_stat + 50 SAs; XfrmOutPolBlock, packets of each SA, integrity of the one failing");
        assertTrue(h.bytes() / 50 < 700, "bytes per SA: " + h.bytes() / 50);
        System.out.println("history: 50 SAs + xfrm_stat after 3000 ticks: " + h.bytes() + " bytes");
    }

    @Test
    void goneGroupsAreForgotten() {
        History h = new History();
        Ticks t = new Ticks();
        for (int i = 0; i < 10; i++) h.observe(t.xfrm("").sa("", "0x1", "in", 5, 0).tick());
        for (int i = 0; i < History.FORGET_TICKS + 10; i++) h.observe(t.xfrm("").tick());
        GroupKey sa = new GroupKey(Kind.SA, "", "192.0.2.2/esp/0x1");
        assertNull(h.timeline(sa, SaCounters.PACKETS), "an SA gone for good takes its history with it");
        assertEquals(1, h.size()[0]);
    }

    @Test
    void rateCodesKeepTheirRelativePrecision() {
        for (double r : new double[] {0.01, 0.5, 1, 3.3, 200, 99_999, 1.2e6, 4e9}) {
            assertEquals(r, RateCodes.decode16(RateCodes.encode16(r)), r * 0.0005 + 1e-4, "16-bit " + r);
            assertEquals(r, RateCodes.decode8(RateCodes.encode8(r)), r * 0.1 + 0.05, "8-bit " + r);
        }
        assertEquals(0.0, RateCodes.decode16(RateCodes.encode16(0)));
        assertTrue(Double.isNaN(RateCodes.decode16(RateCodes.encode16(Double.NaN))));
        assertTrue(Double.isNaN(RateCodes.decode8(RateCodes.encode8(Double.NaN))));
    }

    /** The ring keeps 8-bit codes (9 % steps): each value within 10 %, NaN where NaN. */
    private static void near(String want, double[] v, String what) {
        String[] w = want.split(" ");
        assertEquals(w.length, v.length, what);
        for (int i = 0; i < w.length; i++) {
            if (w[i].equals("NaN")) assertTrue(Double.isNaN(v[i]), what + ": " + text(v));
            else assertEquals(Double.parseDouble(w[i]), v[i], Double.parseDouble(w[i]) * 0.1, what + ": " + text(v));
        }
    }

    private static String text(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (double x : v) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(Double.isNaN(x) ? "NaN" : Long.toString(Math.round(x)));
        }
        return sb.toString();
    }
}
