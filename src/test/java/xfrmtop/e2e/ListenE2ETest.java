package xfrmtop.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * --listen binding on the real kernel, inside a test namespace (its own port space): the default address is loopback
 * only (the kernel's socket table says so, and the namespace's other address refuses), a busy port or an address the
 * host lacks is a usage error (exit 2) before anything else starts, IPv6 works, and --quiet ends cleanly on SIGTERM.
 */
@Tag("e2e")
class ListenE2ETest {
    /** 9109 as /proc/net/tcp{,6} write it. */
    static final String PORT_HEX = ":2395";
    /** 127.0.0.1 in /proc/net/tcp, and IPv4-mapped in /proc/net/tcp6 (Java's sockets are dual-stack). */
    static final List<String> LOOPBACK = List.of("0100007F" + PORT_HEX, "0000000000000000FFFF00000100007F" + PORT_HEX);

    @Test
    void theDefaultAddressIsLoopbackOnlyAndABusyPortIsAUsageError() throws Exception {
        Testbed.assumeJar();
        Path log = Files.createTempFile("xfrmtop-listen", ".out");
        Process first = null;
        try (Testbed tb = new Testbed()) {
            first = new ProcessBuilder(Testbed.xfrmtop(tb.sender, "--listen", "9109", "--quiet"))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            String tables = awaitSocket(tb.sender, s -> s.contains(PORT_HEX));
            List<String> listening = tables.lines().filter(l -> local(l).endsWith(PORT_HEX) && state(l).equals("0A")).toList();
            assertEquals(1, listening.size(), "one listening socket on the port:\n" + tables);
            assertTrue(LOOPBACK.contains(local(listening.get(0))), "bound to 127.0.0.1 only:\n" + tables);
            Fetch loopback = Fetch.get(tb.sender, "-w", "10", "-c", "xfrm_stat_total{", "http://127.0.0.1:9109/metrics");
            assertEquals(0, loopback.exit(), loopback.err());
            assertTrue(loopback.out().contains("xfrm_stat_total{"), loopback.out());
            Fetch outside = Fetch.get(tb.sender, "http://" + Testbed.SRC + ":9109/metrics");
            assertEquals(2, outside.exit(), "the namespace's veth address refuses: " + outside.err());

            // The port is taken: exit 2 with the reason, for every mode, before the TUI (no terminal here: that
            // would be exit 1) or a batch line
            for (List<String> args : List.of(List.of("--listen", "9109"), List.of("-b", "--listen", "127.0.0.1:9109"),
                    List.of("--quiet", "--listen", "9109"))) {
                Cmd.Result r = xfrmtop(tb.sender, args);
                assertEquals(2, r.exit(), args + ": " + r.out());
                assertEquals("xfrmtop: --listen 127.0.0.1:9109: address already in use (another xfrmtop or exporter "
                        + "listens there)\n", r.out(), args.toString());
            }
            Cmd.Result absent = xfrmtop(tb.sender, List.of("--quiet", "--listen", "203.0.113.99:9109"));
            assertEquals(2, absent.exit(), absent.out());
            assertTrue(absent.out().contains("203.0.113.99:9109: no such address on this host"), absent.out());
            Cmd.Result name = xfrmtop(tb.sender, List.of("--quiet", "--listen", "localhost:9109"));
            assertEquals(2, name.exit(), name.out());
            assertTrue(name.out().contains("'localhost' is not an IP address"), name.out());
            Cmd.Result quietAlone = xfrmtop(tb.sender, List.of("--quiet"));
            assertEquals(2, quietAlone.exit(), quietAlone.out());
            assertTrue(quietAlone.out().contains("--quiet needs --listen"), quietAlone.out());

            first.destroy();                                    // SIGTERM: a clean stop for a service manager
            assertTrue(first.waitFor(10, TimeUnit.SECONDS), "--quiet ends on SIGTERM");
            assertEquals(0, first.exitValue(), "exit status after SIGTERM");
            assertEquals("", Files.readString(log), "--quiet printed nothing");
        } finally {
            if (first != null) first.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    @Test
    void anExplicitIpv6AddressIsServedAlongsideBatchOutput() throws Exception {
        Testbed.assumeJar();
        try (Netns ns = Netns.create("6")) {
            Process p = new ProcessBuilder(Testbed.xfrmtop(ns, "-b", "--format", "json", "-n", "8", "--listen", "[::1]:9109"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                String tcp6 = awaitSocket(ns, s -> s.contains(PORT_HEX));
                assertTrue(tcp6.lines().anyMatch(l -> local(l).equals("00000000000000000000000001000000" + PORT_HEX)),
                        "bound to ::1:\n" + tcp6);
                Fetch f = Fetch.get(ns, "-w", "10", "http://[::1]:9109/metrics");
                assertEquals(0, f.exit(), f.err());
                assertTrue(f.out().contains("xfrmtop_samples_total"), f.out());
                List<String> lines = JsonLines.read(p);
                assertEquals(8, lines.size(), "batch output goes on beside the endpoint");
            } finally {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void theTuiRunsWhileTheEndpointServes() {
        Testbed.assumeJar();
        org.junit.jupiter.api.Assumptions.assumeTrue(Tmux.available(), "SKIPPED: tmux is not installed");
        try (Testbed tb = new Testbed(); Tmux t = new Tmux(120, 40)) {
            tb.blockOut(9);
            t.type(String.join(" ", Testbed.xfrmtop(tb.sender, "--listen", "9109")) + "; echo XT-EXIT=$?");
            t.waitFor("first frame", s -> s.contains("XfrmOutPolBlock"), java.time.Duration.ofSeconds(20));
            tb.send(9, 100, 4);
            Fetch f = Fetch.get(tb.sender, "-w", "15", "-c", "counter=\"XfrmOutPolBlock\",dir=\"out\",netns=\"\"} 1",
                    "http://127.0.0.1:9109/metrics");
            assertEquals(0, f.exit(), "the provoked counter reaches /metrics while the TUI runs: " + f.out());
            t.keys("q");
            assertTrue(t.waitFor("exit", XfrmStatE2ETest::exited, java.time.Duration.ofSeconds(10)).contains("XT-EXIT=0"));
        }
    }

    /** -i with --listen: a real interface's ethtool statistics, labelled with interface and driver. */
    @Test
    void nicStatisticsOfANamedInterfaceAreServed() throws Exception {
        Testbed.assumeJar();
        try (Testbed tb = new Testbed()) {
            Process p = new ProcessBuilder(Testbed.xfrmtop(tb.sender, "-i", "xs0", "--listen", "9109", "--quiet", "-n", "20"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                Fetch f = Fetch.get(tb.sender, "-w", "15", "-c", "xfrm_nic_value{", "http://127.0.0.1:9109/metrics");
                assertEquals(0, f.exit(), f.err() + f.out());
                String ifindex = Cmd.ok("ip", "netns", "exec", tb.receiver.name, "cat", "/sys/class/net/xr0/ifindex").trim();
                assertTrue(f.out().contains("xfrm_nic_value{counter=\"peer_ifindex\",dir=\"-\",driver=\"veth\","
                        + "iface=\"xs0\",netns=\"\"} " + ifindex + ".0\n"), "veth's peer ifindex, a gauge:\n" + f.out());
                assertTrue(f.out().contains("xfrm_nic_stat_total{counter=\"rx_queue_0_xdp_packets\",dir=\"in\","
                        + "driver=\"veth\",iface=\"xs0\",netns=\"\"} "), f.out());
                assertTrue(f.out().contains("xfrm_nic_meaning_info{counter=\"peer_ifindex\""), f.out());
            } finally {
                p.destroyForcibly();
            }
        }
    }

    /** -N with --listen: each watched namespace's counters carry its name in the netns label. */
    @Test
    void watchedNamespacesAreLabelled() throws Exception {
        Testbed.assumeJar();
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();          // a free port of this (the host's) namespace
        }
        try (Testbed tb = new Testbed()) {
            tb.blockOut(9);
            tb.send(9, 100, 8);
            List<String> argv = new java.util.ArrayList<>(List.of("env", "XFRMTOP_SKIP_BUILD=1", Testbed.launcher(),
                    "-N", tb.sender.name, "-N", tb.receiver.name, "--listen", "127.0.0.1:" + port, "--quiet", "-n", "12"));
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            try {
                String want = "xfrm_stat_total{counter=\"XfrmOutPolBlock\",dir=\"out\",netns=\"" + tb.sender.name + "\"} ";
                String body = "";
                long end = System.nanoTime() + 15_000_000_000L;
                while (System.nanoTime() < end && !(body.contains(want) && !body.contains(want + "0.0"))) {
                    Thread.sleep(300);
                    body = get("http://127.0.0.1:" + port + "/metrics");
                }
                assertTrue(body.contains(want) && !body.contains(want + "0.0"), "the sender's drops, labelled:\n" + body);
                assertTrue(body.contains("xfrm_stat_total{counter=\"XfrmOutPolBlock\",dir=\"out\",netns=\""
                        + tb.receiver.name + "\"} 0.0"), body);
                assertTrue(body.contains("xfrmtop_source_up{netns=\"" + tb.sender.name + "\",source=\"xfrm_stat\"} 1.0"), body);
            } finally {
                p.destroyForcibly();
            }
        }
    }

    static String get(String url) {
        try {
            java.net.HttpURLConnection c = (java.net.HttpURLConnection) new java.net.URL(url).openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(5000);
            try (java.io.InputStream in = c.getInputStream()) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (java.io.IOException notYet) {
            return "";
        }
    }

    /** Start-up matters: without --listen not one class of the exporter or of the Prometheus client is loaded. */
    @Test
    void nothingOfTheExporterLoadsWithoutListen() {
        Testbed.assumeJar();
        String jar = System.getProperty("xfrmtop.jar", "target/xfrmtop.jar");
        String java = UdpSender.javaBin();
        Cmd.Result plain = Cmd.run(List.of(java, "-Xshare:off", "-Xlog:class+load=info", "-jar", jar, "-b", "-n", "2",
                "-d", "0.2"), 60);
        assertEquals(0, plain.exit(), plain.out());
        assertTrue(plain.out().contains("xfrmtop.batch.BatchRunner"), "class loading is logged");
        assertTrue(plain.out().lines().noneMatch(l -> l.contains(" io.prometheus.") || l.contains(" xfrmtop.export.")),
                "exporter classes loaded without --listen");
        Cmd.Result listen = Cmd.run(List.of(java, "-Xshare:off", "-Xlog:class+load=info", "-jar", jar, "-b", "-n", "2",
                "-d", "0.2", "--listen", "[::1]:9119"), 60);
        // (whether or not that port is free here: the exporter loads to bind it)
        assertTrue(listen.out().contains(" xfrmtop.export.Exporter ") && listen.out().contains(" io.prometheus."),
                "and they do load with it: exit " + listen.exit());
    }

    static Cmd.Result xfrmtop(Netns ns, List<String> args) {
        return Cmd.run(Testbed.xfrmtop(ns, args.toArray(new String[0])), 60);
    }

    /** The namespace's TCP socket tables, IPv4 and IPv6 (the kernel's view, not xfrmtop's). */
    static String socketTables(Netns ns) { return Cmd.ok("ip", "netns", "exec", ns.name, "cat", "/proc/net/tcp", "/proc/net/tcp6"); }

    /** Polls the namespace's socket tables until the predicate holds (xfrmtop's JVM is starting). */
    static String awaitSocket(Netns ns, Predicate<String> p) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        String t = "";
        while (System.nanoTime() < end) {
            t = socketTables(ns);
            if (p.test(t)) return t;
            Thread.sleep(100);
        }
        throw new AssertionError("no socket in /proc/net/tcp{,6}:\n" + t);
    }

    /** "local_address" column ("0100007F:238D"). */
    static String local(String line) {
        String[] f = line.trim().split("\\s+");
        return f.length > 1 ? f[1] : "";
    }

    static String state(String line) {
        String[] f = line.trim().split("\\s+");
        return f.length > 3 ? f[3] : "";
    }

}
