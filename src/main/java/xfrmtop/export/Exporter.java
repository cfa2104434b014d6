package xfrmtop.export;

import io.prometheus.metrics.config.PrometheusProperties;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import xfrmtop.config.Config;
import xfrmtop.config.ExportConfig;
import xfrmtop.feed.Feed;
import xfrmtop.view.NicSelection;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Fleet mode: the /metrics endpoint (the Prometheus Java client's HTTP server on the JDK's built-in one), fed every
 * frame by the feed that made it. The app package reaches this class only when --listen is given, so nothing of
 * the exporter or the client library is loaded otherwise.
 */
public final class Exporter implements AutoCloseable {
    /** Scrapes served at once; more wait in a short queue (a scrape takes about a millisecond). */
    private static final int THREADS = 2, QUEUE = 16;

    private final FrameTap tap;
    private final HTTPServer server;

    private Exporter(FrameTap tap, HTTPServer server) {
        this.tap = tap;
        this.server = server;
    }

    /** Binds the endpoint at once: an address in use fails here, before any source or terminal is touched. */
    public static Exporter start(Config config) throws IOException {
        ExportConfig c = config.export();
        FrameTap tap = new FrameTap(c.maxSaSeries());
        PrometheusRegistry registry = new PrometheusRegistry();
        registry.register(new Exposition(tap, NicSelection.of(config.interfaces(), config.nicFilter())));
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, THREADS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                r -> {
                    Thread t = new Thread(r, "xfrmtop-metrics");
                    t.setDaemon(true);
                    return t;
                });
        try {
            HTTPServer server = HTTPServer.builder(PrometheusProperties.builder().build())
                    .inetAddress(c.listen().inetAddress()).port(c.listen().port())
                    .registry(registry).executorService(pool).buildAndStart();
            return new Exporter(tap, server);
        } catch (IOException | RuntimeException e) {
            pool.shutdownNow();
            throw e;
        }
    }

    /** The feed whose frames are also served: every frame reaches the exporter before the TUI or batch writer. */
    public Feed wrap(Feed feed) { return new TapFeed(feed, tap); }

    @Override
    public void close() { server.close(); }
}
