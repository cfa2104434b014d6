package xfrmtop.batch;

import xfrmtop.rate.Frame;
import xfrmtop.source.PolicyLabels;
import xfrmtop.view.Column;
import xfrmtop.view.NetnsColumns;
import xfrmtop.view.PolicyColumns;
import xfrmtop.view.PolicyRow;
import xfrmtop.view.SaTables;

import java.util.List;

/** The policy rows: index, direction, action, priority, selector, templates, times, status; in index order. */
final class PolicySection implements Section {
    private static final String[] LABELS = {PolicyLabels.DIR, PolicyLabels.ACTION, PolicyLabels.SRC, PolicyLabels.DST,
        PolicyLabels.PROTO, PolicyLabels.SPORT, PolicyLabels.DPORT, PolicyLabels.DEV, PolicyLabels.SELECTOR,
        PolicyLabels.TEMPLATES, PolicyLabels.MARK, PolicyLabels.IF_ID, PolicyLabels.TYPE};
    private final List<Column<PolicyRow>> columns = PolicyColumns.pane();
    private final int byIndex = columns.indexOf(PolicyColumns.INDEX);
    private final List<Column<PolicyRow>> multi = NetnsColumns.withNetns(PolicyColumns.NETNS, columns);

    @Override public String field() { return "policies"; }

    @Override
    public void json(Frame f, StringBuilder sb) {
        sb.append('[');
        boolean first = true;
        for (PolicyRow r : SaTables.policies(f, "", columns, byIndex, false)) {
            if (!first) sb.append(',');
            first = false;
            sb.append('{');
            Json.field(sb, "netns");
            Json.string(sb, r.group().key().netns());
            sb.append(",\"index\":").append(r.index());
            sb.append(",\"priority\":").append(r.priority());
            for (String l : LABELS) {
                String v = r.label(l);
                if (v.isEmpty() && !l.equals(PolicyLabels.DEV)) continue;
                sb.append(',');
                Json.field(sb, l);
                Json.string(sb, v);
            }
            sb.append(",\"age_s\":").append(Math.max(0, r.ageSeconds()));
            sb.append(",\"used_s_ago\":");
            if (r.usedAgo() < 0) sb.append("null");
            else sb.append(r.usedAgo());
            sb.append(',');
            Json.field(sb, "status");
            Json.string(sb, r.status().json());
            sb.append('}');
        }
        sb.append(']');
    }

    @Override
    public void text(Frame f, StringBuilder sb) {
        List<Column<PolicyRow>> shown = NetnsColumns.several(f) ? multi : columns;
        List<PolicyRow> rows = SaTables.policies(f, "", shown, shown.indexOf(PolicyColumns.DIR), false);
        if (rows.isEmpty()) return;
        TextWriter.line(sb, shown, null);
        for (PolicyRow r : rows) TextWriter.line(sb, shown, r);
    }
}
