package xfrmtop.tui;

import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.view.ColorRole;
import xfrmtop.view.Column;
import xfrmtop.view.CounterRow;
import xfrmtop.view.CounterRowId;
import xfrmtop.view.CounterTable;
import xfrmtop.view.PaneState;
import xfrmtop.view.ViewState;

import java.util.ArrayList;
import java.util.List;

/** A pane of counter rows (xfrm_stat): title with counts and any read problem, then the table. */
final class CounterPaneView {
    private final Kind kind;
    private final String title;
    private final List<Column<CounterRow>> columns;
    private final TableView<CounterRow> table;
    private List<CounterRow> lastRows = List.of();

    CounterPaneView(Kind kind, String title, List<Column<CounterRow>> columns) {
        this.kind = kind;
        this.title = title;
        this.columns = columns;
        this.table = new TableView<>(columns, ColorRole::of);
    }

    List<Column<CounterRow>> columns() { return columns; }

    int minWidth() { return table.minWidth(); }

    /** The rows drawn last, in display order (the key handler moves the selection through them). */
    List<CounterRow> lastRows() { return lastRows; }

    void draw(Canvas c, int top, int height, Frame f, ViewState vs, PaneState ps, boolean focused) {
        List<CounterRow> rows = CounterTable.rows(f, kind, vs.baseline(), ps.filter(), vs.hideIdle(), columns,
                ps.sortColumn(), ps.reversed());
        lastRows = rows;
        List<String> ids = new ArrayList<>(rows.size());
        for (CounterRow r : rows) ids.add(CounterRowId.of(r));
        ps.follow(ids, height - 2);
        table.draw(c, top, height, " " + title + " ", note(f, rows), noteRole(f), rows, ps, focused);
    }

    private String note(Frame f, List<CounterRow> rows) {
        StringBuilder sb = new StringBuilder();
        int moving = 0;
        for (CounterRow r : rows) if (r.rate() > 0) moving++;
        sb.append(rows.size()).append(rows.size() == 1 ? " counter, " : " counters, ").append(moving).append(" moving");
        for (GroupRates g : f.groups(kind)) {
            if (!g.note().isEmpty()) sb.append("  ").append(g.health() == Health.OK ? "" : g.health().name().toLowerCase(java.util.Locale.ROOT) + ": ").append(g.note());
        }
        return sb.toString();
    }

    private ColorRole noteRole(Frame f) {
        for (GroupRates g : f.groups(kind)) if (g.health() != Health.OK) return ColorRole.NOTE;
        return ColorRole.NORMAL;
    }
}
