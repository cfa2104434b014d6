package xfrmtop.view;

import xfrmtop.knowledge.CounterInfo;
import xfrmtop.knowledge.Knowledge;
import xfrmtop.knowledge.NicTables;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Kind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Builds the rows of a counter pane from a frame: one row per counter of the groups of one kind, with the DELTA
 * against the baseline, filtered by name (case-insensitive substring), idle rows optionally hidden, sorted by the
 * pane's sort column.
 */
public final class CounterTable {
    private CounterTable() {}

    public static List<CounterRow> rows(Frame frame, Kind kind, Frame baseline, String filter, boolean hideIdle,
                                        List<Column<CounterRow>> columns, int sortColumn, boolean reversed) {
        return rows(frame, kind, null, baseline, filter, hideIdle, columns, sortColumn, reversed);
    }

    /** @param selector which counters to show and their knowledge; null = every counter, looked up by {@link #info} */
    public static List<CounterRow> rows(Frame frame, Kind kind, CounterSelector selector, Frame baseline, String filter,
                                        boolean hideIdle, List<Column<CounterRow>> columns, int sortColumn,
                                        boolean reversed) {
        List<CounterRow> rows = new ArrayList<>();
        if (frame == null) return rows;
        String needle = filter == null || filter.isEmpty() ? null : filter.toLowerCase(Locale.ROOT);
        for (GroupRates g : frame.groups(kind)) {
            GroupRates base = baseline == null ? null : baseline.group(g.key());
            boolean baseAligned = base != null && base.names() == g.names();
            for (int i = 0; i < g.size(); i++) {
                if (selector != null && !selector.shows(g, i)) continue;
                String name = g.name(i);
                if (needle != null && !name.toLowerCase(Locale.ROOT).contains(needle)) continue;
                if (hideIdle && !g.everMoved(i)) continue;
                CounterInfo info = selector != null ? selector.info(g, i) : info(kind, g, name);
                rows.add(new CounterRow(g, i, g.moved(i) - baseMoved(g, i, base, baseAligned), info));
            }
        }
        sort(rows, columns, sortColumn, reversed);
        return rows;
    }

    static <R> void sort(List<R> rows, List<Column<R>> columns, int sortColumn, boolean reversed) {
        if (sortColumn < 0 || sortColumn >= columns.size()) return;
        Column<R> c = columns.get(sortColumn);
        if (!c.sortable()) return;
        Comparator<R> order = c.firstDescending() ? c.order().reversed() : c.order();
        rows.sort(reversed ? order.reversed() : order);
    }

    private static long baseMoved(GroupRates g, int i, GroupRates base, boolean aligned) {
        if (base == null || base.group().epoch() != g.group().epoch()) return 0;
        int j = aligned ? i : base.names().indexOf(g.name(i));
        if (j < 0) return 0;
        long m = base.moved(j);
        return m <= g.moved(i) ? m : 0;
    }

    /** Meaning, direction and role of a counter: the xfrm_stat table, or for a NIC its driver's table. */
    static CounterInfo info(Kind kind, GroupRates g, String name) {
        if (kind == Kind.NIC) return NicTables.get().info(g.group().label("driver"), name);
        return Knowledge.xfrmStat().info(name);
    }
}
