package xfrmtop.sample;

/**
 * Identity of a group of counters across ticks: kind, network namespace name ("" = the namespace xfrmtop started in)
 * and the instance within it ("" for xfrm_stat, the interface name for a NIC, the SA identity for an SA).
 */
public record GroupKey(Kind kind, String netns, String instance) {
    public GroupKey {
        if (kind == null || netns == null || instance == null) throw new NullPointerException("group key part");
    }

    public static GroupKey xfrmStat(String netns) { return new GroupKey(Kind.XFRM_STAT, netns, ""); }

    // Written out: the record's generated equals and hashCode are bootstrapped through method handles on first use
    // (about 20 ms of start-up), and every tick hashes a key per group.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof GroupKey k && kind == k.kind && netns.equals(k.netns) && instance.equals(k.instance);
    }

    @Override
    public int hashCode() { return (kind.ordinal() * 31 + netns.hashCode()) * 31 + instance.hashCode(); }
}
