package xfrmtop.export;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import xfrmtop.knowledge.CounterInfo;
import xfrmtop.knowledge.Role;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.view.NicSelection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * NIC counters (ethtool -S), the ones the NIC pane and batch output show (-i, --nic-filter, the driver tables), not
 * every one of a ConnectX port's 2,500: one counter family with the driver's counter name as a label, gauges (a
 * level such as veth's peer_ifindex) in a family of their own, and the driver tables' meanings as an info metric.
 */
final class NicMetrics {
    /** Decisions are cached per name layout; the selection is not thread-safe and scrapes may overlap. */
    private final NicSelection selection;

    NicMetrics(NicSelection selection) { this.selection = selection; }

    synchronized void add(Frame f, List<MetricSnapshot> out) {
        CounterSnapshot.Builder counters = CounterSnapshot.builder().name(Families.NIC_STAT.name())
                .help(Families.NIC_STAT.help());
        GaugeSnapshot.Builder levels = GaugeSnapshot.builder().name(Families.NIC_VALUE.name())
                .help(Families.NIC_VALUE.help());
        Map<List<String>, CounterInfo> meanings = new LinkedHashMap<>();    // (driver, counter) -> table entry
        boolean anyCounter = false, anyLevel = false;
        for (GroupRates g : f.groups(Kind.NIC)) {
            if (g.health() != Health.OK) continue;
            String driver = g.group().label("driver"), iface = g.key().instance(), netns = g.key().netns();
            for (int i = 0; i < g.size(); i++) {
                if (!selection.shows(g, i)) continue;
                CounterInfo info = selection.info(g, i);
                Labels labels = Labels.of("netns", netns, "iface", iface, "driver", driver, "counter", g.name(i),
                        "dir", info.dir());
                if (info.role() == Role.GAUGE) {
                    levels.dataPoint(Values.gauge(labels, Values.unsigned(g.total(i))));
                    anyLevel = true;
                } else {
                    counters.dataPoint(Values.counter(labels, Values.unsigned(g.total(i))));
                    anyCounter = true;
                }
                meanings.putIfAbsent(List.of(driver, g.name(i)), info);
            }
        }
        if (anyCounter) out.add(counters.build());
        if (anyLevel) out.add(levels.build());
        if (meanings.isEmpty()) return;
        InfoSnapshot.Builder ib = InfoSnapshot.builder().name(Families.NIC_MEANING.name()).help(Families.NIC_MEANING.help());
        meanings.forEach((k, info) -> ib.dataPoint(InfoSnapshot.InfoDataPointSnapshot.builder().labels(Labels.of(
                "driver", k.get(0), "counter", k.get(1), "dir", info.dir(), "role",
                info.role().name().toLowerCase(Locale.ROOT), "meaning", info.meaning())).build()));
        out.add(ib.build());
    }
}
