package xfrmtop.export;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

import xfrmtop.view.NicSelection;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What a scrape returns: the metric families built from the newest {@link ExportState}. Formatting only; the kernel
 * is read by the sampler, on its own schedule, however often and by however many servers this is scraped.
 */
final class Exposition implements MultiCollector {
    private final FrameTap tap;
    private final NicMetrics nics;
    private final Labels build = build();

    Exposition(FrameTap tap, NicSelection nics) {
        this.tap = tap;
        this.nics = new NicMetrics(nics);
    }

    @Override
    public MetricSnapshots collect() { return snapshots(tap.state(), System.nanoTime()); }

    MetricSnapshots snapshots(ExportState s, long nowNanos) {
        List<MetricSnapshot> out = new ArrayList<>();
        if (s.frame() != null) {
            XfrmStatMetrics.add(s.frame(), out);
            SaMetrics.add(s, out);
            nics.add(s.frame(), out);
        }
        HealthMetrics.add(s, nowNanos, build, out);
        return new MetricSnapshots(out);
    }

    private static Labels build() {
        Properties p = new Properties();
        try (InputStream in = Exposition.class.getResourceAsStream("/xfrmtop/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException ignored) {
            // "unknown" below
        }
        return Labels.of("version", p.getProperty("version", "unknown"), "commit", p.getProperty("commit", "unknown"));
    }
}
