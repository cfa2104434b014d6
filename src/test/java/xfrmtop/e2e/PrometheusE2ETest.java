package xfrmtop.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 10 end to end: a real Prometheus server scrapes xfrmtop --listen --quiet inside a test namespace while a
 * counter is provoked there at a known packet rate; PromQL's rate() over the scraped totals must match it. Both run
 * inside the namespace (its own loopback, so no port clash with anything else on the machine).
 */
@Tag("e2e")
class PrometheusE2ETest {
    static final int PPS = 200;
    private static final Pattern VALUE = Pattern.compile("\"value\":\\[[0-9.]+,\"([^\"]+)\"\\]");

    static void assumePrometheus() {
        assumeTrue(Cmd.exists("prometheus") && Cmd.exists("promtool"),
                "SKIPPED: needs Debian's prometheus package (dev/install-test-deps.sh installs it)");
    }

    @Test
    void prometheusRateOfTheScrapedCounterMatchesThePacketRate() throws Exception {
        Testbed.assumeJar();
        assumePrometheus();
        Path dir = Files.createTempDirectory("xfrmtop-prom");
        Process xfrmtop = null, prometheus = null;
        try (Testbed tb = new Testbed()) {
            tb.blockOut(9);
            Path log = dir.resolve("xfrmtop.out");
            xfrmtop = new ProcessBuilder(Testbed.xfrmtop(tb.sender, "--listen", "127.0.0.1:9109", "--quiet", "-d", "0.5"))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Files.writeString(dir.resolve("prometheus.yml"), """
                    global:
                      scrape_interval: 1s
                      evaluation_interval: 1s
                    scrape_configs:
                      - job_name: xfrmtop
                        static_configs:
                          - targets: ['127.0.0.1:9109']
                    """);
            prometheus = new ProcessBuilder(tb.sender.exec("prometheus", "--config.file=" + dir.resolve("prometheus.yml"),
                    "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:9090", "--log.level=warn"))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
            long sendStart = System.nanoTime();
            tb.send(9, PPS, 30);

            Fetch metrics = Fetch.get(tb.sender, "-w", "20", "-c", "xfrm_stat_total{", "http://127.0.0.1:9109/metrics");
            assertEquals(0, metrics.exit(), metrics.err());
            assertTrue(metrics.err().contains("text/plain; version=0.0.4"), metrics.err());
            Cmd.Result lint = Cmd.run(java.util.List.of("sh", "-c", "promtool check metrics < \"$0\"",
                    write(dir, "metrics.txt", metrics.out())), 30);
            assertEquals(0, lint.exit(), "promtool check metrics:\n" + lint.out() + "\n" + metrics.out());

            Fetch om = Fetch.get(tb.sender, "http://127.0.0.1:9109/metrics", "application/openmetrics-text; version=1.0.0");
            assertTrue(om.err().contains("application/openmetrics-text") && om.out().endsWith("# EOF\n"), om.err() + om.out());

            // 16 s after the sender started: its JVM is up and the 10 s window lies inside the sending
            sleepUntil(sendStart + 16_000_000_000L);
            String rate = query(tb.sender, "rate(xfrm_stat_total{counter=\"XfrmOutPolBlock\",netns=\"\"}[10s])");
            double r = value(rate);
            System.out.println("Prometheus rate(xfrm_stat_total{counter=\"XfrmOutPolBlock\"}[10s]) = " + r + " (sent " + PPS + " pps)");
            assertTrue(Math.abs(r - PPS) <= 0.2 * PPS, "Prometheus rate " + r + " within 20 % of " + PPS + " pps: " + rate
                    + "\n" + Files.readString(dir.resolve("prometheus.log")));
            assertEquals(1.0, value(query(tb.sender, "up{job=\"xfrmtop\"}")), "target up");
            double quiet = value(query(tb.sender, "rate(xfrm_stat_total{counter=\"XfrmOutNoStates\"}[10s])"));
            assertEquals(0.0, quiet, "an unprovoked counter stays flat");
            assertTrue(value(query(tb.sender, "xfrmtop_last_sample_age_seconds")) < 1.5, "served sample is fresh");
            assertTrue(value(query(tb.sender, "count(xfrm_stat_total)")) >= 28, "every xfrm_stat counter exported");
            assertEquals("", Files.readString(log), "--quiet prints nothing");
        } finally {
            if (prometheus != null) stop(prometheus);
            if (xfrmtop != null) stop(xfrmtop);
            deleteTree(dir);
        }
    }

    /** An instant query through Prometheus's HTTP API, from inside the namespace; the raw JSON answer. */
    static String query(Netns ns, String promql) {
        Fetch f = Fetch.get(ns, "http://127.0.0.1:9090/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        assertEquals(0, f.exit(), promql + ": " + f.err() + f.out());
        return f.out();
    }

    /** The value of a single-series answer. */
    static double value(String json) {
        Matcher m = VALUE.matcher(json);
        assertTrue(m.find(), "one value in " + json);
        double v = Double.parseDouble(m.group(1));
        assertTrue(!m.find(), "exactly one series in " + json);
        return v;
    }

    static String write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) TimeUnit.NANOSECONDS.sleep(left);
    }

    static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (var s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) x.toFile().delete();
        }
        new File(p.toString()).delete();
    }
}
