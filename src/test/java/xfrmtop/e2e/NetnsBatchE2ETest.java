package xfrmtop.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 5 in batch mode, on the real kernel: xfrmtop on the host watching namespaces the test made, each with its own
 * counter moving at its own packet rate, and namespaces deleted and recreated under it.
 */
@Tag("e2e")
class NetnsBatchE2ETest {

    /** xfrmtop as a user starts it on the host (the launcher, no rebuild). */
    static List<String> xfrmtop(String... args) {
        List<String> l = new ArrayList<>(List.of("env", "XFRMTOP_SKIP_BUILD=1", Testbed.launcher()));
        l.addAll(Arrays.asList(args));
        return l;
    }

    @Test
    void allNamespacesAttributesEachRateToItsOwnNamespace() throws Exception {
        Testbed.assumeJar();
        try (NetnsLab lab = new NetnsLab()) {
            lab.start(10);
            Thread.sleep(1500);     // the senders' JVMs start
            List<String> out = JsonLines.read(new ProcessBuilder(xfrmtop("-A", "--batch", "--format", "json", "-n", "5")).start());
            assertEquals(5, out.size(), String.join("\n", out));
            for (int tick = 2; tick < 5; tick++) {
                String json = out.get(tick);
                assertRate(json, lab.a.name, "XfrmOutPolBlock", NetnsLab.RATE_A);
                assertRate(json, lab.b.name, "XfrmOutNoStates", NetnsLab.RATE_B);
                assertRate(json, lab.c.name, "XfrmInNoPols", NetnsLab.RATE_C);
                for (String quiet : List.of(lab.b.name, lab.c.name, "")) assertRate(json, quiet, "XfrmOutPolBlock", 0);
                for (String quiet : List.of(lab.a.name, lab.c.name, "")) assertRate(json, quiet, "XfrmOutNoStates", 0);
                for (String quiet : List.of(lab.a.name, lab.b.name, "")) assertRate(json, quiet, "XfrmInNoPols", 0);
            }
            assertTrue(out.get(0).contains("\"netns\":\"" + lab.a.name + "\""), out.get(0));
        }
    }

    static void assertRate(String json, String netns, String counter, double pps) {
        double rate = JsonLines.rate(json, netns, counter);
        assertTrue(Math.abs(rate - pps) <= 0.2 * pps, counter + " in netns '" + netns + "': rate " + rate
                + " within 20 % of " + pps + ": " + JsonLines.row(json, netns, counter));
    }

    @Test
    void aNamespaceRecreatedUnderTheSameNameRestartsFromNoData() throws Exception {
        Testbed.assumeJar();
        try (NetnsLab lab = new NetnsLab()) {
            lab.start(10);
            Thread.sleep(1500);
            Process p = new ProcessBuilder(xfrmtop("-N", lab.a.name, "-b", "--format", "json", "-d", "0.5", "-n", "14")).start();
            Thread.sleep(3500);
            Cmd.ok("ip", "netns", "del", lab.a.name);    // the sender keeps the old namespace alive: its counter goes on
            Cmd.ok("ip", "netns", "add", lab.a.name);
            List<String> out = JsonLines.read(p);
            List<String> statuses = new ArrayList<>();
            for (String json : out) {
                String row = JsonLines.row(json, lab.a.name, "XfrmOutPolBlock");
                String status = JsonLines.field(row, "status");
                statuses.add(status == null ? "absent" : status.replace("\"", ""));
                String rate = JsonLines.field(row, "rate");
                assertFalse(rate != null && rate.startsWith("-"), "never a negative rate: " + json);
                if (!"\"ok\"".equals(status)) continue;
                assertTrue(Double.parseDouble(rate) == 0 || Math.abs(Double.parseDouble(rate) - NetnsLab.RATE_A) <= 40,
                        "only the old namespace's rate or the new one's zero: " + row);
            }
            assertFalse(statuses.contains("reset"), "a recreated namespace is a new identity, not a reset: " + statuses);
            int firstOk = statuses.indexOf("ok");
            int restart = statuses.subList(firstOk + 1, statuses.size()).indexOf("no_data");
            assertTrue(firstOk >= 0 && restart >= 0, "ok, then no_data again after the re-add: " + statuses);
            String last = JsonLines.row(out.get(out.size() - 1), lab.a.name, "XfrmOutPolBlock");
            assertNotNull(last, out.get(out.size() - 1));
            assertEquals("0", JsonLines.field(last, "total"), "the new namespace counts from zero: " + last);
        }
    }
}
