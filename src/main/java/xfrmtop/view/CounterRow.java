package xfrmtop.view;

import xfrmtop.knowledge.CounterInfo;
import xfrmtop.rate.GroupRates;
import xfrmtop.rate.Status;

/**
 * One counter of one group, as a table row.
 *
 * @param delta increase since the baseline (the start, or the last press of the baseline key)
 * @param info  meaning, direction and role from the knowledge table
 */
public record CounterRow(GroupRates group, int index, long delta, CounterInfo info) {

    public String name() { return group.name(index); }

    public long total() { return group.total(index); }

    public double rate() { return group.rate(index); }

    public Status status() { return group.status(index); }

    public String netns() { return group.key().netns(); }

    public String instance() { return group.key().instance(); }

    /** A drop or error counter that is climbing right now. */
    public boolean alarming() { return info.role().alarms() && rate() > 0; }
}
