package xfrmtop.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * --alert on the real kernel: a batch run exits 3 within two ticks of a provoked fault (--alert-exit-first), runs to
 * its last tick or to SIGINT and then exits 3 saying which alert tripped when, and exits 0 when nothing happened.
 */
@Tag("e2e")
class AlertE2ETest {
    static final String ALERT = "rate(XfrmOutPolBlock)>0";

    record Run(int exit, List<String> lines, String err) {}

    /** Starts xfrmtop in batch in the sender's namespace; stderr goes to a file. */
    static Process start(Testbed tb, Path err, String... args) throws Exception {
        return new ProcessBuilder(Testbed.xfrmtop(tb.sender, args)).redirectError(err.toFile()).start();
    }

    @Test
    void exitsThreeWithinTwoTicksOfTheFault() throws Exception {
        Testbed.assumeJar();
        try (Testbed tb = new Testbed()) {
            Path err = Files.createTempFile("xt-alert", ".err");
            tb.blockOut(9);
            Process p = start(tb, err, "-b", "--format", "json", "-d", "0.5", "-n", "60", "--alert", ALERT,
                    "--alert-exit-first");
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 3; i++) lines.add(r.readLine());     // running, nothing tripped
            tb.send(9, 200, 10);
            String l;
            while ((l = r.readLine()) != null) lines.add(l);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            String stderr = Files.readString(err);
            assertEquals(3, p.exitValue(), stderr);
            int fault = -1;
            for (int i = 0; i < lines.size(); i++) if (JsonLines.total(lines.get(i), "XfrmOutPolBlock") > 0) { fault = i; break; }
            assertTrue(fault >= 3, "the fault came after the first ticks: " + lines);
            assertTrue(lines.size() - 1 - fault <= 1, "ended within two ticks of the fault (tick " + (fault + 1)
                    + " of " + lines.size() + ")");
            assertTrue(stderr.startsWith("xfrmtop: alert " + ALERT + " tripped at "), stderr);
            assertTrue(stderr.contains("(tick " + lines.size() + "): XfrmOutPolBlock = "), stderr);
            assertTrue(lines.get(lines.size() - 1).contains("\"alerts\":[{\"alert\":\"" + ALERT + "\""), lines.toString());
            Files.delete(err);
        }
    }

    @Test
    void withoutTheFaultItExitsZero() throws Exception {
        Testbed.assumeJar();
        try (Testbed tb = new Testbed()) {
            Path err = Files.createTempFile("xt-alert", ".err");
            tb.blockOut(9);
            Process p = start(tb, err, "-b", "-d", "0.5", "-n", "4", "--alert", ALERT, "--alert", "XfrmOutPolBlock>0");
            p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), Files.readString(err));
            assertEquals("", Files.readString(err));
            Files.delete(err);
        }
    }

    @Test
    void aTripExitsThreeAfterTheLastTickOrOnSigint() throws Exception {
        Testbed.assumeJar();
        try (Testbed tb = new Testbed()) {
            Path err = Files.createTempFile("xt-alert", ".err");
            tb.blockOut(9);
            tb.send(9, 200, 15);
            Thread.sleep(1500);
            Process counted = start(tb, err, "-b", "-d", "0.5", "-n", "5", "--alert", ALERT);
            String text = new String(counted.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(counted.waitFor(30, TimeUnit.SECONDS));
            assertEquals(3, counted.exitValue(), Files.readString(err));
            assertEquals(5, text.lines().filter(s -> s.startsWith("# 2")).count(), "ran all 5 ticks:\n" + text);
            assertTrue(text.contains("# alert " + ALERT + ": XfrmOutPolBlock = "), text);
            assertTrue(Files.readString(err).contains("xfrmtop: alert " + ALERT + " tripped at "), Files.readString(err));

            Process run = start(tb, err, "-b", "--format", "json", "-d", "0.5", "--alert", ALERT);
            BufferedReader r = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));
            String l;
            while ((l = r.readLine()) != null && !(JsonLines.rate(l, "XfrmOutPolBlock") > 0)) { /* until it trips */ }
            Cmd.ok("kill", "-INT", Long.toString(run.pid()));
            while (r.readLine() != null) { /* drain */ }
            assertTrue(run.waitFor(30, TimeUnit.SECONDS));
            assertEquals(3, run.exitValue(), "SIGINT after a trip: " + Files.readString(err));
            assertTrue(Files.readString(err).contains("tripped at"), Files.readString(err));
            Files.delete(err);
        }
    }
}
