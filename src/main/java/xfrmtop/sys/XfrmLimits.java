package xfrmtop.sys;

/**
 * An SA's or policy's configured lifetime (struct xfrm_lifetime_cfg). {@link #INF} (all ones) means no limit.
 * Expiry times are seconds after add (or first use); byte and packet limits count what the SA carried.
 */
public record XfrmLimits(long softBytes, long hardBytes, long softPackets, long hardPackets,
                         long softAddSeconds, long hardAddSeconds, long softUseSeconds, long hardUseSeconds) {
    public static final long INF = -1L;
    /** The usual case, shared so a dump of unlimited SAs allocates nothing for it. */
    public static final XfrmLimits NONE = new XfrmLimits(INF, INF, INF, INF, INF, INF, INF, INF);

    // equals and hashCode written out: the generated ones go through method handles (slow under C1, and bootstrapped
    // on first use); a 10,000-SA tick compares thousands of these.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof XfrmLimits l && softBytes == l.softBytes && hardBytes == l.hardBytes
                && softPackets == l.softPackets && hardPackets == l.hardPackets && softAddSeconds == l.softAddSeconds
                && hardAddSeconds == l.hardAddSeconds && softUseSeconds == l.softUseSeconds
                && hardUseSeconds == l.hardUseSeconds;
    }

    @Override
    public int hashCode() {
        long h = softBytes;
        for (long v : new long[] {hardBytes, softPackets, hardPackets, softAddSeconds, hardAddSeconds, softUseSeconds,
                hardUseSeconds}) h = h * 31 + v;
        return Long.hashCode(h);
    }

    public static boolean set(long v) { return v != INF && v != 0; }

    public boolean any() {
        return set(softBytes) || set(hardBytes) || set(softPackets) || set(hardPackets) || set(softAddSeconds)
                || set(hardAddSeconds) || set(softUseSeconds) || set(hardUseSeconds);
    }
}
