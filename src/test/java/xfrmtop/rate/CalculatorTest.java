package xfrmtop.rate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.sample.Sample;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("fast")
class CalculatorTest {
    static final GroupKey K = GroupKey.xfrmStat("");
    static final CounterNames N = CounterNames.of("A", "B");
    static final long S = 1_000_000_000L;

    static Sample sample(long seq, long mono, Group... groups) { return new Sample(seq, mono, 0, List.of(groups)); }

    static Group ok(long mono, long a, long b) { return Group.ok(K, mono, N, new long[] {a, b}, ""); }

    @Test
    void groupsOfOneKindKeepFrameOrderAndAreReadOnly() {
        GroupKey nsB = GroupKey.xfrmStat("b"), nic = new GroupKey(Kind.NIC, "", "eth0");
        Group n = Group.ok(nic, 0, N, new long[] {1, 2}, "");
        Frame f = Calculator.next(null, sample(0, 0, ok(0, 1, 2), n, Group.ok(nsB, 0, N, new long[] {3, 4}, "")));
        assertEquals(List.of(K, nsB), f.groups(Kind.XFRM_STAT).stream().map(GroupRates::key).toList());
        assertEquals(List.of(nic), f.groups(Kind.NIC).stream().map(GroupRates::key).toList());
        assertTrue(f.groups(Kind.SA).isEmpty());
        assertSame(f.groups(Kind.NIC), f.groups(Kind.NIC), "built once per frame");
        assertThrows(UnsupportedOperationException.class, () -> f.groups(Kind.NIC).clear());
    }

    @Test
    void aPredecessorCalculatesTheSameNextFrameButHasNoRatesOfItsOwn() {
        Group gone = Group.ok(GroupKey.xfrmStat("gone"), 0, N, new long[] {1, 1}, "");
        Frame f1 = Calculator.next(null, sample(0, 0, ok(0, 100, 7), gone));
        Frame f2 = Calculator.next(f1, sample(1, S, ok(S, 300, 5)));              // B reset; "gone" went
        Frame p = Calculator.predecessor(f2);
        assertTrue(Double.isNaN(p.group(K).rate(0)), "the previous read's values are not kept");
        assertEquals(Status.OK, p.group(K).status(0));
        assertEquals(200, p.group(K).moved(0));
        Sample s3 = sample(2, 3 * S, ok(3 * S, 700, 9));
        Frame want = Calculator.next(f2, s3), got = Calculator.next(p, s3);
        assertEquals(want.groups().size(), got.groups().size());
        for (int k = 0; k < want.groups().size(); k++) {
            GroupRates w = want.groups().get(k), g = got.groups().get(k);
            assertEquals(w.key(), g.key());
            assertEquals(w.goneTicks(), g.goneTicks());
            for (int i = 0; i < w.size(); i++) {
                assertEquals(w.rate(i), g.rate(i), "rate " + w.key() + " " + i);
                assertEquals(w.moved(i), g.moved(i));
                assertEquals(w.status(i), g.status(i));
                assertEquals(w.sinceChange(i), g.sinceChange(i));
            }
        }
        assertEquals(200.0, got.group(K).rate(0));
    }

    @Test
    void firstSampleHasNoData() {
        Frame f = Calculator.next(null, sample(0, 0, ok(0, 5, 7)));
        GroupRates g = f.group(K);
        assertEquals(Status.NO_DATA, g.status(0));
        assertTrue(Double.isNaN(g.rate(0)), "no data is not 0");
        assertEquals(5, g.total(0));
        assertEquals(0, g.moved(0));
        assertTrue(Double.isNaN(f.intervalS()));
        assertFalse(g.everMoved(0));
    }

    @Test
    void rateUsesTheMeasuredInterval() {
        Frame f1 = Calculator.next(null, sample(0, 0, ok(0, 100, 0)));
        Frame f2 = Calculator.next(f1, sample(1, 2 * S, ok(2 * S, 300, 0)));
        GroupRates g = f2.group(K);
        assertEquals(Status.OK, g.status(0));
        assertEquals(100.0, g.rate(0), 1e-9);
        assertEquals(200, g.moved(0));
        assertEquals(0.0, g.rate(1), 1e-9);
        assertEquals(2.0, f2.intervalS(), 1e-9);
        assertEquals(0, g.sinceChange(0));
        assertFalse(g.everMoved(1));
    }

    @Test
    void fractionalIntervals() {
        Frame f1 = Calculator.next(null, sample(0, 0, ok(0, 0, 0)));
        Frame f2 = Calculator.next(f1, sample(1, S / 5, ok(S / 5, 7, 0)));
        assertEquals(35.0, f2.group(K).rate(0), 1e-9);
        Frame f3 = Calculator.next(f2, sample(2, S / 5 + 1_234_567_890L, ok(S / 5 + 1_234_567_890L, 8, 0)));
        assertEquals(1 / 1.23456789, f3.group(K).rate(0), 1e-9);
    }

    @Test
    void aCounterGoingBackwardsIsAResetNeverANegativeRate() {
        Frame f1 = Calculator.next(null, sample(0, 0, ok(0, 1000, 5)));
        Frame f2 = Calculator.next(f1, sample(1, S, ok(S, 1100, 5)));
        Frame f3 = Calculator.next(f2, sample(2, 2 * S, ok(2 * S, 3, 5)));
        GroupRates g = f3.group(K);
        assertEquals(Status.RESET, g.status(0));
        assertTrue(Double.isNaN(g.rate(0)));
        assertEquals(100, g.moved(0), "what moved before the reset is kept");
        Frame f4 = Calculator.next(f3, sample(3, 3 * S, ok(3 * S, 13, 5)));
        assertEquals(10.0, f4.group(K).rate(0), 1e-9);
        assertEquals(110, f4.group(K).moved(0));
    }

