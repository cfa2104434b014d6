package xfrmtop.view;

import xfrmtop.knowledge.CounterInfo;
import xfrmtop.knowledge.Knowledge;
import xfrmtop.knowledge.NicTables;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Kind;

import java.util.List;

/**
 * The header's diagnosis: of the drop and error counters the knowledge tables describe (every xfrm_stat counter, the
 * NIC counters of the driver tables), the one climbing fastest, with the first of its usual causes (the tables list
 * causes most likely first). Data, not code: a better cause is a table change.
 *
 * @param key   the counter's group (its namespace and, for a NIC, interface)
 */
public record LikelyCause(GroupKey key, String name, double rate, CounterInfo info) {

    /** The fastest-climbing known drop or error counter of the frame (of one namespace, or all when null), or null. */
    public static LikelyCause of(Frame f, String netnsFocus) {
        if (f == null) return null;
        List<GroupRates> stats = f.groups(Kind.XFRM_STAT), nics = f.groups(Kind.NIC);
        LikelyCause best = null;
        // both kinds merged back into frame order: on a tie the counter met first in the frame stays
        for (int i = 0, j = 0; i < stats.size() || j < nics.size(); ) {
            GroupRates g = j >= nics.size() || i < stats.size() && stats.get(i).pos() < nics.get(j).pos()
                    ? stats.get(i++) : nics.get(j++);
            if (netnsFocus != null && !netnsFocus.equals(g.key().netns())) continue;
            for (int c = 0; c < g.size(); c++) {
                double r = g.rate(c);
                if (!(r > 0) || (best != null && r <= best.rate)) continue;
                CounterInfo info = g.key().kind() == Kind.NIC
                        ? NicTables.get().find(g.group().label("driver"), g.name(c))
                        : Knowledge.xfrmStat().find(g.name(c));
                if (info == null || !info.role().alarms()) continue;
                best = new LikelyCause(g.key(), g.name(c), r, info);
            }
        }
        return best;
    }

    /** The most likely cause (the table's first), or the meaning when the table lists none. */
    public String cause() { return info.causes().isEmpty() ? info.meaning() : info.causes().get(0); }

    /** The first command to run. */
    public String next() { return info.next().isEmpty() ? "" : info.next().get(0); }
}
