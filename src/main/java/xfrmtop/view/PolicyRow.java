package xfrmtop.view;

import xfrmtop.rate.GroupRates;
import xfrmtop.rate.Status;
import xfrmtop.source.PolicyLabels;
import xfrmtop.source.SaCounters;

/** One policy as a table row, with the wall-clock second of the frame (for its age and last use). */
public record PolicyRow(GroupRates group, long nowSeconds) {

    public String label(String name) { return group.group().label(name); }

    public String id() { return group.key().netns() + '\u0000' + group.key().instance(); }

    public long index() { return Long.parseLong(group.key().instance()); }

    public long priority() {
        try {
            return Long.parseLong(label(PolicyLabels.PRIORITY));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public Status status() {
        return group.size() == 0 ? Status.STALE : group.status(SaCounters.POLICY_USE_TIME);
    }

    public long ageSeconds() { return since(group.size() == 0 ? 0 : group.total(SaCounters.POLICY_ADD_TIME)); }

    /** Seconds since the policy last matched a packet; -1 = never used. */
    public long usedAgo() { return since(group.size() == 0 ? 0 : group.total(SaCounters.POLICY_USE_TIME)); }

    private long since(long t) { return t <= 0 ? -1 : Math.max(0, nowSeconds - t); }

    public String searchText() {
        return label(PolicyLabels.DIR) + ' ' + label(PolicyLabels.ACTION) + ' ' + label(PolicyLabels.SELECTOR) + ' '
                + label(PolicyLabels.TEMPLATES);
    }
}
