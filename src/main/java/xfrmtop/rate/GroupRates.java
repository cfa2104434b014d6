package xfrmtop.rate;

import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;

/**
 * Rates for one group in one frame, column-wise (no object per counter: a NIC can have 2,500 counters, a gateway
 * 10,000 SAs). Filled by the {@link Calculator} and never modified afterwards. A rate is not stored: it is the
 * difference to the previous read over the interval, worked out when asked; nor is how much a counter moved since
 * first seen: it is the value less a base that only changes at a reset. A frame holds one new array per group (the
 * values, the group's own) and one state array for all its groups, each group a slice of it; it shares the previous
 * read's values and the base (a 10,000-SA frame is 40 % smaller than with every figure stored, and the garbage
 * collector copies that much less each tick; the shared state array is one object instead of one per SA).
 */
public final class GroupRates {
    /** {@link #sinceChange} value for a counter that never moved. */
    public static final int NEVER = Integer.MAX_VALUE;

    // state[at + i]: the Status ordinal in the top 3 bits, ticks since the value last changed in the other 29
    static final int SINCE_BITS = 29, SINCE_MASK = (1 << SINCE_BITS) - 1, SINCE_NEVER = SINCE_MASK;

    final Group group;
    final long[] totals;
    long[] base;                // totals - base = the sum of increases since first seen (reset-safe)
    final int[] state;          // the frame's, shared by all its groups: this group's slice starts at `at`
    final int at;
    final int goneTicks;        // how many ticks this group has been absent or gone
    long[] before;              // the previous read's values, index for index, where the status is OK; else null
                                // (null too in a checkpoint's copy: Calculator.predecessor)
    double dtS;                 // seconds between that read and this one
    int pos;                    // index in its frame's groups (set by the frame before anyone else sees it)
    private final CounterNames names;

    /** @param totals the raw values, shared with the group (neither is ever modified) */
    GroupRates(Group group, CounterNames names, long[] totals, int goneTicks, int[] state, int at) {
        this.group = group;
        this.names = names;
        this.totals = totals;
        this.state = state;
        this.at = at;
        this.goneTicks = goneTicks;
    }

    void state(int i, Status s, int since) { state[at + i] = state(s, since); }

    static int state(Status s, int since) {
        return s.ordinal() << SINCE_BITS | (since == NEVER ? SINCE_NEVER : Math.min(since, SINCE_NEVER - 1));
    }

    public GroupKey key() { return group.key(); }

    /** Index in its frame's groups (frame order, for merging the frame's lists of different kinds). */
    public int pos() { return pos; }

    /** The group as last read (for a stale or gone group: the reason is in its note, labels are the last known). */
    public Group group() { return group; }

    public CounterNames names() { return names; }

    public int size() { return totals.length; }

    public String name(int i) { return names.name(i); }

    /** Raw value (unsigned 64-bit); for a stale or gone group, the last value read. */
    public long total(int i) { return totals[i]; }

    /** Per second, or NaN when the status has no rate. */
    public double rate(int i) {
        return state[at + i] >>> SINCE_BITS == Status.OK.ordinal() && before != null ? (totals[i] - before[i]) / dtS
                : Double.NaN;
    }

    /** Increase since first seen, across resets; the DELTA column subtracts the baseline's value of this. */
    public long moved(int i) { return totals[i] - base[i]; }

    public Status status(int i) { return Status.of(state[at + i] >>> SINCE_BITS); }

    public int sinceChange(int i) {
        int s = state[at + i] & SINCE_MASK;
        return s == SINCE_NEVER ? NEVER : s;
    }

    public boolean everMoved(int i) { return (state[at + i] & SINCE_MASK) != SINCE_NEVER; }

    public Health health() { return group.health(); }

    public String note() { return group.note(); }

    public int goneTicks() { return goneTicks; }
}
