package xfrmtop.view;

import xfrmtop.knowledge.CounterInfo;
import xfrmtop.knowledge.Role;
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

    /** Per second; NaN where there is no rate, and always for a gauge (a level, not a count). */
    public double rate() { return gauge() ? Double.NaN : group.rate(index); }

    /** The rate status; a gauge that went down has not been reset. */
    public Status status() {
        Status s = group.status(index);
        return s == Status.RESET && gauge() ? Status.OK : s;
    }

    /** A value that goes up and down (e.g. a peer's ifindex): shown as its value, never as a rate. */
    public boolean gauge() { return info.role() == Role.GAUGE; }

    public String netns() { return group.key().netns(); }

    public String instance() { return group.key().instance(); }

    /** A drop or error counter that is climbing right now. */
    public boolean alarming() { return info.role().alarms() && rate() > 0; }
}
