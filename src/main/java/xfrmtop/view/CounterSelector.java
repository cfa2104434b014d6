package xfrmtop.view;

import xfrmtop.knowledge.CounterInfo;
import xfrmtop.knowledge.Knowledge;
import xfrmtop.rate.GroupRates;

/** Which counters of a group a pane shows (before the typed filter) and what the knowledge tables say about each. */
public interface CounterSelector {
    boolean shows(GroupRates g, int i);

    CounterInfo info(GroupRates g, int i);

    /** xfrm_stat: every counter, described by the xfrm_stat table. */
    CounterSelector XFRM_STAT = new CounterSelector() {
        @Override public boolean shows(GroupRates g, int i) { return true; }

        @Override public CounterInfo info(GroupRates g, int i) { return Knowledge.xfrmStat().info(g.name(i)); }
    };
}
