package xfrmtop.record;

import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Event;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.sample.Sample;
import xfrmtop.source.HostInfo;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Synthetic samples for recording tests: a gateway with xfrm_stat in two namespaces, NICs and SAs, with everything a
 * group can carry (labels, notes with separators in them, unsigned values past 2^63, resets, layout changes, stale
 * and gone groups, groups that come and go).
 */
final class Synth {
    static final HostInfo HOST = new HostInfo("gw\t1", "6.18.0-test", "host");
    static final long S = 1_000_000_000L;

    private final Random rnd;
    private final CounterNames xfrm = CounterNames.of("XfrmInError", "XfrmInNoStates", "XfrmOutPolBlock", "XfrmOutNoStates");
    private final CounterNames xfrmNewer = CounterNames.of("XfrmInError", "XfrmInNoStates", "XfrmOutPolBlock",
            "XfrmOutNoStates", "XfrmNewCounter");
    private final CounterNames nic = CounterNames.of("rx_packets", "ipsec_rx_drop_pkts", "weird name\twith tab", "ünï");
    private final CounterNames sa = CounterNames.of("bytes", "packets", "replay", "integrity_failed");
    private final Map<GroupKey, long[]> values = new LinkedHashMap<>();
    private long mono = 5 * S, wall = 1_795_000_000_000L;
    private int seq;

    Synth(long seed) { this.rnd = new Random(seed); }

    /** The next tick: a second later (with jitter), most counters moving a little. */
    Sample next() {
        mono += S + rnd.nextInt(20_000_000) - 10_000_000;
        wall += 1000;
        List<Group> gs = new ArrayList<>();
        gs.add(group(GroupKey.xfrmStat(""), seq > 7 ? xfrmNewer : xfrm, Health.OK, "", Map.of()));
        gs.add(group(GroupKey.xfrmStat("ns\\2"), xfrm, seq % 9 == 4 ? Health.STALE : Health.OK,
                seq % 9 == 4 ? "cannot read: no\nsuch file" : "", Map.of()));
        Map<String, String> nicLabels = Map.of("driver", seq < 5 ? "mlx5_core" : "mlx5 core=2");
        gs.add(group(new GroupKey(Kind.NIC, "", "eth0"), nic, Health.OK, "", nicLabels));
        if (seq % 11 != 3) gs.add(group(new GroupKey(Kind.NIC, "", "eth1"), nic, Health.OK, "", Map.of()));
        else gs.add(Group.failed(new GroupKey(Kind.NIC, "", "eth1"), mono, Health.GONE, "interface gone"));
        for (int i = 0; i < 5 + seq % 3; i++) {
            Map<String, String> l = new LinkedHashMap<>();
            l.put("src", "198.51.100." + i);
            l.put("dst", "203.0.113.1");
            l.put("enc", "cbc(aes) 128");
            gs.add(group(new GroupKey(Kind.SA, "", "esp 0x" + (1000 + i) + " 203.0.113.1"), sa, Health.OK, "", l));
        }
        List<Event> events = new ArrayList<>();
        if (seq % 4 == 1) {
            gs.add(group(new GroupKey(Kind.EVENTS, "", ""), EVENT_COUNTS, Health.OK, "", Map.of()));
            Event.Type[] types = Event.Type.values();
            for (int i = 0; i < 1 + seq % 3; i++) {
                events.add(new Event(wall + rnd.nextInt(900) - 30, i == 1 ? "ns\\2" : "", types[(seq + i) % types.length],
                        "esp 192.0.2.1 -> 192.0.2.2 spi 0x" + (1000 + seq) + (i == 2 ? "\ttab\nnewline \\ back" : "")));
            }
        }
        return new Sample(seq++, mono, wall, gs, events);
    }

    private static final CounterNames EVENT_COUNTS = CounterNames.of("acquire", "expire", "sa", "policy", "lost");

    private Group group(GroupKey k, CounterNames names, Health h, String note, Map<String, String> labels) {
        long[] prev = values.get(k);
        long[] v = new long[names.size()];
        for (int i = 0; i < v.length; i++) {
            long base = prev != null && i < prev.length ? prev[i] : (i == 0 ? -5L : 0);   // -5: near 2^64
            v[i] = base + (rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(300));
        }
        if (rnd.nextInt(40) == 0) v[v.length - 1] = 0;                              // a reset
        if (h != Health.OK) return new Group(k, mono + 7, CounterNames.EMPTY, new long[0], h, note, 0, labels);
        values.put(k, v);
        long epoch = k.kind() == Kind.NIC ? (seq < 12 ? 4026531833L : 4026532001L) : 0;
        return new Group(k, mono + rnd.nextInt(50_000), names, v, h, note, epoch, labels);
    }

    /** Writes samples with the recording writer, each tick flushed; returns them. */
    static List<Sample> write(Path file, int ticks, long seed) throws IOException {
        Synth s = new Synth(seed);
        List<Sample> out = new ArrayList<>();
        try (RecordingWriter w = new RecordingWriter(new FileOutputStream(file.toFile()), HOST, "test")) {
            for (int i = 0; i < ticks; i++) {
                Sample x = s.next();
                out.add(x);
                w.write(x, S);
            }
        }
        return out;
    }

    /** Replayed samples equal the recorded ones in everything but seq, which counts from 0 in the replay. */
    static void assertSameSample(Sample want, Sample got, int index) {
        assertEquals(index, got.seq());
        assertEquals(want.monoNanos(), got.monoNanos(), "mono of tick " + index);
        assertEquals(want.wallMillis(), got.wallMillis(), "wall of tick " + index);
        assertEquals(want.groups().size(), got.groups().size(), "groups of tick " + index);
        for (int i = 0; i < want.groups().size(); i++) {
            Group a = want.groups().get(i), b = got.groups().get(i);
            String at = "tick " + index + " group " + a.key();
            assertEquals(a.key(), b.key(), at);
            assertEquals(a.monoNanos(), b.monoNanos(), at);
            assertEquals(a.names().toString(), b.names().toString(), at);
            assertArrayEquals(a.values(), b.values(), at);
            assertEquals(a.health(), b.health(), at);
            assertEquals(a.note(), b.note(), at);
            assertEquals(a.epoch(), b.epoch(), at);
            assertEquals(a.labels(), b.labels(), at);
            assertEquals(new ArrayList<>(a.labels().keySet()), new ArrayList<>(b.labels().keySet()), at);
        }
        assertEquals(want.events(), got.events(), "events of tick " + index);
    }
}
