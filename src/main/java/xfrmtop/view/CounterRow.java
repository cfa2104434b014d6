package xfrmtop.view;

import xfrmtop.knowledge.CounterInfo;
import xfrmtop.knowledge.Role;
import xfrmtop.rate.GroupRates;
import xfrmtop.rate.Status;

/**
 * One counter of one group, as a table row. The rate and whether it alarms are worked out once, when the row is made:
 * sorting a NIC pane of 20,000 counters compares them hundreds of thousands of times. The delta is the increase
 * since the baseline (the start, or the last press of the baseline key); the info is the counter's meaning, direction
 * and role from the knowledge table.
 */
public final class CounterRow {
    private final GroupRates group;
    private final int index;
    private final long delta;
    private final CounterInfo info;
    private final double rate;
    private final boolean alarming;

    public CounterRow(GroupRates group, int index, long delta, CounterInfo info) {
        this.group = group;
        this.index = index;
        this.delta = delta;
        this.info = info;
        this.rate = info.role() == Role.GAUGE ? Double.NaN : group.rate(index);
        this.alarming = info.role().alarms() && rate > 0;
    }

    public GroupRates group() { return group; }

    public int index() { return index; }

    public long delta() { return delta; }

    public CounterInfo info() { return info; }

    public String name() { return group.name(index); }

    public long total() { return group.total(index); }

    /** Per second; NaN where there is no rate, and always for a gauge (a level, not a count). */
    public double rate() { return rate; }

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
    public boolean alarming() { return alarming; }

    @Override
    public boolean equals(Object o) {
        return o instanceof CounterRow r && r.group == group && r.index == index && r.delta == delta && r.info.equals(info);
    }

    @Override
    public int hashCode() { return (System.identityHashCode(group) * 31 + index) * 31 + Long.hashCode(delta); }

    @Override
    public String toString() { return "CounterRow[" + instance() + " " + name() + " delta=" + delta + "]"; }
}
