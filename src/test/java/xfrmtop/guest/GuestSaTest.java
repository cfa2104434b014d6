package xfrmtop.guest;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.sys.KeyForms;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The SA pane on a real ESP stack: boots Debian's kernel under qemu once (guest/run-in-guest.sh), runs
 * guest/sa-scenarios.sh there (an ESP tunnel between two namespaces, ping at a known rate, SAs broken phase by phase,
 * xfrmtop in batch JSON watching the receiver), then checks xfrmtop's lines against the packets really sent.
 */
@Tag("e2e")
@Tag("guest")
class GuestSaTest {
    private static Path out;
    private static int exit = -1;
    private static final List<Map<String, Object>> lines = new ArrayList<>();
    private static final Map<String, long[]> phases = new HashMap<>();

    @BeforeAll
    static void runGuest() throws Exception {
        for (String tool : new String[] {"qemu-system-x86_64", "depmod", "busybox"}) {
            Assumptions.assumeTrue(onPath(tool), "guest tests need " + tool + " (dev/install-test-deps.sh installs it)");
        }
        Path base = Path.of(System.getProperty("xfrmtop.basedir", "."));
        Path jar = Path.of(System.getProperty("xfrmtop.jar", "target/xfrmtop.jar")).toAbsolutePath();
        Assumptions.assumeTrue(Files.exists(jar), "no " + jar + " (run after mvn package)");
        out = base.resolve("target/guest-sa").toAbsolutePath();
        deleteTree(out);
        // The guest sees the host's / but fresh /tmp and /run: a checkout under /tmp would be invisible, so the jar
        // goes over through the results folder (the script resolves a relative JAR against $GUEST_IO).
        Files.createDirectories(out);
        Files.copy(jar, out.resolve("xfrmtop.jar"));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("bash", base.resolve("guest/run-in-guest.sh").toString(), "-o", out.toString(),
                "-t", "900", base.resolve("guest/sa-scenarios.sh").toString(), "xfrmtop.jar")
                .redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) System.out.println("[guest] " + l);
        }
        if (!p.waitFor(20, TimeUnit.MINUTES)) p.destroyForcibly();
        exit = p.exitValue();
        System.out.println("[guest] whole run " + (System.nanoTime() - t0) / 1_000_000 + " ms, exit " + exit);
        Path json = out.resolve("b.jsonl");
        if (Files.exists(json)) {
            for (String l : Files.readAllLines(json)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) MiniJson.parse(l);
                lines.add(m);
            }
        }
        if (Files.exists(out.resolve("phases"))) {
            for (String l : Files.readAllLines(out.resolve("phases"))) {
                String[] f = l.trim().split(" ");
                phases.put(f[0], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                    Long.parseLong(f[4])});
            }
        }
    }

    @Test
    void scenariosRanToTheEnd() {
        assertEquals(0, exit, "guest script exit status (output above)");
        assertEquals(5, phases.size(), "phases: " + phases.keySet());
        assertTrue(lines.size() > 20, "xfrmtop lines: " + lines.size());
    }

    @Test
    void packetsPerSecondMatchTheRateOnTheWire() {
        double wire = wireRate("clean");
        assertTrue(wire > 8, "ping did not keep up: " + wire + " packets/s");
        assertNear(wire, median("clean", "0x00000100", "packets_rate"), "inbound SA 0x100 packets/s");
        assertNear(wire, median("clean", "0x00000200", "packets_rate"), "outbound SA 0x200 (the replies) packets/s");
        Map<String, Object> in = sa(lines.get(lines.size() / 4), "0x00000100");
        assertEquals("in", in.get("dir"));
        assertEquals("out", sa(lines.get(lines.size() / 4), "0x00000200").get("dir"));
    }

    @Test
    void wrongAuthKeyMakesIntegrityAndXfrmInStateProtoErrorClimb() {
        double wire = wireRate("integrity");
        assertNear(wire, median("integrity", "0x00000100", "integrity_failed_rate"), "SA 0x100 integrity_failed/s");
        assertNear(wire, medianStat("integrity", "XfrmInStateProtoError"), "XfrmInStateProtoError/s");
        assertEquals(0.0, median("integrity", "0x00000100", "packets_rate"), "no packet gets through");
    }

    @Test
    void packetsLeftOfATinyReplayWindowCountAsReplayWindow() {
        double wire = wireRate("replay_window");
        assertNear(wire, median("replay_window", "0x00000100", "replay_window_rate"), "SA 0x100 replay_window/s");
        assertNear(wire, medianStat("replay_window", "XfrmInStateSeqError"), "XfrmInStateSeqError/s");
    }

    @Test
    void duplicatedPacketsCountAsReplays() {
        double originals = wireRate("replay") / 2;          // netem sends every ESP packet twice
        assertNear(originals, median("replay", "0x00000100", "replay_rate"), "SA 0x100 replay/s");
        assertNear(originals, median("replay", "0x00000100", "packets_rate"), "SA 0x100 packets/s (first copies)");
    }

    @Test
    void rekeyShowsTheNewSpiAsANewRowAndTheOldOneAsGone() {
        boolean both = false, newMoving = false;
        for (Map<String, Object> l : lines) {
            Map<String, Object> old = sa(l, "0x00000100"), neu = sa(l, "0x00000101");
            if (old != null && neu != null && "gone".equals(old.get("status"))) both = true;
            if (neu != null && "ok".equals(neu.get("status")) && num(neu, "packets_rate") > 0) newMoving = true;
        }
        assertTrue(both, "a line with SA 0x100 gone beside the new SA 0x101");
        assertTrue(newMoving, "traffic on the new SA 0x101");
        assertNear(wireRate("rekey"), median("rekey", "0x00000101", "packets_rate"), "SA 0x101 packets/s");
    }

    @Test
    void theFunnelShowsSaPacketsAndXfrmInDropsSideBySide() {
        double clean = wireRate("clean"), wrong = wireRate("integrity");
        assertNear(clean, medianFunnel("clean", "in", "sa_packets_rate"), "clean: inbound SA packets/s in the funnel");
        assertNear(clean, medianFunnel("clean", "out", "sa_packets_rate"), "clean: outbound SA packets/s (the replies)");
        assertEquals(0.0, medianFunnel("clean", "in", "xfrm_drops_rate"), "clean: no XFRM drops");
        assertEquals(0.0, medianFunnel("integrity", "in", "sa_packets_rate"), "wrong key: no packet counted on the SA");
        assertNear(wrong, medianFunnel("integrity", "in", "xfrm_drops_rate"), "wrong key: XFRM drops in the funnel");
        for (Map<String, Object> l : inPhase("integrity")) {
            Map<String, Object> in = funnel(l, "in");
            if (num(in, "xfrm_drops_rate") > 0) assertEquals("XfrmInStateProtoError", in.get("top_drop"), in.toString());
            assertEquals(null, in.get("nic_packets_rate"), "veth has no offload counters: " + in);
        }
    }

    @Test
    void theRekeysSaEventsAppear() {
        List<String> seen = new ArrayList<>();
        for (Map<String, Object> l : lines) {
            for (Object o : (List<?>) l.get("events")) {
                Map<?, ?> e = (Map<?, ?>) o;
                seen.add(e.get("type") + " " + e.get("text"));
            }
        }
        String sa100 = "esp 192.0.2.1 -> 192.0.2.2 spi 0x00000100 reqid 1 tunnel";
        String sa101 = "esp 192.0.2.1 -> 192.0.2.2 spi 0x00000101 reqid 1 tunnel";
        int added = seen.indexOf("newsa " + sa101), deleted = seen.lastIndexOf("delsa " + sa100);
        assertTrue(added >= 0, "the new SA added: " + seen);
        assertTrue(deleted > added, "then the old one deleted: " + seen);
        assertTrue(seen.contains("expire soft " + sa101), "the new SA's soft expire: " + seen);
        assertTrue(seen.contains("newsa " + sa100), "the SA re-added in the earlier phases: " + seen);
    }

    @Test
    void everySaObjectHasTheDocumentedFields() {
        List<String> fields = Arrays.asList("src", "dst", "spi", "proto", "mode", "reqid", "bytes", "packets",
                "bytes_rate", "packets_rate", "replay_window", "replay", "integrity_failed", "replay_window_rate",
                "replay_rate", "integrity_failed_rate", "status");
        int seen = 0;
        for (Map<String, Object> l : lines) {
            for (Object o : (List<?>) l.get("sas")) {
                Map<?, ?> m = (Map<?, ?>) o;
                for (String f : fields) assertTrue(m.containsKey(f), "field " + f + " in " + m);
                seen++;
            }
        }
        assertTrue(seen > 0);
    }

    @Test
    void noKeyAppearsInAnyOutput() throws Exception {
        List<String> keys = Files.readAllLines(out.resolve("keys"));
        assertEquals(3, keys.size());
        for (String f : new String[] {"b.jsonl", "b.err", ".out", "metrics-clean.txt", "metrics-rekey.txt"}) {
            String text = Files.readString(out.resolve(f), StandardCharsets.ISO_8859_1);
            for (String k : keys) KeyForms.assertAbsent(f, text, xfrmtop.sys.DumpBuilder.hex(k.substring(2)));
        }
    }

    /** --listen beside the batch output: the SA series carry the SA's identity, and a rekeyed-away SA's series end. */
    @Test
    void metricsServeTheSasAndDropAGoneOne() throws Exception {
        String clean = Files.readString(out.resolve("metrics-clean.txt"));
        String in = "{dir=\"in\",dst=\"192.0.2.2\",mark=\"\",netns=\"\",proto=\"esp\",reqid=\"1\",spi=\"0x00000100\","
                + "src=\"192.0.2.1\"} ";
        long packets = metric(clean, "xfrm_sa_packets_total" + in);
        assertTrue(packets >= 4 * 20 * 0.8, "packets through SA 0x100 after the clean phase: " + packets + "\n" + clean);
        assertTrue(clean.contains("xfrm_sa_errors_total{dir=\"in\",dst=\"192.0.2.2\",error=\"integrity_failed\","), clean);
        assertTrue(clean.contains("xfrm_sas{netns=\"\"} 2.0"), clean);
        String rekey = Files.readString(out.resolve("metrics-rekey.txt"));
        assertFalse(rekey.contains("spi=\"0x00000100\""), "the deleted SA's series are gone:\n" + rekey);
        assertTrue(metric(rekey, "xfrm_sa_packets_total" + in.replace("0x00000100", "0x00000101")) > 0, rekey);
        assertTrue(rekey.contains("xfrm_stat_total{counter=\"XfrmInStateProtoError\",dir=\"in\",netns=\"\"} "), rekey);
    }

    private static long metric(String text, String series) {
        for (String l : text.split("\n")) {
            if (l.startsWith(series)) return (long) Double.parseDouble(l.substring(series.length()).trim());
        }
        throw new AssertionError("no " + series + " in\n" + text);
    }

    // ---- helpers

    private static double wireRate(String phase) {
        long[] p = phases.get(phase);
        if (p == null) fail("no phase " + phase);
        return (p[3] - p[2]) / ((p[1] - p[0]) / 1000.0);
    }

    private static void assertNear(double expected, double actual, String what) {
        assertTrue(Math.abs(actual - expected) <= 0.2 * expected,
                what + ": " + actual + ", expected " + expected + " within 20 %");
    }

    /** Lines whose interval lies inside the phase. */
    private static List<Map<String, Object>> inPhase(String phase) {
        long[] p = phases.get(phase);
        if (p == null) fail("no phase " + phase);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> l : lines) {
            if (l.get("interval_s") == null) continue;
            long t = Instant.parse((String) l.get("time")).toEpochMilli();
            long from = t - Math.round(num(l, "interval_s") * 1000);
            if (from >= p[0] && t <= p[1]) out.add(l);
        }
        assertTrue(out.size() >= 2, "lines in phase " + phase + ": " + out.size());
        return out;
    }

    private static double median(String phase, String spi, String field) {
        List<Double> v = new ArrayList<>();
        for (Map<String, Object> l : inPhase(phase)) {
            Map<String, Object> s = sa(l, spi);
            if (s != null && s.get(field) != null) v.add(num(s, field));
        }
        return median(v, phase + " " + spi + " " + field);
    }

    private static double medianStat(String phase, String name) {
        List<Double> v = new ArrayList<>();
        for (Map<String, Object> l : inPhase(phase)) {
            for (Object o : (List<?>) l.get("xfrm_stat")) {
                Map<?, ?> m = (Map<?, ?>) o;
                if (name.equals(m.get("name")) && m.get("rate") != null) v.add(((Number) m.get("rate")).doubleValue());
            }
        }
        return median(v, phase + " " + name);
    }

    private static double medianFunnel(String phase, String dir, String field) {
        List<Double> v = new ArrayList<>();
        for (Map<String, Object> l : inPhase(phase)) {
            Map<String, Object> f = funnel(l, dir);
            if (f != null && f.get(field) != null) v.add(num(f, field));
        }
        return median(v, phase + " funnel " + dir + " " + field);
    }

    /** The funnel object of a direction in the namespace xfrmtop watches (its own: netns ""). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> funnel(Map<String, Object> line, String dir) {
        for (Object o : (List<?>) line.get("funnel")) {
            Map<String, Object> m = (Map<String, Object>) o;
            if (dir.equals(m.get("dir")) && "".equals(m.get("netns"))) return m;
        }
        return null;
    }

    private static double median(List<Double> v, String what) {
        assertTrue(v.size() >= 2, "rates for " + what + ": " + v);
        v.sort(null);
        return v.get(v.size() / 2);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sa(Map<String, Object> line, String spi) {
        for (Object o : (List<?>) line.get("sas")) {
            Map<String, Object> m = (Map<String, Object>) o;
            if (spi.equals(m.get("spi"))) return m;
        }
        return null;
    }

    private static double num(Map<?, ?> m, String k) { return ((Number) m.get(k)).doubleValue(); }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, tool))) return true;
        }
        return Files.isExecutable(Path.of("/sbin", tool)) || Files.isExecutable(Path.of("/usr/sbin", tool));
    }

    private static void deleteTree(Path p) throws java.io.IOException {
        if (!Files.exists(p)) return;
        try (var s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
