package xfrmtop.sample;

import java.util.Map;

/**
 * One group of raw counter values read in one tick (xfrm_stat of one namespace, one NIC, one SA).
 *
 * @param monoNanos when this group was read (System.nanoTime); rates use it, so a slow source does not skew others
 * @param names     counter names, shared between ticks while the layout is unchanged
 * @param values    raw values in name order (unsigned 64-bit); never modified after the group is built
 * @param health    whether the values are fresh
 * @param note      a reason or remark for the pane ("" when nothing to say), e.g. why a read failed
 * @param epoch     identity generation (ifindex, namespace inode, ...): a change restarts rates from "no data"
 * @param labels    descriptive labels (driver, SA addresses, ...) for panes, JSON and exports; never key material
 */
public record Group(GroupKey key, long monoNanos, CounterNames names, long[] values, Health health, String note,
                    long epoch, Map<String, String> labels) {

    public Group {
        if (values.length != names.size() && health == Health.OK)
            throw new IllegalArgumentException("values/names length mismatch for " + key);
        note = note == null ? "" : note;
        labels = labels == null ? Map.of() : labels;
    }

    public static Group ok(GroupKey key, long monoNanos, CounterNames names, long[] values, String note) {
        return new Group(key, monoNanos, names, values, Health.OK, note, 0, Map.of());
    }

    /** A group whose read failed or whose object is gone: no values, a reason. */
    public static Group failed(GroupKey key, long monoNanos, Health health, String reason) {
        return new Group(key, monoNanos, CounterNames.EMPTY, new long[0], health, reason, 0, Map.of());
    }

    public String label(String name) { return labels.getOrDefault(name, ""); }
}
