package xfrmtop.rate;

import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;

/**
 * Rates for one group in one frame, column-wise (no object per counter: a NIC can have 2,500 counters, a gateway
 * 10,000 SAs). Arrays are filled by the {@link Calculator} and never modified afterwards.
 */
public final class GroupRates {
    /** {@link #sinceChange} value for a counter that never moved. */
    public static final int NEVER = Integer.MAX_VALUE;

    final Group group;
    final long[] totals;
    final double[] rates;       // per second; NaN when there is no rate
    final long[] moved;         // sum of increases since the counter was first seen (reset-safe)
    final byte[] status;        // Status ordinals
    final int[] sinceChange;    // ticks since the value last changed; 0 = this tick; NEVER
    final int goneTicks;        // how many ticks this group has been absent or gone
    int pos;                    // index in its frame's groups (set by the frame before anyone else sees it)

    /** @param totals the raw values, shared with the group (neither is ever modified) */
    GroupRates(Group group, CounterNames names, long[] totals, int goneTicks) {
        int n = names.size();
        this.group = group;
        this.totals = totals;
        this.rates = new double[n];
        this.moved = new long[n];
        this.status = new byte[n];
        this.sinceChange = new int[n];
        this.goneTicks = goneTicks;
        this.names = names;
    }

    private final CounterNames names;

    public GroupKey key() { return group.key(); }

    /** The group as last read (for a stale or gone group: the reason is in its note, labels are the last known). */
    public Group group() { return group; }

    public CounterNames names() { return names; }

    public int size() { return totals.length; }

    public String name(int i) { return names.name(i); }

    /** Raw value (unsigned 64-bit); for a stale or gone group, the last value read. */
    public long total(int i) { return totals[i]; }

    /** Per second, or NaN when the status has no rate. */
    public double rate(int i) { return rates[i]; }

    /** Increase since first seen, across resets; the DELTA column subtracts the baseline's value of this. */
    public long moved(int i) { return moved[i]; }

    public Status status(int i) { return Status.of(status[i]); }

    public int sinceChange(int i) { return sinceChange[i]; }

    public boolean everMoved(int i) { return sinceChange[i] != NEVER; }

    public Health health() { return group.health(); }

    public String note() { return group.note(); }

    public int goneTicks() { return goneTicks; }
}
