package xfrmtop.record;

import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two frames are the same when every group has the same totals, rates, deltas, statuses and colour ages. */
final class FrameAssert {
    private FrameAssert() {}

    static void assertSameFrame(Frame want, Frame got, String where) {
        assertEquals(want.sample().seq(), got.sample().seq(), where);
        assertEquals(Double.doubleToLongBits(want.intervalS()), Double.doubleToLongBits(got.intervalS()), where);
        assertEquals(want.groups().size(), got.groups().size(), where);
        assertEquals(want.sample().events(), got.sample().events(), where + " events");
        for (int g = 0; g < want.groups().size(); g++) {
            GroupRates a = want.groups().get(g), b = got.groups().get(g);
            String at = where + " " + a.key();
            assertEquals(a.key(), b.key(), at);
            assertEquals(a.size(), b.size(), at);
            assertEquals(a.health(), b.health(), at);
            assertEquals(a.note(), b.note(), at);
            assertEquals(a.goneTicks(), b.goneTicks(), at);
            for (int i = 0; i < a.size(); i++) {
                String c = at + " " + a.name(i);
                assertEquals(a.name(i), b.name(i), c);
                assertEquals(a.total(i), b.total(i), c);
                assertEquals(Double.doubleToLongBits(a.rate(i)), Double.doubleToLongBits(b.rate(i)), c + " rate");
                assertEquals(a.moved(i), b.moved(i), c + " moved");
                assertEquals(a.status(i), b.status(i), c + " status");
                assertEquals(a.sinceChange(i), b.sinceChange(i), c + " sinceChange");
            }
        }
    }
}
