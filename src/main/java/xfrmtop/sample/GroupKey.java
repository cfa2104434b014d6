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
}
