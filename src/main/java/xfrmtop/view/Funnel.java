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
import java.util.TreeMap;
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
        Map<String, Acc[]> byNs = new TreeMap<>();
        for (GroupRates g : f.groups(Kind.XFRM_STAT)) {
            if (netnsFocus == null || netnsFocus.equals(g.key().netns())) byNs.computeIfAbsent(g.key().netns(), n -> pair());
        }
        Knowledge k = Knowledge.xfrmStat();
        for (GroupRates g : f.groups()) {                 // one pass over the frame, whatever the number of namespaces
            Acc[] a = byNs.get(g.key().netns());
            if (a == null) continue;
            switch (g.key().kind()) {
                case NIC -> {
                    FunnelTable.Entry[] map = layout(g);
                    for (int i = 0; i < map.length; i++) {
                        if (map[i] == null) continue;
                        Acc x = a[map[i].dir().equals("in") ? 0 : 1];
                        (map[i].stage() == FunnelTable.Stage.PACKETS ? x.nicPackets : x.nicDrops).add(g.rate(i));
                    }
                }
                case SA -> {
                    if (g.key().instance().isEmpty()) {
                        if (g.health() == Health.OK) a[0].dumped = a[1].dumped = true;
                        continue;
                    }
                    if (g.size() <= SaCounters.PACKETS) continue;
                    String d = g.group().label(SaLabels.DIR);
                    if (d.isEmpty()) {
                        a[0].unknown++;
                        a[1].unknown++;
                        continue;
                    }
                    Acc x = a[d.equals("in") ? 0 : 1];
                    x.sas++;
                    x.sa.add(g.rate(SaCounters.PACKETS));
                }
                case XFRM_STAT -> {
                    for (int i = 0; i < g.size(); i++) {
                        String d = k.info(g.name(i)).dir();
                        if (d.equals("-")) continue;
                        Acc x = a[d.equals("out") ? 1 : 0];              // fwd drops count as in
                        double r = g.rate(i);
                        x.drops.add(r);
                        if (r > x.topRate) {
                            x.topRate = r;
                            x.top = g.name(i);
                        }
                    }
                }
                default -> { }
            }
        }
        List<Row> out = new ArrayList<>(byNs.size() * 2);
        byNs.forEach((ns, a) -> {
            for (int d = 0; d < 2; d++) out.add(a[d].row(ns, DIRS.get(d)));
        });
        return out;
    }

    private static Acc[] pair() { return new Acc[] {new Acc(), new Acc()}; }

    /** One direction of one namespace, being added up. */
    private static final class Acc {
        final Sum nicPackets = new Sum(), nicDrops = new Sum(), sa = new Sum(), drops = new Sum();
        String top = "";
        double topRate;
        int sas, unknown;
        boolean dumped;

        Row row(String ns, String dir) {
            double saRate = sa.value();
            if (Double.isNaN(saRate) && dumped && sas == 0) saRate = 0;     // the dump worked: no SA, no packets
            return new Row(ns, dir, nicPackets.value(), nicDrops.value(), saRate, drops.value(), top, topRate, sas, unknown);
        }
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
