package xfrmtop.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 7 on the real kernel: XfrmOutNoStates provoked in a namespace (an out policy whose template has no SA), which
 * also makes the kernel send an XFRM acquire event. The header's likely-cause line names the counter and its cause,
 * the detail view plots its history, the event strip and batch JSON show the acquire (and the policy added while
 * xfrmtop runs), the funnel counts the drops, a recording replays the events, and without CAP_NET_ADMIN the strip
 * says why there are no events.
 */
@Tag("e2e")
class DiagnoseE2ETest {
    static final int PORT = 10, PPS = 100;

    @Test
    void tuiNamesTheCauseShowsTheAcquireAndPlotsTheHistory() {
        Testbed.assumeJar();
        assumeTrue(Tmux.available(), "SKIPPED: tmux is not installed");
        try (Testbed tb = new Testbed(); Tmux t = new Tmux(120, 40)) {
            // LANG=C: the charset CI and many SSH sessions have; plots and sparklines fall back to ASCII
            t.type("LANG=C LC_ALL=C " + String.join(" ", Testbed.xfrmtop(tb.sender)) + "; echo XT-EXIT=$?");
            t.waitFor("first frame and a listening event strip", s -> s.contains("XfrmInError") && s.contains(" events  acquire 0"),
                    Duration.ofSeconds(20));
            tb.noStateOut(PORT);
            tb.send(PORT, PPS, 20);
            String s = t.waitFor("the likely cause", x -> x.contains("cause  XfrmOutNoStates ")
                    && x.contains("out: the IKE negotiation is not up or is failing"), Duration.ofSeconds(15));
            t.waitFor("the acquire in the event strip", x -> x.lines().anyMatch(l -> l.contains(" acquire ")
                    && l.contains("esp " + Testbed.SRC + " -> " + Testbed.DST + " reqid 77 tunnel for")), Duration.ofSeconds(10));
            assertTrue(s.lines().anyMatch(l -> l.contains(" newpolicy ") && l.contains("reqid 77")) || t.screen().contains(" newpolicy "),
                    "the policy added while xfrmtop runs:\n" + t.screen());
            sleep(4000);                                         // some history
            t.keys("Enter");                                     // the top row: the climbing counter
            // down to the plot's last row (its times): tmux may be caught halfway through drawing the frame
            String d = t.waitFor("the detail view with the whole plot", x -> x.contains("Detail: XfrmOutNoStates")
                    && x.contains("history   rate per second since xfrmtop started") && x.contains("/s+")
                    && x.lines().anyMatch(l -> l.matches("\\s+\\d\\d:\\d\\d:\\d\\d(\\s+\\d\\d:\\d\\d:\\d\\d)?\\s*")),
                    Duration.ofSeconds(5));
            assertTrue(d.contains("1. the IKE negotiation is not up or is failing"), d);
            assertTrue(d.contains("$ ip xfrm monitor acquire"), d);
            assertTrue(d.contains("first moved at"), d);
            assertTrue(d.lines().anyMatch(l -> l.matches("\\s+\\|\\s*#+\\s*")), "bars of '#' (ASCII):\n" + d);
            assertTrue(d.lines().anyMatch(l -> l.trim().startsWith("events") && l.contains("A")), "the acquire marked:\n" + d);
            assertTrue(d.chars().allMatch(c -> c < 128), "nothing but ASCII under LANG=C:\n" + d);
            t.keys("Escape");
            t.keys("t");
            t.waitFor("the HISTORY column", x -> x.contains("HISTORY") && x.lines().anyMatch(l -> l.startsWith("XfrmOutNoStates")
                    && l.trim().endsWith("#")), Duration.ofSeconds(5));
            t.keys("f");
            t.waitFor("the funnel", x -> x.lines().anyMatch(l -> l.contains("XFRM dropped (out)") && l.contains("XfrmOutNoStates")),
                    Duration.ofSeconds(5));
            t.keys("e");
            t.waitFor("the event log", x -> x.contains("Events, newest first:") && x.contains(" acquire "), Duration.ofSeconds(5));
            t.keys("q");
            assertTrue(t.waitFor("exit", XfrmStatE2ETest::exited, Duration.ofSeconds(10)).contains("XT-EXIT=0"));
        }
    }

