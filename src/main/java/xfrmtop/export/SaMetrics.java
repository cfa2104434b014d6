package xfrmtop.export;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Group;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.source.SaCounters;
import xfrmtop.source.SaLabels;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Per-SA counters: bytes, packets and the three per-SA error counters, labelled with the SA's identity (never key
 * material: only these label names are copied from the group). Only SAs the cardinality guard admitted are written;
 * an SA that is gone is simply absent, so its series end. The SA dump's own group (instance "") gives the number of
 * SAs and policies per namespace.
 */
final class SaMetrics {
    /** Series one SA costs: bytes, packets, and errors for replay_window, replay and integrity_failed. */
    static final int SERIES_PER_SA = 5;
    /** Group labels exported, plus netns; mark keeps two SAs apart that differ only by it (the kernel's SA key). */
    private static final String[] LABELS = {SaLabels.SRC, SaLabels.DST, SaLabels.SPI, SaLabels.PROTO, SaLabels.REQID,
        SaLabels.DIR, SaLabels.MARK};
    /** The error counters, by index in {@link SaCounters#SA}; their names are the error label's values. */
    private static final int[] ERRORS = {SaCounters.REPLAY_WINDOW, SaCounters.REPLAY, SaCounters.INTEGRITY_FAILED};

    private SaMetrics() {}

    /** An SA's group (the dump's own group has no instance). */
    static boolean isSa(GroupRates g) { return g.key().kind() == Kind.SA && !g.key().instance().isEmpty(); }

    static void add(ExportState s, List<MetricSnapshot> out) {
        Frame f = s.frame();
        CounterSnapshot.Builder bytes = CounterSnapshot.builder().name(Families.SA_BYTES.name()).unit(Unit.BYTES)
                .help(Families.SA_BYTES.help());
        CounterSnapshot.Builder packets = CounterSnapshot.builder().name(Families.SA_PACKETS.name())
                .help(Families.SA_PACKETS.help());
        CounterSnapshot.Builder errors = CounterSnapshot.builder().name(Families.SA_ERRORS.name())
                .help(Families.SA_ERRORS.help());
        GaugeSnapshot.Builder sas = GaugeSnapshot.builder().name(Families.SAS.name()).help(Families.SAS.help());
        GaugeSnapshot.Builder policies = GaugeSnapshot.builder().name(Families.POLICIES.name())
                .help(Families.POLICIES.help());
        Set<Labels> written = new HashSet<>();
        boolean anySa = false, anyDump = false;
        for (GroupRates g : f.groups(Kind.SA)) {
            if (g.health() != Health.OK) continue;
            if (!isSa(g)) {
                if (g.names() == SaCounters.STATUS) {
                    Labels netns = Labels.of("netns", g.key().netns());
                    sas.dataPoint(Values.gauge(netns, g.total(SaCounters.STATUS_SAS)));
                    policies.dataPoint(Values.gauge(netns, g.total(SaCounters.STATUS_POLICIES)));
                    anyDump = true;
                }
                continue;
            }
            if (g.names() != SaCounters.SA || !s.admittedSas().contains(g.key())) continue;
            Labels labels = labels(g);
            if (!written.add(labels)) continue;                // same identity twice would fail the whole scrape
            anySa = true;
            bytes.dataPoint(Values.counter(labels, Values.unsigned(g.total(SaCounters.BYTES))));
            packets.dataPoint(Values.counter(labels, Values.unsigned(g.total(SaCounters.PACKETS))));
            for (int e : ERRORS) {
                errors.dataPoint(Values.counter(labels.add("error", SaCounters.SA.name(e)), Values.unsigned(g.total(e))));
            }
        }
        if (anySa) {
            out.add(bytes.build());
            out.add(packets.build());
            out.add(errors.build());
        }
        if (anyDump) {
            out.add(sas.build());
            out.add(policies.build());
        }
    }

    private static Labels labels(GroupRates g) {
        Group group = g.group();
        String[] names = new String[LABELS.length + 1], values = new String[LABELS.length + 1];
        for (int i = 0; i < LABELS.length; i++) {
            names[i] = LABELS[i];
            values[i] = group.label(LABELS[i]);
        }
        names[LABELS.length] = "netns";
        values[LABELS.length] = g.key().netns();
        return Labels.of(names, values);
    }
}
