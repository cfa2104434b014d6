package xfrmtop.record;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Kind;
import xfrmtop.sample.Sample;

import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The size of one hour at 1 s of a busy gateway: xfrm_stat, 4 NICs, 100 SAs with traffic on every one. Prints the
 * figures; -Drecording.nicCounters=2500 measures NICs shown with all their counters (-i), -Drecording.ticks changes
 * the length, -Drecording.keep=FILE keeps the file.
 */
@Tag("fast")
class RecordingSizeTest {
    @TempDir Path dir;

    @Test
    void anHourOfABusyGatewayStaysSmall() throws Exception {
        int ticks = Integer.getInteger("recording.ticks", 3600);
        int nicCounters = Integer.getInteger("recording.nicCounters", 16);
        Path p = dir.resolve("hour.xtr");
        Gateway gw = new Gateway(nicCounters);
        long t0 = System.nanoTime();
        long values = 0;
        try (RecordingWriter w = new RecordingWriter(new FileOutputStream(p.toFile()), Synth.HOST, "bench")) {
            for (int i = 0; i < ticks; i++) {
                Sample s = gw.tick(i);
                for (Group g : s.groups()) values += g.values().length;
                w.write(s, Synth.S);
            }
        }
        long writeNs = System.nanoTime() - t0;
        long size = Files.size(p);
        t0 = System.nanoTime();
        Recording r = Recording.open(p, null);
        long openNs = System.nanoTime() - t0;
        assertEquals(ticks, r.size());
        Random rnd = new Random(1);
        t0 = System.nanoTime();
        try (Frames f = r.frames()) {
            for (int i = 0; i < 20; i++) f.at(rnd.nextInt(ticks));
        }
        long seekNs = (System.nanoTime() - t0) / 20;
        System.out.printf("recording: %d ticks, 4 NICs x %d counters, 100 SAs: %d values/tick, %,d bytes "
                        + "(%.1f bytes/tick, %.2f bytes/value); write %.0f us/tick; open+check %.0f ms; seek %.1f ms%n",
                ticks, nicCounters, values / ticks, size, size / (double) ticks, size / (double) values,
                writeNs / 1e3 / ticks, openNs / 1e6, seekNs / 1e6);
        String keep = System.getProperty("recording.keep");         // to try the file with the real launcher
        if (keep != null) Files.copy(p, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (ticks == 3600 && nicCounters == 16) assertTrue(size < 6_000_000, "an hour stays under 6 MB: " + size);
    }

    /** Counters that move the way a loaded gateway's do: traffic on every SA and NIC, drops now and then. */
    static final class Gateway {
        private final Random rnd = new Random(42);
        private final CounterNames xfrm, nic, sa = CounterNames.of("bytes", "packets", "replay_window", "replay",
                "integrity_failed", "oseq", "seq", "add_time", "use_time");
        private final long[][] nicV = new long[4][], saV = new long[100][];
        private long[] xfrmV = new long[32];
        private final List<Map<String, String>> saLabels = new ArrayList<>();
        private final long nicMoving;

        Gateway(int nicCounters) {
            List<String> x = new ArrayList<>(), n = new ArrayList<>();
            for (int i = 0; i < 32; i++) x.add("XfrmCounter" + i);
            for (int i = 0; i < nicCounters; i++) n.add(i < 16 ? "ipsec_rx_counter_" + i : "rx_queue_" + (i / 8) + "_stat_" + (i % 8));
            xfrm = CounterNames.of(x);
            nic = CounterNames.of(n);
            nicMoving = Math.max(4, nicCounters / 10);           // per-queue packets and bytes of busy queues
            for (int i = 0; i < 4; i++) nicV[i] = new long[nicCounters];
            for (int i = 0; i < 100; i++) {
                saV[i] = new long[sa.size()];
                Map<String, String> l = new LinkedHashMap<>();
                l.put("family", "inet");
                l.put("src", "198.51.100." + (i + 1));
                l.put("dst", "203.0.113." + (i % 50 + 1));
                l.put("spi", String.format("0x%08x", 0xc0000000 + i * 7919));
                l.put("proto", "esp");
                l.put("mode", "tunnel");
                l.put("reqid", Integer.toString(i + 1));
                l.put("dir", i % 2 == 0 ? "in" : "out");
                l.put("aead", "rfc4106(gcm(aes)) 128/128");
                l.put("replay_window_size", "32");
                l.put("hard_add_s", "3600");
                saLabels.add(java.util.Collections.unmodifiableMap(l));
            }
        }

        Sample tick(int t) {
            long mono = (t + 1) * Synth.S + rnd.nextInt(2_000_000);
            List<Group> gs = new ArrayList<>(110);
            xfrmV = xfrmV.clone();
            if (rnd.nextInt(20) == 0) xfrmV[3] += rnd.nextInt(5);
            gs.add(Group.ok(GroupKey.xfrmStat(""), mono + 20_000, xfrm, xfrmV, ""));
            for (int i = 0; i < 4; i++) {
                long[] v = nicV[i] = nicV[i].clone();
                for (int k = 0; k < nicMoving; k++) v[k < 4 ? k : 16 + k] += 50_000 + rnd.nextInt(100_000);
                if (rnd.nextInt(50) == 0) v[5] += 1;
                gs.add(new Group(new GroupKey(Kind.NIC, "", "eth" + i), mono + 40_000 + i * 3_000, nic, v,
                        xfrmtop.sample.Health.OK, "", 0, Map.of("driver", "mlx5_core")));
            }
            for (int i = 0; i < 100; i++) {
                long[] v = saV[i] = saV[i].clone();
                long pkts = 500 + rnd.nextInt(1000);
                v[0] += pkts * (200 + rnd.nextInt(1200));
                v[1] += pkts;
                v[5 + i % 2] += pkts;
                v[7] = 1_795_000_000L;
                v[8] = 1_795_000_010L;
                gs.add(new Group(new GroupKey(Kind.SA, "", "esp " + saLabels.get(i).get("spi") + " " + saLabels.get(i).get("dst")),
                        mono + 60_000, sa, v, xfrmtop.sample.Health.OK, "", 0, saLabels.get(i)));
            }
            return new Sample(t, mono, 1_795_000_000_000L + t * 1000L, gs);
        }
    }
}
