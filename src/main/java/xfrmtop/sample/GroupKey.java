package xfrmtop.sample;

/**
 * Identity of a group of counters across ticks: kind, network namespace name ("" = the namespace xfrmtop started in)
 * and the instance within it ("" for xfrm_stat, the interface name for a NIC, the SA identity for an SA).
 * A value class rather than a record so that it keeps its hash: every tick looks each group up several times
 * (a record's generated hashCode recomputes it through method handles).
 */
public final class GroupKey {
    private final Kind kind;
    private final String netns;
    private final String instance;
    private final int hash;

    public GroupKey(Kind kind, String netns, String instance) {
        if (kind == null || netns == null || instance == null) throw new NullPointerException("group key part");
        this.kind = kind;
        this.netns = netns;
        this.instance = instance;
        this.hash = (kind.ordinal() * 31 + netns.hashCode()) * 31 + instance.hashCode();
    }

    public static GroupKey xfrmStat(String netns) { return new GroupKey(Kind.XFRM_STAT, netns, ""); }

    public Kind kind() { return kind; }

    public String netns() { return netns; }

    public String instance() { return instance; }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof GroupKey k && hash == k.hash && kind == k.kind && instance.equals(k.instance)
                && netns.equals(k.netns);
    }

    @Override public int hashCode() { return hash; }

    @Override public String toString() { return "GroupKey[kind=" + kind + ", netns=" + netns + ", instance=" + instance + "]"; }
}
