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
 * Issue 4 end to end on the real kernel: the receiver namespace of a {@link Testbed} gets an ifb device fed by a tc
 * ingress redirect from its veth (veth's own stats count only XDP and never move), UDP arrives at a known packet rate,
 * and xfrmtop -i ifb0 inside the namespace shows rx_queue_0_packets at that rate, in a tmux pane and in batch JSON.
 */
@Tag("e2e")
class NicE2ETest {
    static final int PPS = 200;
    static final List<String> VETH_STATS = List.of("peer_ifindex", "rx_queue_0_xdp_packets", "rx_queue_0_xdp_bytes",
            "rx_queue_0_drops", "rx_queue_0_xdp_redirect", "rx_queue_0_xdp_drops", "rx_queue_0_xdp_tx",
            "rx_queue_0_xdp_tx_errors", "tx_queue_0_xdp_xmit", "tx_queue_0_xdp_xmit_errors");

    /** ifb0 in the namespace, up, with everything arriving on dev redirected into it. */
    static void ifbRedirect(Netns ns, String dev) {
        Cmd.Result r = Cmd.run("ip", "-n", ns.name, "link", "add", "ifb0", "type", "ifb");
        assumeTrue(r.exit() == 0, () -> "SKIPPED: this kernel cannot create an ifb device: " + r.out().trim());
        ns.ip("link", "set", "ifb0", "up");
        Cmd.run(ns.exec("tc", "qdisc", "del", "dev", dev, "ingress"), 10);
        Cmd.ok(ns.exec("tc", "qdisc", "add", "dev", dev, "handle", "ffff:", "ingress").toArray(new String[0]));
        Cmd.ok(ns.exec("tc", "filter", "add", "dev", dev, "parent", "ffff:", "protocol", "all", "u32", "match", "u32",
                "0", "0", "action", "mirred", "egress", "redirect", "dev", "ifb0").toArray(new String[0]));
    }

    /** RATE/s text of a NIC row on the screen ("" when the row is not there). */
    static String rateOf(String screen, String iface, String counter) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(iface) + "\\s+" + Pattern.quote(counter) + "\\s+(\\S+)")
                .matcher(screen);
        return m.find() ? m.group(1) : "";
    }

    static boolean near(String rateText, double pps) {
        double r = XfrmStatE2ETest.rate(rateText);
        return Math.abs(r - pps) <= 0.2 * pps;
    }

    @Test
    void tuiShowsTheIfbRateListsVethStatsSurvivesDeletionAndRecreation() throws Exception {
        Testbed.assumeJar();
        XfrmStatE2ETest.assumeTmux();
        try (Testbed tb = new Testbed(); Tmux t = new Tmux(160, 50)) {
            Netns r = tb.receiver;
            ifbRedirect(r, "xr0");
            r.ip("link", "add", "br0", "type", "bridge");
            tb.send(9, PPS, 40);
            t.type(String.join(" ", Testbed.xfrmtop(r, "-i", "ifb0", "-i", "xr0", "-i", "lo", "-i", "br0"))
                    + "; echo XT-EXIT=$?");
            String s = t.waitFor("ifb0 rx_queue_0_packets at the packet rate",
                    x -> near(rateOf(x, "ifb0", "rx_queue_0_packets"), PPS), Duration.ofSeconds(20));
            Thread.sleep(2100);                 // one more tick: a full interval
            s = t.screen();
            assertTrue(near(rateOf(s, "ifb0", "rx_queue_0_packets"), PPS),
                    "rx_queue_0_packets within 20 % of " + PPS + " pps:\n" + s);
            for (String n : VETH_STATS) assertTrue(s.contains("xr0          " + n), "veth stat " + n + " listed:\n" + s);
            assertTrue(s.contains("lo: unsupported: no ethtool statistics"), s);
            assertTrue(s.contains("br0: unsupported: no ethtool statistics"), s);

            r.ip("link", "del", "ifb0");
            s = t.waitFor("ifb0 rows marked gone", x -> x.contains("ifb0: gone: no such device")
                    && rateOf(x, "ifb0", "rx_queue_0_packets").equals("gone"), Duration.ofSeconds(5));
            String clock = s.lines().findFirst().orElse("");
            t.waitFor("still running", x -> !x.lines().findFirst().orElse("").equals(clock), Duration.ofSeconds(3));

            ifbRedirect(r, "xr0");
            s = t.waitFor("ifb0 back at the packet rate", x -> !x.contains("ifb0: gone")
                    && near(rateOf(x, "ifb0", "rx_queue_0_packets"), PPS), Duration.ofSeconds(10));
            assertTrue(!XfrmStatE2ETest.exited(s) && s.contains(" 2 NIC"), "xfrmtop kept running:\n" + s);
            t.keys("q");
            String after = t.waitFor("exit", XfrmStatE2ETest::exited, Duration.ofSeconds(10));
            assertTrue(after.contains("XT-EXIT=0"), after);
        }
    }

    @Test
    void batchJsonCarriesTheIfbRateAndTheVethStats() throws Exception {
        Testbed.assumeJar();
        try (Testbed tb = new Testbed()) {
            Netns r = tb.receiver;
            ifbRedirect(r, "xr0");
            r.ip("link", "add", "br0", "type", "bridge");
            tb.send(9, PPS, 10);
            Thread.sleep(1500);                 // the sender's JVM starts
            Process p = new ProcessBuilder(Testbed.xfrmtop(r, "-b", "--format", "json", "-n", "5",
                    "-i", "ifb0", "-i", "xr0", "-i", "br0")).start();
            List<String> out = JsonLines.read(p);
            assertEquals(5, out.size(), String.join("\n", out));
            for (int tick = 2; tick < 5; tick++) {
                double rate = JsonLines.nicRate(out.get(tick), "ifb0", "rx_queue_0_packets");
                assertTrue(Math.abs(rate - PPS) <= 0.2 * PPS, "rate " + rate + " within 20 %: " + out.get(tick));
            }
            String last = out.get(4);
            assertTrue(last.contains("{\"iface\":\"ifb0\",\"driver\":\"ifb\",\"netns\":\"\",\"name\":\"rx_queue_0_packets\""),
                    last);
            for (String n : VETH_STATS) {
                assertTrue(last.contains("{\"iface\":\"xr0\",\"driver\":\"veth\",\"netns\":\"\",\"name\":\"" + n + "\""),
                        n + ": " + last);
            }
            assertTrue(last.contains("{\"source\":\"nic\",\"netns\":\"\",\"instance\":\"br0\",\"health\":\"unsupported\","
                    + "\"message\":\"no ethtool statistics\"}"), last);
            assertTrue(out.get(0).contains("\"name\":\"rx_queue_0_packets\",\"dir\":\"in\",\"role\":\"traffic\""),
                    "the first line already has the NIC rows (batch waits for native support): " + out.get(0));

            Process d = new ProcessBuilder(Testbed.xfrmtop(r, "-b", "--format", "json", "-n", "2")).start();
            for (String line : JsonLines.read(d)) {
                assertTrue(line.contains("\"nics\":[]") && !line.contains("\"errors\""),
                        "without -i, veth, ifb, lo and bridges are not offload NICs: nothing watched: " + line);
            }
        }
    }

    @Test
    void anInterfaceThatDoesNotExistIsAUsageError() {
        Testbed.assumeJar();
        try (Testbed tb = new Testbed()) {
            Cmd.Result res = Cmd.run(Testbed.xfrmtop(tb.receiver, "-b", "-n", "1", "-i", "ifb9"), 60);
            assertEquals(2, res.exit(), res.out());
            assertTrue(res.out().startsWith("-i ifb9: no such interface (here: lo, xr0)"), res.out());
        }
    }
}
