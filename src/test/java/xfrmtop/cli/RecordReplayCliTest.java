package xfrmtop.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The options of issue 6 on the command line, each xfrmtop a process of its own (no root: a fixture stands in for
 * /proc): batch replay prints what the live run printed, a killed recording keeps its ticks, alerts set the exit
 * status, and mistakes are usage errors.
 */
@Tag("fast")
class RecordReplayCliTest {
    @TempDir Path dir;

    @Test
    void batchReplayPrintsWhatTheLiveRunPrinted() throws Exception {
        Path proc = Run.procRoot(dir), rec = dir.resolve("live.xtr");
        Run.Result live = Run.run(dir, "-b", "--format", "json", "-n", "4", "-d", "0.2", "--proc-root", proc.toString(),
                "-w", rec.toString());
        assertEquals(0, live.exit(), live.err());
        assertEquals(4, live.out().lines().count(), live.out());
        Run.Result replay = Run.run(dir, "-b", "--format", "json", "-r", rec.toString());
        assertEquals(0, replay.exit(), replay.err());
        assertEquals(live.out(), replay.out(), "JSON: the same bytes");
        assertTrue(replay.out().contains("\"host\":\"fixture-gw\",\"kernel\":\"6.18.0-fixture\""), replay.out());
        assertEquals("", replay.err());

        Run.Result text = Run.run(dir, "-b", "-r", rec.toString(), "-n", "2");
        assertEquals(0, text.exit(), text.err());
        assertEquals(2, text.out().lines().filter(l -> l.startsWith("# ")).count(), "-n 2 of 4: " + text.out());
        assertTrue(text.out().contains("host fixture-gw  kernel 6.18.0-fixture"), text.out());
    }

    @Test
    void aKilledRecordingLosesAtMostTheLastTick() throws Exception {
        Path proc = Run.procRoot(dir), rec = dir.resolve("killed.xtr");
        Process p = Run.start(dir, "-b", "--format", "json", "-d", "0.2", "--proc-root", proc.toString(), "-w", rec.toString());
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> printed = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) printed.add(r.readLine());
        p.destroyForcibly().waitFor();                       // SIGKILL: no shutdown hook, no gzip trailer
        Run.Result replay = Run.run(dir, "-b", "--format", "json", "-r", rec.toString());
        assertEquals(0, replay.exit(), replay.err());
        List<String> replayed = replay.out().lines().toList();
        assertTrue(replayed.size() >= printed.size() - 1, printed.size() + " printed, " + replayed.size() + " replayed");
        for (int i = 0; i < Math.min(printed.size(), replayed.size()); i++) assertEquals(printed.get(i), replayed.get(i));
        assertTrue(replay.err().contains("recording cut short at line"), replay.err());
    }

    @Test
    void alertsSetTheExitStatusAndSayWhichAndWhen() throws Exception {
        Path proc = Run.procRoot(dir);
        Run.Result quiet = Run.run(dir, "-b", "-n", "2", "-d", "0.2", "--proc-root", proc.toString(),
                "--alert", "rate(XfrmInNoStates)>0");
        assertEquals(0, quiet.exit(), quiet.err());
        assertEquals("", quiet.err());

        Run.Result hit = Run.run(dir, "-b", "--format", "json", "-n", "3", "-d", "0.2", "--proc-root", proc.toString(),
                "--alert", "XfrmInNoStates>0", "--alert", "nic:ipsec_rx_drop_pkts>100");
        assertEquals(3, hit.exit(), hit.err());
        assertEquals(3, hit.out().lines().count(), "runs to its last tick");
        assertTrue(hit.err().matches("(?s)xfrmtop: alert XfrmInNoStates>0 tripped at \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z \\(tick 1\\): "
                + "XfrmInNoStates = 1\n.*"), hit.err());
        assertTrue(hit.err().contains("warning: alert nic:ipsec_rx_drop_pkts>100 never matched a counter"), hit.err());
        assertTrue(hit.out().contains("\"alerts\":[{\"alert\":\"XfrmInNoStates>0\",\"kind\":\"xfrm_stat\",\"netns\":\"\","
                + "\"instance\":\"\",\"name\":\"XfrmInNoStates\",\"value\":1}]"), hit.out());

        Run.Result first = Run.run(dir, "-b", "-n", "50", "-d", "0.2", "--proc-root", proc.toString(),
                "--alert", "XfrmInNoStates>0", "--alert-exit-first");
        assertEquals(3, first.exit(), first.err());
        assertEquals(1, first.out().lines().filter(l -> l.startsWith("# 2")).count(), "ends after the first tick");
        assertTrue(first.out().contains("# alert XfrmInNoStates>0: XfrmInNoStates = 1\n"), first.out());
    }

    @Test
    void alertsOnAReplayTripAtTheSameTick() throws Exception {
        Path proc = Run.procRoot(dir), rec = dir.resolve("a.xtr");
        assertEquals(0, Run.run(dir, "-b", "-n", "3", "-d", "0.2", "--proc-root", proc.toString(), "-w", rec.toString()).exit());
        Run.Result r = Run.run(dir, "-b", "-r", rec.toString(), "--alert", "delta(XfrmInNoStates)>=0");
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.err().contains("(tick 1)"), r.err());
    }

    @Test
    void badRecordingsAreClearErrorsWithoutAStackTrace() throws Exception {
        Path empty = dir.resolve("empty.xtr"), junk = dir.resolve("junk.xtr");
        Files.write(empty, new byte[0]);
        Files.writeString(junk, "not a recording at all\n");
        for (Path p : List.of(empty, junk, dir.resolve("missing.xtr"))) {
            Run.Result r = Run.run(dir, "-b", "-r", p.toString());
            assertEquals(1, r.exit(), r.err());
            assertTrue(r.err().startsWith("xfrmtop: " + p + ": "), r.err());
            assertEquals(1, r.err().lines().count(), "one line, no stack trace: " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void mistakesAreUsageErrors() throws Exception {
        String[][] bad = {
            {"-b", "--alert", "rate(XfrmInNoStates>0"},
            {"-b", "--alert", "XfrmInNoStates=0"},
            {"-b", "-r", "x.xtr", "-w", "y.xtr"},
            {"-b", "-r", "x.xtr", "-d", "2"},
            {"--alert", "XfrmInNoStates>0", "--alert-exit-first"},
            {"-b", "--alert-exit-first"},
        };
        for (String[] args : bad) {
            Run.Result r = Run.run(dir, args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        }
        Run.Result r = Run.run(dir, "-b", "--alert", "rate(XfrmInNoStates>0");
        assertTrue(r.err().contains("'rate(XfrmInNoStates>0' at column 20: expected ')' after the counter"), r.err());
        assertFalse(Files.exists(dir.resolve("y.xtr")), "nothing written on a usage error");
    }

    @Test
    void anUnwritableRecordingIsARuntimeError() throws Exception {
        Run.Result r = Run.run(dir, "-b", "-n", "1", "--proc-root", Run.procRoot(dir).toString(), "-w",
                dir.resolve("no/such/dir/x.xtr").toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith("xfrmtop: cannot write the recording "), r.err());
    }
}
