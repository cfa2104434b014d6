package xfrmtop.export;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Group;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;

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
    /** Group labels exported, in this order, plus netns; mark keeps two SAs apart that differ only by it. */
    private static final String[] LABELS = {"src", "dst", "spi", "proto", "reqid", "dir", "mark"};
    private static final String[] ERRORS = {"replay_window", "replay", "integrity_failed"};

    private SaMetrics() {}

    /** An SA's group (the dump's own group has no instance). */
    static boolean isSa(GroupRates g) { return g.key().kind() == Kind.SA && !g.key().instance().isEmpty(); }

    static void add(ExportState s, List<MetricSnapshot> out) {
        Frame f = s.frame();
        CounterSnapshot.Builder bytes = CounterSnapshot.builder().name("xfrm_sa_bytes").unit(Unit.BYTES)
                .help("Bytes through the SA (the kernel's lifetime byte count: payload before ESP)");
        CounterSnapshot.Builder packets = CounterSnapshot.builder().name("xfrm_sa_packets")
                .help("Packets through the SA");
        CounterSnapshot.Builder errors = CounterSnapshot.builder().name("xfrm_sa_errors")
                .help("Packets the SA dropped, by error: replay_window (outside the anti-replay window), replay "
                        + "(sequence number seen before), integrity_failed (authentication check failed)");
        GaugeSnapshot.Builder sas = GaugeSnapshot.builder().name("xfrm_sas").help("SAs in the namespace's SA database");
        GaugeSnapshot.Builder policies = GaugeSnapshot.builder().name("xfrm_policies")
                .help("XFRM policies in the namespace's policy database");
        Set<Labels> written = new HashSet<>();
        int[] index = null;
        CounterNames indexed = null;
        boolean anySa = false, anyDump = false;
        for (GroupRates g : f.groups(Kind.SA)) {
            if (g.health() != Health.OK) continue;
            if (!isSa(g)) {
                anyDump |= dump(g, sas, policies);
                continue;
            }
            if (!s.admittedSas().contains(g.key())) continue;
            if (g.names() != indexed) {                       // SA groups share one layout: look names up once
                indexed = g.names();
                index = indexes(indexed);
            }
            Labels labels = labels(g);
            if (!written.add(labels)) continue;                // same identity twice would fail the whole scrape
            anySa = true;
            if (index[0] >= 0) bytes.dataPoint(Values.counter(labels, Values.unsigned(g.total(index[0]))));
            if (index[1] >= 0) packets.dataPoint(Values.counter(labels, Values.unsigned(g.total(index[1]))));
            for (int e = 0; e < ERRORS.length; e++) {
                if (index[2 + e] >= 0) {
                    errors.dataPoint(Values.counter(labels.add("error", ERRORS[e]), Values.unsigned(g.total(index[2 + e]))));
                }
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

    private static boolean dump(GroupRates g, GaugeSnapshot.Builder sas, GaugeSnapshot.Builder policies) {
        int a = g.names().indexOf("sas"), p = g.names().indexOf("policies");
        Labels netns = Labels.of("netns", g.key().netns());
        if (a >= 0) sas.dataPoint(Values.gauge(netns, Values.unsigned(g.total(a))));
        if (p >= 0) policies.dataPoint(Values.gauge(netns, Values.unsigned(g.total(p))));
        return a >= 0 || p >= 0;
    }

    private static int[] indexes(CounterNames n) {
        int[] ix = new int[2 + ERRORS.length];
        ix[0] = n.indexOf("bytes");
        ix[1] = n.indexOf("packets");
        for (int e = 0; e < ERRORS.length; e++) ix[2 + e] = n.indexOf(ERRORS[e]);
        return ix;
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
