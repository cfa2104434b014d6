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
 * growing age, not as frozen counters), read errors and whether each source is up, SA series the cardinality guard
 * left out, and the build.
 */
final class HealthMetrics {
    private HealthMetrics() {}

    /** @param nowNanos System.nanoTime() of the scrape */
    static void add(ExportState s, long nowNanos, Labels build, List<MetricSnapshot> out) {
        out.add(CounterSnapshot.builder().name(Families.SAMPLES.name()).help(Families.SAMPLES.help())
                .dataPoint(Values.counter(Labels.EMPTY, s.samples())).build());
        if (s.frame() != null) {
            out.add(GaugeSnapshot.builder().name(Families.SAMPLE_AGE.name()).unit(Unit.SECONDS)
                    .help(Families.SAMPLE_AGE.help())
                    .dataPoint(Values.gauge(Labels.EMPTY, (nowNanos - s.frame().sample().monoNanos()) / 1e9)).build());
        }
        CounterSnapshot.Builder errors = CounterSnapshot.builder().name(Families.READ_ERRORS.name())
                .help(Families.READ_ERRORS.help());
        for (Map.Entry<ExportState.SourceId, Long> e : s.readErrors().entrySet()) {
            errors.dataPoint(Values.counter(Labels.of("source", e.getKey().source(), "netns", e.getKey().netns()),
                    e.getValue()));
        }
        if (!s.readErrors().isEmpty()) out.add(errors.build());
        GaugeSnapshot.Builder up = GaugeSnapshot.builder().name(Families.SOURCE_UP.name()).help(Families.SOURCE_UP.help());
        for (Map.Entry<ExportState.SourceId, Boolean> e : s.up().entrySet()) {
            up.dataPoint(Values.gauge(Labels.of("source", e.getKey().source(), "netns", e.getKey().netns()),
                    e.getValue() ? 1 : 0));
        }
        if (!s.up().isEmpty()) out.add(up.build());
        out.add(GaugeSnapshot.builder().name(Families.SA_DROPPED.name()).help(Families.SA_DROPPED.help())
                .dataPoint(Values.gauge(Labels.EMPTY, s.saDropped())).build());
        out.add(InfoSnapshot.builder().name(Families.BUILD.name()).help(Families.BUILD.help())
                .dataPoint(InfoSnapshot.InfoDataPointSnapshot.builder().labels(build).build()).build());
    }
}
