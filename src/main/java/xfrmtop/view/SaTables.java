package xfrmtop.view;

import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Kind;
import xfrmtop.source.SaCounters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the rows of the SA pane and of the policy view from a frame: one row per SA (or policy) group, filtered by a
 * case-insensitive substring of the row's description, idle SAs optionally hidden, sorted by the pane's column.
 * The group that stands for the dump itself (instance "") is not a row.
 */
public final class SaTables {
    private SaTables() {}

    public static SaRowList sas(Frame frame, String filter, boolean hideIdle, List<Column<SaRow>> columns,
                                int sortColumn, boolean reversed) {
        if (frame == null) return SaRowList.EMPTY;
        List<SaRow> rows = new ArrayList<>();
        long now = frame.sample().wallMillis() / 1000;
        String needle = needle(filter);
        for (GroupRates g : frame.groups(Kind.SA)) {
            if (g.key().instance().isEmpty() || g.size() != SaCounters.SA.size()) continue;
            if (hideIdle && !g.everMoved(SaCounters.PACKETS)) continue;
            SaRow r = new SaRow(g, now);
            if (needle != null && !r.searchText().toLowerCase(Locale.ROOT).contains(needle)) continue;
            rows.add(r);
        }
        CounterTable.sort(rows, columns, sortColumn, reversed);
        return new SaRowList(rows, now);
    }

    public static List<PolicyRow> policies(Frame frame, String filter, List<Column<PolicyRow>> columns,
                                           int sortColumn, boolean reversed) {
        List<PolicyRow> rows = new ArrayList<>();
        if (frame == null) return rows;
        long now = frame.sample().wallMillis() / 1000;
        String needle = needle(filter);
        for (GroupRates g : frame.groups(Kind.POLICY)) {
            PolicyRow r = new PolicyRow(g, now);
            if (needle != null && !r.searchText().toLowerCase(Locale.ROOT).contains(needle)) continue;
            rows.add(r);
        }
        CounterTable.sort(rows, columns, sortColumn, reversed);
        return rows;
    }

    private static String needle(String filter) {
        return filter == null || filter.isEmpty() ? null : filter.toLowerCase(Locale.ROOT);
    }
}