    @Test
    void batchJsonHasTheAcquireThePolicyEventAndTheFunnelAndAReplayHasThemToo() throws Exception {
        Testbed.assumeJar();
        try (Testbed tb = new Testbed()) {
            Path rec = Path.of("/tmp", tb.sender.name + ".xtr");
            try {
                Process p = new ProcessBuilder(Testbed.xfrmtop(tb.sender, "-b", "--format", "json", "-n", "8",
                        "-w", rec.toString())).start();
                sleep(1500);                                     // xfrmtop's first tick: the listener is up
                tb.noStateOut(PORT);
                tb.send(PORT, PPS, 10);
                List<String> out = JsonLines.read(p);
                assertEquals(8, out.size());
                String events = String.join("\n", out.stream().filter(l -> !l.contains("\"events\":[]")).toList());
                assertTrue(events.contains("\"type\":\"newpolicy\",\"text\":\"out " + Testbed.SRC + "/32 -> " + Testbed.DST
                        + "/32 udp dport " + PORT + " tmpl esp tunnel " + Testbed.SRC + "->" + Testbed.DST + " reqid 77\""), events);
                assertTrue(events.matches("(?s).*\"type\":\"acquire\",\"text\":\"esp " + Testbed.SRC.replace(".", "\\.")
                        + " -> " + Testbed.DST.replace(".", "\\.") + " reqid 77 tunnel for [^\"]* udp sport \\d+ dport "
                        + PORT + "\".*"), events);
                int checked = 0;
                for (String l : out.subList(4, 8)) {
                    String fo = funnel(l, "out");
                    double drops = Double.parseDouble(JsonLines.field(fo, "xfrm_drops_rate"));
                    assertTrue(Math.abs(drops - PPS) <= 0.2 * PPS, "XFRM drops out within 20 % of " + PPS + ": " + fo);
                    assertEquals("\"XfrmOutNoStates\"", JsonLines.field(fo, "top_drop"), fo);
                    assertEquals("null", JsonLines.field(fo, "nic_packets_rate"), "no offload NIC: " + fo);
                    checked++;
                }
                assertEquals(4, checked);
                List<String> replay = JsonLines.read(new ProcessBuilder(RecordReplayE2ETest.xfrmtop("-b", "--format", "json",
                        "-r", rec.toString())).start());
                assertEquals(out, replay, "the replay prints the same lines, events and funnel included");
            } finally {
                Files.deleteIfExists(rec);
            }
        }
    }

    /** The funnel object of one direction in one JSON line. */
    static String funnel(String json, String dir) {
        int f = json.indexOf("\"funnel\":[");
        int at = json.indexOf("\"dir\":\"" + dir + "\"", f);
        assertTrue(f >= 0 && at >= 0, json);
        return json.substring(json.lastIndexOf('{', at), json.indexOf('}', at) + 1);
    }

    @Test
    void withoutCapNetAdminTheEventStripSaysWhy() throws Exception {
        Testbed.assumeJar();
        try (Testbed tb = new Testbed()) {
            String jar = Path.of(System.getProperty("xfrmtop.jar", "target/xfrmtop.jar")).toAbsolutePath().toString();
            List<String> argv = new ArrayList<>(tb.sender.exec("setpriv", "--reuid", "65534", "--regid", "65534",
                    "--clear-groups", "--inh-caps=-all", "java", "-XX:+UseSerialGC", "-Xmx64m", "-jar", jar,
                    "-b", "-n", "2", "-d", "0.5", "--format", "json"));
            List<String> out = JsonLines.read(new ProcessBuilder(argv).start());
            String last = out.get(out.size() - 1);
            assertTrue(last.contains("{\"source\":\"events\",\"netns\":\"\",\"instance\":\"\",\"health\":\"unsupported\","
                    + "\"message\":\"XFRM events need root (CAP_NET_ADMIN)\"}"), last);
            assertTrue(last.contains("\"events\":[]"), last);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
