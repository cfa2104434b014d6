package xfrmtop.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 6 end to end: a counter provoked for real in a namespace, recorded by a live run (batch and TUI), then
 * replayed: in batch the output is the live output byte for byte; in a real tmux pane the counter tops the pane at
 * the recorded rate, and seeking (start, step, end, step back) shows each tick's recorded time and rate.
 */
@Tag("e2e")
class RecordReplayE2ETest {
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** xfrmtop (the launcher, no rebuild) in the test's own namespace: a replay needs no kernel. */
    static List<String> xfrmtop(String... args) {
        List<String> argv = new ArrayList<>(List.of("env", "XFRMTOP_SKIP_BUILD=1", Testbed.launcher()));
        argv.addAll(List.of(args));
        return argv;
    }

    static String shown(String json) {
        return LocalDateTime.ofInstant(JsonLines.time(json), ZoneId.systemDefault()).format(SHOWN);
    }

    @Test
    void aLiveRecordingReplaysTheSameInBatchAndInTheTui() throws Exception {
        Testbed.assumeJar();
        assumeTrue(Tmux.available(), "SKIPPED: tmux is not installed");
        try (Testbed tb = new Testbed(); Tmux t = new Tmux(120, 40)) {
            Path rec = Path.of("/tmp", tb.sender.name + ".xtr");
            try {
                tb.blockOut(9);
                tb.send(9, 200, 12);
                Thread.sleep(1500);     // the sender's JVM starts
                Process live = new ProcessBuilder(Testbed.xfrmtop(tb.sender, "-b", "--format", "json", "-n", "6",
                        "-w", rec.toString())).start();
                List<String> liveOut = JsonLines.read(live);
                assertEquals(6, liveOut.size());
                for (int i = 2; i < 6; i++) XfrmStatE2ETest.assertRate(liveOut.get(i), "XfrmOutPolBlock", 200);

                List<String> replayOut = JsonLines.read(new ProcessBuilder(xfrmtop("-b", "--format", "json", "-r",
                        rec.toString())).start());
                assertEquals(liveOut, replayOut, "batch replay prints what the live run printed");

                t.type(String.join(" ", xfrmtop("-r", rec.toString())) + "; echo XT-EXIT=$?");
                String end = t.waitFor("the replay at its end", s -> s.contains("6/6  1x  END"), Duration.ofSeconds(25));
                assertTrue(end.startsWith("xfrmtop  REPLAY  "), end);
                assertShows(end, liveOut.get(5), 6);

                t.keys("{");
                String start = t.waitFor("the first tick", s -> s.contains("  1/6  "), Duration.ofSeconds(5));
                assertNotEquals(end, start);
                assertTrue(start.contains(shown(liveOut.get(0))), "recorded time of tick 1:\n" + start);
                assertEquals("no data", rateText(start, "XfrmOutPolBlock"), "the first tick has no rate:\n" + start);
                t.keys(".");
                assertShows(t.waitFor("tick 2", s -> s.contains("  2/6  "), Duration.ofSeconds(5)), liveOut.get(1), 2);
                t.keys("}");
                t.waitFor("the last tick", s -> s.contains("  6/6  "), Duration.ofSeconds(5));
                t.keys(",");
                String back = t.waitFor("one back", s -> s.contains("  5/6  "), Duration.ofSeconds(5));
                assertShows(back, liveOut.get(4), 5);
                assertTrue(back.contains("PAUSED"), back);
                t.keys("q");
                String after = t.waitFor("exit", XfrmStatE2ETest::exited, Duration.ofSeconds(10));
                assertTrue(after.contains("XT-EXIT=0"), after);
            } finally {
                Files.deleteIfExists(rec);
            }
        }
    }

    /** The pane shows tick n (1-based) as the live run printed it: its recorded time, the counter on top at its rate. */
    static void assertShows(String screen, String json, int n) {
        assertTrue(screen.contains(shown(json) + "  " + n + "/6"), "tick " + n + " at " + shown(json) + ":\n" + screen);
        assertEquals("XfrmOutPolBlock", XfrmStatE2ETest.firstRow(screen)[0], screen);
        double pane = XfrmStatE2ETest.rate(rateText(screen, "XfrmOutPolBlock"));
        double recorded = JsonLines.rate(json, "XfrmOutPolBlock");
        assertEquals(recorded, pane, 0.051, "tick " + n + ": the recorded rate, to the pane's decimal:\n" + screen);
    }

    static String rateText(String screen, String counter) {
        for (String l : screen.split("\n")) {
            var m = XfrmStatE2ETest.ROW.matcher(l);
            if (m.find() && m.group(1).equals(counter)) return m.group(3);
        }
        return "";
    }

    @Test
    void aTuiRunRecordsWhatItShows() throws Exception {
        Testbed.assumeJar();
        assumeTrue(Tmux.available(), "SKIPPED: tmux is not installed");
        try (Testbed tb = new Testbed(); Tmux t = new Tmux(120, 40)) {
            Path rec = Path.of("/tmp", tb.sender.name + "-tui.xtr");
            try {
                tb.blockOut(9);
                t.type(String.join(" ", Testbed.xfrmtop(tb.sender, "-w", rec.toString())) + "; echo XT-EXIT=$?");
                t.waitFor("recording", s -> s.contains("REC " + rec.getFileName()), Duration.ofSeconds(20));
                tb.send(9, 200, 8);
                t.waitFor("XfrmOutPolBlock climbing", s -> XfrmStatE2ETest.firstRow(s)[0].equals("XfrmOutPolBlock")
                        && XfrmStatE2ETest.rate(XfrmStatE2ETest.firstRow(s)[1]) > 100, Duration.ofSeconds(10));
                Thread.sleep(2100);
                t.keys("q");
                assertTrue(t.waitFor("exit", XfrmStatE2ETest::exited, Duration.ofSeconds(10)).contains("XT-EXIT=0"));
                Process p = new ProcessBuilder(xfrmtop("-b", "--format", "json", "-r", rec.toString())).start();
                List<String> out = JsonLines.read(p);
                assertTrue(out.size() >= 4, out.size() + " ticks");
                XfrmStatE2ETest.assertRate(out.get(out.size() - 1), "XfrmOutPolBlock", 200);
                assertEquals("", new String(p.getErrorStream().readAllBytes()), "closed properly: no truncation notice");
            } finally {
                Files.deleteIfExists(rec);
            }
        }
    }
}
