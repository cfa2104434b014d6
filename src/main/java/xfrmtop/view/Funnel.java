package xfrmtop.view;

import xfrmtop.knowledge.FunnelTable;
import xfrmtop.knowledge.Knowledge;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.source.SaCounters;
import xfrmtop.source.SaLabels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.WeakHashMap;

/**
 * The cross-layer funnel of a frame: per network namespace and direction, packets per second at the NIC (the counters
 * nic/funnel.tsv names: offloaded packets, and NIC drops), on the SAs (packets of the SAs of that direction) and
 * dropped by XFRM (the xfrm_stat counters of that direction; fwd counts as in), so a loss between layers shows
 * (NIC decrypts 10k/s, the SAs count 9k/s, XfrmInStateSeqError 1k/s). NaN where a layer has no data (no offload NIC,
 * no SA dump). One instance per consumer thread (it caches which NIC counters feed it, per name layout).
 */
public final class Funnel {
    public static final List<String> DIRS = List.of("in", "out");

    /**
     * One direction of one namespace, all per second.
     *
     * @param topDrop     the xfrm_stat counter of this direction dropping most ("" when none climbs)
     * @param saUnknown   SAs whose direction is not known (kernels before 6.10 without a matching policy): not counted
     */
    public record Row(String netns, String dir, double nicPackets, double nicDrops, double saPackets, double xfrmDrops,
                      String topDrop, double topDropRate, int sas, int saUnknown) {

        /** Packets the NIC processed that neither reached an SA nor were dropped by XFRM; NaN without NIC counters. */
        public double gap() {
            if (Double.isNaN(nicPackets)) return Double.NaN;
            return nicPackets - (Double.isNaN(saPackets) ? 0 : saPackets) - (Double.isNaN(xfrmDrops) ? 0 : xfrmDrops);
        }
    }

    private final WeakHashMap<CounterNames, Map.Entry<String, FunnelTable.Entry[]>> layouts = new WeakHashMap<>();

    /** The rows of every namespace (or only the focused one), in namespace order, "in" before "out". */
    public List<Row> rows(Frame f, String netnsFocus) {
        TreeSet<String> namespaces = new TreeSet<>();
        for (GroupRates g : f.groups(Kind.XFRM_STAT)) namespaces.add(g.key().netns());
        List<Row> out = new ArrayList<>();
        for (String ns : namespaces) {
            if (netnsFocus != null && !netnsFocus.equals(ns)) continue;
            for (String dir : DIRS) out.add(row(f, ns, dir));
        }
        return out;
    }

    private Row row(Frame f, String ns, String dir) {
        Sum nicPackets = new Sum(), nicDrops = new Sum(), sa = new Sum(), drops = new Sum();
        String top = "";
        double topRate = 0;
        int sas = 0, unknown = 0;
        boolean dumped = false;
        for (GroupRates g : f.groups()) {
            if (!g.key().netns().equals(ns)) continue;
            switch (g.key().kind()) {
                case NIC -> {
                    FunnelTable.Entry[] map = layout(g);
                    for (int i = 0; i < map.length; i++) {
                        if (map[i] == null || !map[i].dir().equals(dir)) continue;
                        (map[i].stage() == FunnelTable.Stage.PACKETS ? nicPackets : nicDrops).add(g.rate(i));
                    }
                }
                case SA -> {
                    if (g.key().instance().isEmpty()) {
                        dumped |= g.health() == Health.OK;
                        continue;
                    }
                    if (g.size() <= SaCounters.PACKETS) continue;
                    String d = g.group().label(SaLabels.DIR);
                    if (d.isEmpty()) {
                        unknown++;
                    } else if (d.equals(dir)) {
                        sas++;
                        sa.add(g.rate(SaCounters.PACKETS));
                    }
                }
                case XFRM_STAT -> {
                    Knowledge k = Knowledge.xfrmStat();
                    for (int i = 0; i < g.size(); i++) {
                        String d = k.info(g.name(i)).dir();
                        if (!(d.equals(dir) || (d.equals("fwd") && dir.equals("in")))) continue;
                        double r = g.rate(i);
                        drops.add(r);
                        if (r > topRate) {
                            topRate = r;
                            top = g.name(i);
                        }
                    }
                }
                default -> { }
            }
        }
        double saRate = sa.value();
        if (Double.isNaN(saRate) && dumped) saRate = sas == 0 ? 0 : Double.NaN;   // the dump worked: no SA, no packets
        return new Row(ns, dir, nicPackets.value(), nicDrops.value(), saRate, drops.value(), top, topRate, sas, unknown);
    }

    /** Which counter of a NIC group feeds the funnel, looked up once per name layout and driver. */
    private FunnelTable.Entry[] layout(GroupRates g) {
        String driver = g.group().label("driver");
        Map.Entry<String, FunnelTable.Entry[]> l = layouts.get(g.names());
        if (l != null && l.getKey().equals(driver)) return l.getValue();
        FunnelTable.Entry[] map = new FunnelTable.Entry[g.size()];
        FunnelTable t = FunnelTable.get();
        for (int i = 0; i < map.length; i++) map[i] = t.find(driver, g.name(i));
        layouts.put(g.names(), Map.entry(driver, map));
        return map;
    }

    /** A sum of rates that is NaN until some rate is known (no data is not 0). */
    private static final class Sum {
        double sum;
        boolean any;

        void add(double r) {
            if (Double.isNaN(r)) return;
            sum += r;
            any = true;
        }

        double value() { return any ? sum : Double.NaN; }
    }
}
