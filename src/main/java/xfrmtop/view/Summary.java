package xfrmtop.view;

import xfrmtop.knowledge.Knowledge;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Kind;

/** Figures for the header, computed from a frame. */
public final class Summary {
    private Summary() {}

    /** Sum of the rates of all xfrm_stat drop counters, per second; NaN when no counter has a rate yet. */
    public static double dropRate(Frame f) {
        if (f == null) return Double.NaN;
        double sum = 0;
        boolean any = false;
        Knowledge k = Knowledge.xfrmStat();
        for (GroupRates g : f.groups()) {
            if (g.key().kind() != Kind.XFRM_STAT) continue;
            for (int i = 0; i < g.size(); i++) {
                double r = g.rate(i);
                if (Double.isNaN(r)) continue;
                any = true;
                if (k.info(g.name(i)).role().alarms()) sum += r;
            }
        }
        return any ? sum : Double.NaN;
    }
}
