package xfrmtop.view;

import xfrmtop.knowledge.Knowledge;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Figures for the header, computed from a frame. */
public final class Summary {
    private Summary() {}

    /** Sum of the rates of all xfrm_stat drop counters, per second; NaN when no counter has a rate yet. */
    public static double dropRate(Frame f) { return dropRate(f, null); }

    /** The same, for one namespace only (null = all of them). */
    public static double dropRate(Frame f, String netns) {
        if (f == null) return Double.NaN;
        double sum = 0;
        boolean any = false;
        Knowledge k = Knowledge.xfrmStat();
        for (GroupRates g : f.groups(Kind.XFRM_STAT)) {
            if (netns != null && !netns.equals(g.key().netns())) continue;
            for (int i = 0; i < g.size(); i++) {
                double r = g.rate(i);
                if (Double.isNaN(r)) continue;
                any = true;
                if (k.info(g.name(i)).role().alarms()) sum += r;
            }
        }
        return any ? sum : Double.NaN;
    }

    /** The network namespaces the frame holds groups of, sorted by name ("" = the one xfrmtop started in, first). */
    public static List<String> namespaces(Frame f) { return f == null ? List.of() : f.namespaces(); }

    /**
     * Drop rate per namespace, highest first (NaN, no rate yet, last; ties by name), for the header. A namespace
     * whose xfrm_stat could not be read this tick (stale, gone) is left out: its rows and the pane's note say why.
     */
    public static Map<String, Double> dropRateByNetns(Frame f) {
        Map<String, double[]> acc = new TreeMap<>();      // netns -> {sum, any rate seen (0/1)}
        if (f == null) return Map.of();
        Knowledge k = Knowledge.xfrmStat();
        for (GroupRates g : f.groups(Kind.XFRM_STAT)) {
            if (g.health() != Health.OK) continue;
            double[] a = acc.computeIfAbsent(g.key().netns(), n -> new double[2]);
            for (int i = 0; i < g.size(); i++) {
                double r = g.rate(i);
                if (Double.isNaN(r)) continue;
                a[1] = 1;
                if (k.info(g.name(i)).role().alarms()) a[0] += r;
            }
        }
        List<Map.Entry<String, Double>> l = new ArrayList<>(acc.size());
        for (Map.Entry<String, double[]> e : acc.entrySet()) {
            l.add(Map.entry(e.getKey(), e.getValue()[1] == 0 ? Double.NaN : e.getValue()[0]));
        }
        l.sort((a, b) -> Double.compare(orderKey(b.getValue()), orderKey(a.getValue())));
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : l) out.put(e.getKey(), e.getValue());
        return out;
    }

    private static double orderKey(double v) { return Double.isNaN(v) ? -1 : v; }

    /** How a namespace is named on screen: "-" for the one xfrmtop started in. */
    public static String netnsLabel(String netns) { return netns.isEmpty() ? "-" : netns; }
}
