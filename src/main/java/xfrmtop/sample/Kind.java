package xfrmtop.sample;

/** Which kind of counters a group holds; each kind has a pane of its own. */
public enum Kind {
    /** /proc/net/xfrm_stat: one group per network namespace. */
    XFRM_STAT,
    /** ethtool -S driver statistics: one group per interface. */
    NIC,
    /** per-SA counters from XFRM netlink: one group per SA. */
    SA,
    /** XFRM policies (no traffic counters: add and use time only): one group per policy. */
    POLICY,
    /** The XFRM event listener of a namespace: how many events of each kind it has seen (the events are in the sample). */
    EVENTS
}