    @Test
    void unsignedValuesAbove2To63() {
        long big = 0x8000_0000_0000_0000L;        // 2^63 as unsigned
        Frame f1 = Calculator.next(null, sample(0, 0, ok(0, big, 0)));
        Frame f2 = Calculator.next(f1, sample(1, S, ok(S, big + 10, 0)));
        assertEquals(Status.OK, f2.group(K).status(0));
        assertEquals(10.0, f2.group(K).rate(0), 1e-9);
    }

    @Test
    void aFailedReadIsStaleWithTheLastValuesThenNoDataAgain() {
        Frame f1 = Calculator.next(null, sample(0, 0, ok(0, 10, 20)));
        Frame f2 = Calculator.next(f1, sample(1, S, ok(S, 15, 20)));
        Frame f3 = Calculator.next(f2, sample(2, 2 * S, Group.failed(K, 2 * S, Health.STALE, "EIO")));
        GroupRates g = f3.group(K);
        assertEquals(Status.STALE, g.status(0));
        assertEquals(15, g.total(0));
        assertTrue(Double.isNaN(g.rate(0)));
        assertEquals("EIO", g.note());
        Frame f4 = Calculator.next(f3, sample(3, 3 * S, ok(3 * S, 30, 20)));
        assertEquals(Status.NO_DATA, f4.group(K).status(0));
        assertEquals(5, f4.group(K).moved(0));
    }

    @Test
    void aVanishedGroupIsGoneForAFewTicksThenDropped() {
        GroupKey nic = new GroupKey(Kind.NIC, "", "eth0");
        Group g = new Group(nic, 0, N, new long[] {1, 2}, Health.OK, "", 7, Map.of("driver", "x"));
        Frame f = Calculator.next(null, sample(0, 0, g));
        for (int t = 1; t <= Calculator.GONE_TICKS; t++) {
            f = Calculator.next(f, sample(t, t * S));
            GroupRates r = f.group(nic);
            assertEquals(Status.GONE, r.status(0), "tick " + t);
            assertEquals(1, r.total(0));
            assertEquals("x", r.group().label("driver"));
        }
        f = Calculator.next(f, sample(9, 9 * S));
        assertNull(f.group(nic));
    }

    @Test
    void aKeyTheSampleRepeatedIsNotAlsoGoneNextTick() {
        Frame f = Calculator.next(null, sample(0, 0, ok(0, 1, 1), ok(0, 1, 1)));   // a dump taken while it changed
        f = Calculator.next(f, sample(1, S, ok(S, 2, 2)));
        assertEquals(1, f.groups().size(), "one group, no gone copy beside it");
        assertEquals(Status.OK, f.group(K).status(0));
        f = Calculator.next(f, sample(2, 2 * S, ok(2 * S, 3, 3)));
        assertEquals(1, f.groups().size());
    }

    @Test
    void aRecreatedObjectRestartsFromNoData() {
        GroupKey nic = new GroupKey(Kind.NIC, "", "eth0");
        Frame f1 = Calculator.next(null, sample(0, 0, new Group(nic, 0, N, new long[] {100, 0}, Health.OK, "", 7, null)));
        Frame f2 = Calculator.next(f1, sample(1, S, new Group(nic, S, N, new long[] {150, 0}, Health.OK, "", 7, null)));
        Frame f3 = Calculator.next(f2, sample(2, 2 * S, new Group(nic, 2 * S, N, new long[] {400, 0}, Health.OK, "", 8, null)));
        assertEquals(Status.NO_DATA, f3.group(nic).status(0), "new epoch (ifindex): no rate across identities");
        assertEquals(0, f3.group(nic).moved(0));
    }

    @Test
    void aChangedLayoutMatchesCountersByName() {
        Frame f1 = Calculator.next(null, sample(0, 0, Group.ok(K, 0, CounterNames.of("A", "B"), new long[] {1, 2}, "")));
        Frame f2 = Calculator.next(f1, sample(1, S,
                Group.ok(K, S, CounterNames.of("B", "C", "A"), new long[] {4, 9, 1}, "")));
        GroupRates g = f2.group(K);
        assertEquals(2.0, g.rate(0), 1e-9);                // B: 2 -> 4
        assertEquals(Status.NO_DATA, g.status(1));          // C is new
        assertEquals(0.0, g.rate(2), 1e-9);                 // A: unchanged
    }

    @Test
    void highlightFadesTickByTick() {
        Frame f = Calculator.next(null, sample(0, 0, ok(0, 0, 0)));
        f = Calculator.next(f, sample(1, S, ok(S, 1, 0)));
        assertEquals(0, f.group(K).sinceChange(0));
        f = Calculator.next(f, sample(2, 2 * S, ok(2 * S, 1, 0)));
        assertEquals(1, f.group(K).sinceChange(0));
        f = Calculator.next(f, sample(3, 3 * S, ok(3 * S, 1, 0)));
        assertEquals(2, f.group(K).sinceChange(0));
        assertTrue(f.group(K).everMoved(0));
        assertFalse(f.group(K).everMoved(1));
    }
}
