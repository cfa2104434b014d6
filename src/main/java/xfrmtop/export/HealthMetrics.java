package xfrmtop.export;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;

import java.util.List;
import java.util.Map;

/**
 * The exporter's own health: how many ticks were sampled, how old the served sample is (a stuck sampler shows as a
 * growing age, not as frozen counters), read errors per source, SA series the cardinality guard left out, and the
 * build.
 */
final class HealthMetrics {
    private HealthMetrics() {}

    /** @param nowNanos System.nanoTime() of the scrape */
    static void add(ExportState s, long nowNanos, Labels build, List<MetricSnapshot> out) {
        out.add(CounterSnapshot.builder().name("xfrmtop_samples")
                .help("Ticks sampled since xfrmtop started; each reads every source once (scrapes never read)")
                .dataPoint(Values.counter(Labels.EMPTY, s.samples())).build());
        if (s.frame() != null) {
            out.add(GaugeSnapshot.builder().name("xfrmtop_last_sample_age_seconds").unit(Unit.SECONDS)
                    .help("Seconds since the sample this scrape serves was taken (about one interval at most "
                            + "while sampling works)")
                    .dataPoint(Values.gauge(Labels.EMPTY, (nowNanos - s.frame().sample().monoNanos()) / 1e9)).build());
        }
        CounterSnapshot.Builder errors = CounterSnapshot.builder().name("xfrmtop_read_errors")
                .help("Ticks on which a source could not be read (source: xfrm_stat, nic or sa; netns: its namespace); "
                        + "its counters are left out of that scrape");
        for (Map.Entry<ExportState.SourceId, Long> e : s.readErrors().entrySet()) {
            errors.dataPoint(Values.counter(Labels.of("source", e.getKey().source(), "netns", e.getKey().netns()),
                    e.getValue()));
        }
        if (!s.readErrors().isEmpty()) out.add(errors.build());
        out.add(GaugeSnapshot.builder().name("xfrmtop_sa_series_dropped")
                .help("Per-SA series not exported because of --max-sa-series (raise it, or watch fewer SAs)")
                .dataPoint(Values.gauge(Labels.EMPTY, s.saDropped())).build());
        out.add(InfoSnapshot.builder().name("xfrmtop_build").help("The xfrmtop build serving these metrics")
                .dataPoint(InfoSnapshot.InfoDataPointSnapshot.builder().labels(build).build()).build());
    }
}
