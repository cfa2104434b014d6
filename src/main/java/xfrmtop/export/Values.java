package xfrmtop.export;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;

/** Small helpers shared by the metric builders: unsigned values and data points. */
final class Values {
    private Values() {}

    /** A kernel counter is unsigned 64-bit; Prometheus keeps a float64 either way (exact up to 2^53). */
    static double unsigned(long v) { return v >= 0 ? v : (v >>> 1) * 2.0 + (v & 1); }

    static CounterSnapshot.CounterDataPointSnapshot counter(Labels labels, double value) {
        return CounterSnapshot.CounterDataPointSnapshot.builder().labels(labels).value(value).build();
    }

    static GaugeSnapshot.GaugeDataPointSnapshot gauge(Labels labels, double value) {
        return GaugeSnapshot.GaugeDataPointSnapshot.builder().labels(labels).value(value).build();
    }
}
