package xfrmtop.view;

import xfrmtop.source.PolicyLabels;

import java.util.Comparator;
import java.util.List;

/** The column registry of the policy view and the policy batch table. */
public final class PolicyColumns {
    private PolicyColumns() {}

    private static final Comparator<PolicyRow> BY_INDEX = Comparator.comparingLong(PolicyRow::index);

    public static final Column<PolicyRow> DIR = new Column<>("dir", "DIR", 9, Align.LEFT, false,
            Comparator.comparing((PolicyRow r) -> r.label(PolicyLabels.DIR)).thenComparingLong(PolicyRow::priority)
                    .thenComparing(BY_INDEX), false,
            r -> r.label(PolicyLabels.DIR), "in, out or fwd; (sock) for per-socket policies");
    public static final Column<PolicyRow> ACTION = new Column<>("action", "ACTION", 6, Align.LEFT, false,
            Comparator.comparing((PolicyRow r) -> r.label(PolicyLabels.ACTION)).thenComparing(BY_INDEX), false,
            r -> r.label(PolicyLabels.ACTION), "allow (protect with the templates' SAs) or block");
    public static final Column<PolicyRow> PRIORITY = new Column<>("priority", "PRIO", 6, Align.RIGHT, false,
            Comparator.comparingLong(PolicyRow::priority).thenComparing(BY_INDEX), false,
            r -> r.label(PolicyLabels.PRIORITY), "priority: the lowest number wins");
    public static final Column<PolicyRow> SELECTOR = new Column<>("selector", "SELECTOR", 44, Align.LEFT, false,
            Comparator.comparing((PolicyRow r) -> r.label(PolicyLabels.SELECTOR)).thenComparing(BY_INDEX), false,
            r -> r.label(PolicyLabels.SELECTOR), "the traffic the policy applies to: addresses, protocol, ports");
    public static final Column<PolicyRow> USED = new Column<>("used", "USED", 7, Align.RIGHT, false,
            Comparator.comparingLong((PolicyRow r) -> r.usedAgo() < 0 ? Long.MAX_VALUE : r.usedAgo())
                    .thenComparing(BY_INDEX), false,
            r -> r.usedAgo() < 0 ? "never" : Durations.of(r.usedAgo()), "time since a packet first used the policy");
    public static final Column<PolicyRow> AGE = new Column<>("age", "AGE", 7, Align.RIGHT, false,
            Comparator.comparingLong(PolicyRow::ageSeconds).thenComparing(BY_INDEX), true,
            r -> Durations.of(r.ageSeconds()), "time since the policy was added");
    public static final Column<PolicyRow> INDEX = new Column<>("index", "INDEX", 8, Align.RIGHT, false, BY_INDEX,
            false, r -> r.label(PolicyLabels.INDEX), "the kernel's policy index");
    public static final Column<PolicyRow> TEMPLATES = new Column<>("tmpl", "TEMPLATES", 20, Align.LEFT, true,
            Comparator.comparing((PolicyRow r) -> r.label(PolicyLabels.TEMPLATES)).thenComparing(BY_INDEX), false,
            r -> r.label(PolicyLabels.TEMPLATES), "the SAs the policy asks for: protocol, mode, tunnel ends, reqid");

    public static final Column<PolicyRow> NETNS = NetnsColumns.of(r -> r.group().key().netns(), DIR.order());

    private static final List<Column<PolicyRow>> PANE = List.of(DIR, ACTION, PRIORITY, SELECTOR, USED, AGE, INDEX,
            TEMPLATES);

    public static List<Column<PolicyRow>> pane() { return PANE; }
}
