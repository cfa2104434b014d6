package xfrmtop.view;

import java.util.Arrays;

/**
 * The rate history of one counter, in constant memory whatever the run length: a ring of the last {@link #RECENT}
 * ticks (8-bit codes, for the sparkline), indexed by tick number so a replay that steps back finds its ticks again,
 * and the whole session in at most {@link #BUCKETS} buckets (16-bit codes, for the detail plot) that double their
 * span and merge pairwise whenever they fill up. A bucket holds the mean rate of its ticks that had one.
 */
public final class Series {
    public static final int RECENT = 60;
    public static final int BUCKETS = 128;

    private final byte[] recent = new byte[RECENT];
    private long newest;                      // tick of the newest ring entry
    private final short[] buckets;            // null: ring only
    private int count, level;                 // full buckets; each spans 2^level ticks
    private long sessionStart, sessionLast;   // first tick of bucket 0; last tick added to the session
    private double sum;                       // the bucket being filled: sum and number of rates, ticks covered
    private int rated, ticks;
    final long startWall;                     // wall-clock ms of the tick the series started at

    /**
     * Starts at a tick (the counter's first move); the ring's ticks before it, back to {@code zerosFrom}, had a rate
     * of 0. The session starts at the tick: a plot draws the time before as 0 (the counter did not move).
     * @param session whether to keep the whole session as well (else the ring only)
     */
    Series(long tick, long zerosFrom, long wallMillis, boolean session) {
        Arrays.fill(recent, RateCodes.NAN8);
        this.buckets = session ? new short[BUCKETS] : null;
        this.startWall = wallMillis;
        for (long t = Math.max(zerosFrom, tick - RECENT + 1); t < tick; t++) recent[slot(t)] = 0;
        newest = tick - 1;
        sessionStart = tick;
        sessionLast = tick - 1;
    }

    private static int slot(long tick) { return (int) Math.floorMod(tick, (long) RECENT); }

    /** The rate of a tick (NaN: none). Ticks skipped since the last one count as no rate. */
    void put(long tick, double rate) {
        if (tick > newest) {
            for (long t = Math.max(newest + 1, tick - RECENT + 1); t < tick; t++) recent[slot(t)] = RateCodes.NAN8;
            newest = tick;
        } else if (tick <= newest - RECENT) {            // far behind the ring (a replay jumped back): start it again
            Arrays.fill(recent, RateCodes.NAN8);
            newest = tick;
        }
        recent[slot(tick)] = RateCodes.encode8(rate);    // (the session's 16-bit code is made when a bucket closes)
        if (buckets == null || tick <= sessionLast) return;   // replayed again after stepping back: already counted
        if (tick > sessionLast + 1) gap(tick - sessionLast - 1);
        addToSession(rate);
        sessionLast = tick;
    }

    /** The rates of the n ticks ending at tick, oldest first; NaN where the ring holds nothing for a tick. */
    void recent(long tick, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            long t = tick - n + 1 + i;
            out[i] = t > newest || t <= newest - RECENT || t < 0 ? Double.NaN : RateCodes.decode8(recent[slot(t)]);
        }
    }

    /** Ticks the session covers so far (the bucket being filled included). */
    long sessionTicks() { return sessionLast - sessionStart + 1; }

    long sessionStart() { return sessionStart; }

    /**
     * The session as points of equal span, oldest first: the full buckets and the one being filled.
     * @return ticks per point (the last point may cover fewer)
     */
    int session(double[] out) {
        if (buckets == null) return 0;
        for (int i = 0; i < count; i++) out[i] = RateCodes.decode16(buckets[i]);
        if (ticks > 0) out[count] = rated == 0 ? Double.NaN : sum / rated;
        return 1 << level;
    }

    /** Number of points {@link #session} writes. */
    int sessionPoints() { return buckets == null ? 0 : count + (ticks > 0 ? 1 : 0); }

    private void addToSession(double rate) {
        if (!Double.isNaN(rate)) {
            sum += rate;
            rated++;
        }
        if (++ticks == 1 << level) closeBucket();
    }

    /** n ticks without a rate, added a whole bucket at a time (a replay that jumps a day ahead stays cheap). */
    private void gap(long n) {
        while (n > 0) {
            long take = Math.min(n, (1L << level) - ticks);
            ticks += (int) take;
            n -= take;
            if (ticks == 1 << level) closeBucket();
        }
    }

    private void closeBucket() {
        buckets[count++] = RateCodes.encode16(rated == 0 ? Double.NaN : sum / rated);
        sum = 0;
        rated = ticks = 0;
        if (count < BUCKETS) return;
        for (int i = 0; i < BUCKETS / 2; i++) {          // full: halve the resolution, keep the whole span
            double a = RateCodes.decode16(buckets[2 * i]), b = RateCodes.decode16(buckets[2 * i + 1]);
            buckets[i] = RateCodes.encode16(Double.isNaN(a) ? b : Double.isNaN(b) ? a : (a + b) / 2);
        }
        count = BUCKETS / 2;
        level++;
    }

    /** Approximate bytes held (for the memory figure). */
    long bytes() { return 64 + 16 + RECENT + (buckets == null ? 0 : 16 + 2L * BUCKETS); }
}
