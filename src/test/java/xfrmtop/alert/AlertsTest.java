package xfrmtop.alert;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.sample.Sample;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Alerts on frames: value, rate and delta; kinds, namespaces and instances; no data never trips; trips latch. */
@Tag("fast")
class AlertsTest {
    static final long S = 1_000_000_000L;
    static final CounterNames X = CounterNames.of("XfrmInNoStates", "XfrmOutPolBlock");
    static final CounterNames N = CounterNames.of("ipsec_rx_drop_pkts", "rx_packets");
    static final GroupKey HOST = GroupKey.xfrmStat(""), NS1 = GroupKey.xfrmStat("ns1"),
            ETH0 = new GroupKey(Kind.NIC, "", "eth0"), ETH1 = new GroupKey(Kind.NIC, "", "eth1");

    /** Tick t: XfrmOutPolBlock in ns1 climbs 200/s from tick 2; eth1's drops reach 150 at tick 3. */
    static Sample sample(int t) {
        return new Sample(t, t * S, 1_000_000L * t, List.of(
                Group.ok(HOST, t * S, X, new long[] {5, 0}, ""),
                Group.ok(NS1, t * S, X, new long[] {0, t < 2 ? 0 : 200L * (t - 1)}, ""),
                Group.ok(ETH0, t * S, N, new long[] {0, 1000L * t}, ""),
                t == 4 ? Group.failed(ETH1, t * S, Health.STALE, "gone for a moment")
                        : Group.ok(ETH1, t * S, N, new long[] {t >= 3 ? 150 : 0, 10}, "")));
    }

    static Frame frame(int upto) {
        Frame f = null;
        for (int t = 0; t <= upto; t++) f = Calculator.next(f, sample(t));
        return f;
    }

    static Alerts of(String... exprs) {
        return new Alerts(java.util.Arrays.stream(exprs).map(AlertParser::parse).toList());
    }

    @Test
    void valueRateAndDelta() {
        assertEquals(1, of("XfrmInNoStates>0").evaluate(frame(0)).size(), "a value trips on the first sample");
        assertEquals(0, of("rate(XfrmOutPolBlock)>=0").evaluate(frame(0)).size(), "no rate yet: no data never trips");
        assertEquals(0, of("rate(XfrmOutPolBlock)>0").evaluate(frame(1)).size());
        List<Alerts.Hit> hits = of("rate(XfrmOutPolBlock)>=200").evaluate(frame(2));
        assertEquals(1, hits.size());
        assertEquals(NS1, hits.get(0).key());
        assertEquals(200.0, hits.get(0).value(), 1e-9);
        assertEquals(1, of("delta(XfrmOutPolBlock)==400").evaluate(frame(3)).size());
        assertEquals(0, of("delta(XfrmInNoStates)>0").evaluate(frame(3)).size(), "a constant value never moved");
    }

    @Test
    void kindsNamespacesAndInstancesNarrowTheMatch() {
        assertEquals(2, of("XfrmInNoStates>=0").evaluate(frame(1)).size(), "no qualifier: every namespace");
        assertEquals(1, of("XfrmInNoStates@->=0").evaluate(frame(1)).size());
        assertEquals(1, of("XfrmInNoStates@ns1>=0").evaluate(frame(1)).size());
        assertEquals(0, of("nic:XfrmInNoStates>=0").evaluate(frame(1)).size());
        assertEquals(1, of("nic:ipsec_rx_drop_pkts>100").evaluate(frame(3)).size());
        assertEquals(0, of("nic[eth0]:ipsec_rx_drop_pkts>100").evaluate(frame(3)).size());
        assertEquals(0, of("nic:ipsec_rx_drop_pkts>100").evaluate(frame(4)).size(), "a stale read never trips");
    }

    @Test
    void rowsAreMarkedByTheSameRule() {
        Alerts a = of("rate(XfrmOutPolBlock)>100");
        Frame f = frame(2);
        assertTrue(a.firing(f.group(NS1), 1));
        assertFalse(a.firing(f.group(HOST), 1));
        assertFalse(a.firing(f.group(NS1), 0));
    }

    @Test
    void theTripwireRemembersTheFirstTripAndForgetsWhenTimeGoesBack() {
        Tripwire w = new Tripwire(of("rate(XfrmOutPolBlock)>0", "nic:ipsec_rx_drop_pkts>100", "sa:integrity_failed>0"));
        Frame f = null;
        for (int t = 0; t <= 5; t++) {
            f = Calculator.next(f, sample(t));
            List<Tripwire.Trip> now = w.observe(f);
            assertEquals(t == 2 || t == 3 ? 1 : 0, now.size(), "new trips at tick " + t);
        }
        assertEquals(2, w.trips().size());
        assertEquals(2, w.trips().get(0).seq());
        assertEquals(2_000_000L, w.trips().get(0).wallMillis());
        assertEquals("XfrmOutPolBlock", w.trips().get(0).name());
        assertEquals(1, w.tripsUpTo(2).size());
        assertEquals(List.of(w.alerts().list().get(2)), w.neverMatched(), "no SA group ever: the SA alert never matched");
        w.observe(Calculator.next(null, sample(1)));
        assertEquals(0, w.trips().size(), "a replay that went back to tick 1 forgets later trips");
    }
}
