package xfrmtop.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 3 end to end on the real kernel: counters provoked for real in namespaces this test creates, at a known
 * packet rate, seen by xfrmtop in a real tmux pane and in batch JSON.
 */
@Tag("e2e")
class XfrmStatE2ETest {
    static final Pattern ROW = Pattern.compile("^(\\S+)\\s+(in|out|fwd|-)\\s+(\\S+(?: data)?)\\s+(\\S+)\\s+(\\S+)");

    static void assumeTmux() { assumeTrue(Tmux.available(), "SKIPPED: tmux is not installed"); }

    /** The counter rows of the screen (after the headings), as NAME -> RATE text. */
    static String[] firstRow(String screen) {
        String[] lines = screen.split("\n");
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].startsWith("NAME ")) {
                Matcher m = ROW.matcher(lines[i + 1]);
                if (m.find()) return new String[] {m.group(1), m.group(3)};
            }
        }
        return new String[] {"", ""};
    }

    @Test
    void tuiInANamespaceShowsTheProvokedCounterOnTopAtThePacketRate() {
        Testbed.assumeJar();
        assumeTmux();
        try (Testbed tb = new Testbed(); Tmux t = new Tmux(120, 40)) {
            tb.blockOut(9);
            t.type("stty -g > /tmp/" + tb.sender.name + ".before; " + String.join(" ", Testbed.xfrmtop(tb.sender))
                    + "; echo XT-EXIT=$?; stty -g > /tmp/" + tb.sender.name + ".after");
            t.waitFor("first frame", s -> s.contains("xfrm_stat") && s.contains("XfrmOutPolBlock"), Duration.ofSeconds(20));
            assertEquals("1", t.format("#{alternate_on}"), "full screen uses the alternate screen");
            tb.send(9, 200, 8);
            String screen = t.waitFor("XfrmOutPolBlock on top with a rate",
                    s -> firstRow(s)[0].equals("XfrmOutPolBlock") && rate(firstRow(s)[1]) > 100, Duration.ofSeconds(8));
            screen = settle(t, screen);
            double rate = rate(firstRow(screen)[1]);
            assertTrue(Math.abs(rate - 200) <= 40, "rate " + rate + " within 20 % of 200 pps:\n" + screen);
            assertTrue(screen.contains("drops "), screen);
            t.keys("q");
            String after = t.waitFor("exit", XfrmStatE2ETest::exited, Duration.ofSeconds(10));
            assertTrue(after.contains("XT-EXIT=0"), after);
            assertEquals("0", t.format("#{alternate_on}"), "alternate screen left");
            assertEquals("1", t.format("#{cursor_flag}"), "cursor visible");
            awaitFile("/tmp/" + tb.sender.name + ".after");
            String before = Cmd.ok("cat", "/tmp/" + tb.sender.name + ".before").trim();
            String restored = Cmd.ok("cat", "/tmp/" + tb.sender.name + ".after").trim();
            assertEquals(before, restored, "terminal modes restored");
            Cmd.run("rm", "-f", "/tmp/" + tb.sender.name + ".before", "/tmp/" + tb.sender.name + ".after");
        }
    }

    /** Waits until the shell has written a file (the stty settings after xfrmtop ended). */
    static void awaitFile(String path) {
        java.nio.file.Path p = java.nio.file.Path.of(path);
        long end = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < end) {
            try {
                if (java.nio.file.Files.size(p) > 0) return;
            } catch (java.io.IOException notYet) {
                // not written yet
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the shell did not write " + path);
    }

    /** The shell printed xfrmtop's exit status on a line of its own (the typed command line also holds the marker). */
    static boolean exited(String screen) {
        return screen.lines().anyMatch(l -> l.matches("XT-EXIT=\\d+.*"));   // not the wrapped command line
    }

    /** The rate one tick later, so a half-filled first interval does not decide the check. */
    private static String settle(Tmux t, String screen) {
        try {
            Thread.sleep(2100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return t.screen();
    }

    static double rate(String text) {
        try {
            return Double.parseDouble(text.replace("k", "e3"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Test
    void keysAndResizeInARealTerminal() throws InterruptedException {
        Testbed.assumeJar();
        assumeTmux();
        try (Testbed tb = new Testbed(); Tmux t = new Tmux(120, 40)) {
            t.type(String.join(" ", Testbed.xfrmtop(tb.sender)) + "; echo XT-EXIT=$?");
            t.waitFor("first frame", s -> s.contains("XfrmInError"), Duration.ofSeconds(20));
            t.keys("/");
            t.keys("-l", "polbl");
            t.waitFor("live filter", s -> s.contains("Filter: polbl_") && !s.contains("XfrmInError")
                    && s.contains("XfrmOutPolBlock") && s.contains("XfrmInPolBlock"), Duration.ofSeconds(5));
            t.keys("Enter");
            t.waitFor("filter kept", s -> s.contains("filter \"polbl\"") && !s.contains("XfrmInError"), Duration.ofSeconds(5));
            t.keys("Escape");
            t.waitFor("filter cleared", s -> s.contains("XfrmInError"), Duration.ofSeconds(5));
            t.keys("h");
            t.waitFor("help", s -> s.contains(" Help (") && s.contains("pause/freeze"), Duration.ofSeconds(5));
            t.keys("x");
            t.waitFor("help closed", s -> s.contains("XfrmInError"), Duration.ofSeconds(5));
            t.keys("Space");
            t.waitFor("paused", s -> s.lines().findFirst().orElse("").contains("PAUSED"), Duration.ofSeconds(5));
            String held = t.screen();
            Thread.sleep(2500);                            // two ticks or more: sampling goes on, the screen holds
            assertEquals(held, t.screen(), "a paused screen stays as it was");
            t.keys("Space");
            t.keys("+");
            t.waitFor("interval 2 s", s -> s.contains("every 2s"), Duration.ofSeconds(5));
            t.keys("s");
            t.waitFor("sorted by delta", s -> s.contains("sort DELTA desc"), Duration.ofSeconds(5));
            t.keys("r");
            t.waitFor("reversed", s -> s.contains("sort DELTA asc"), Duration.ofSeconds(5));
            Cmd.ok("tmux", "-L", t.socket(), "resize-window", "-t", "t", "-x", "50", "-y", "6");
            t.waitFor("too small", s -> s.contains("terminal too small (need"), Duration.ofSeconds(5));
            Cmd.ok("tmux", "-L", t.socket(), "resize-window", "-t", "t", "-x", "100", "-y", "30");
            t.waitFor("redrawn after resize", s -> s.contains("XfrmInError") && !s.contains("too small"), Duration.ofSeconds(5));
            t.keys("q");
            assertTrue(t.waitFor("exit", XfrmStatE2ETest::exited, Duration.ofSeconds(10)).contains("XT-EXIT=0"));
        }
    }

    @Test
    void sigtermAndSighupRestoreTheTerminal() {
        Testbed.assumeJar();
        assumeTmux();
        for (String sig : List.of("TERM", "HUP")) {
            try (Testbed tb = new Testbed(); Tmux t = new Tmux(100, 30)) {
                String tag = tb.sender.name;
                t.type("stty -g > /tmp/" + tag + ".before; " + String.join(" ", Testbed.xfrmtop(tb.sender))
                        + "; echo XT-EXIT=$?; stty -g > /tmp/" + tag + ".after");
                t.waitFor("first frame", s -> s.contains("XfrmInError"), Duration.ofSeconds(20));
                String bash = t.format("#{pane_pid}");
                String pid = Cmd.ok("pgrep", "-P", bash).trim();
                Cmd.ok("kill", "-" + sig, pid);
                t.waitFor("exit after SIG" + sig, XfrmStatE2ETest::exited, Duration.ofSeconds(10));
                assertEquals("0", t.format("#{alternate_on}"), "alternate screen left after SIG" + sig);
                assertEquals("1", t.format("#{cursor_flag}"), "cursor visible after SIG" + sig);
                awaitFile("/tmp/" + tag + ".after");
                assertEquals(Cmd.ok("cat", "/tmp/" + tag + ".before").trim(), Cmd.ok("cat", "/tmp/" + tag + ".after").trim(),
                        "terminal modes restored after SIG" + sig);
                Cmd.run("rm", "-f", "/tmp/" + tag + ".before", "/tmp/" + tag + ".after");
            }
        }
    }

    @Test
    void batchJsonCarriesThreeProvokedCountersAtTheirRates() throws Exception {
        Testbed.assumeJar();
        try (Testbed tb = new Testbed()) {
            tb.blockOut(9);
            tb.noStateOut(10);
            tb.defaultBlockIn();
            tb.send(9, 200, 9);
            tb.send(10, 100, 9);
            tb.send(11, 150, 9);
            Thread.sleep(1500);     // senders' JVMs start
            Process s = new ProcessBuilder(Testbed.xfrmtop(tb.sender, "-b", "--format", "json", "-n", "5")).start();
            Process r = new ProcessBuilder(Testbed.xfrmtop(tb.receiver, "-b", "--format", "json", "-n", "5")).start();
            List<String> sOut = JsonLines.read(s);
            List<String> rOut = JsonLines.read(r);
            assertEquals(5, sOut.size(), String.join("\n", sOut));
            assertEquals(5, rOut.size(), String.join("\n", rOut));
            for (int tick = 2; tick < 5; tick++) {
                assertRate(sOut.get(tick), "XfrmOutPolBlock", 200);
                assertRate(sOut.get(tick), "XfrmOutNoStates", 100);
                assertRate(rOut.get(tick), "XfrmInNoPols", 150);
            }
            assertTrue(sOut.get(0).contains("\"interval_s\":null"), sOut.get(0));
            assertTrue(sOut.get(0).contains("\"status\":\"no_data\""), sOut.get(0));
        }
    }

    static void assertRate(String json, String counter, double pps) {
        double rate = JsonLines.rate(json, counter);
        assertTrue(Math.abs(rate - pps) <= 0.2 * pps, counter + " rate " + rate + " within 20 % of " + pps + ": " + json);
        assertTrue(json.contains("{\"name\":\"" + counter + "\",\"dir\":"), json);
    }
}
