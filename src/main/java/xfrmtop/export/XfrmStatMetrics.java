package xfrmtop.export;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import xfrmtop.knowledge.CounterInfo;
import xfrmtop.knowledge.Knowledge;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /proc/net/xfrm_stat as one counter family with the kernel's counter name as a label,
 * {@code xfrm_stat_total{netns="",counter="XfrmInNoStates",dir="in"}}: every series counts dropped packets, so sums
 * and topk across counters and gateways mean something, and an alert on rate() keeps the counter that fired. What
 * each counter means (the knowledge table) is in {@code xfrm_stat_meaning_info}, since HELP is per family.
 */
final class XfrmStatMetrics {
    private XfrmStatMetrics() {}

    static void add(Frame f, List<MetricSnapshot> out) {
        Knowledge k = Knowledge.xfrmStat();
        Map<String, CounterInfo> seen = new LinkedHashMap<>();
        CounterSnapshot.Builder c = CounterSnapshot.builder().name(Families.XFRM_STAT.name())
                .help(Families.XFRM_STAT.help());
        boolean any = false;
        for (GroupRates g : f.groups(Kind.XFRM_STAT)) {
            if (g.health() != Health.OK) continue;          // stale or gone: no value we could vouch for
            String netns = g.key().netns();
            for (int i = 0; i < g.size(); i++) {
                CounterInfo info = seen.computeIfAbsent(g.name(i), k::info);
                c.dataPoint(Values.counter(Labels.of("netns", netns, "counter", info.name(), "dir", info.dir()),
                        Values.unsigned(g.total(i))));
                any = true;
            }
        }
        if (!any) return;
        out.add(c.build());
        InfoSnapshot.Builder ib = InfoSnapshot.builder().name(Families.XFRM_STAT_MEANING.name())
                .help(Families.XFRM_STAT_MEANING.help());
        for (CounterInfo info : seen.values()) {
            ib.dataPoint(InfoSnapshot.InfoDataPointSnapshot.builder().labels(Labels.of("counter", info.name(),
                    "dir", info.dir(), "added", info.added(), "meaning", info.meaning())).build());
        }
        out.add(ib.build());
    }
}
