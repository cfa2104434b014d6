package xfrmtop.tui;

import xfrmtop.alert.Alerts;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.view.ColorRole;
import xfrmtop.view.Column;
import xfrmtop.view.CounterColumns;
import xfrmtop.view.CounterRow;
import xfrmtop.view.CounterRowId;
import xfrmtop.view.CounterSelector;
import xfrmtop.view.CounterTable;
import xfrmtop.view.DetailTarget;
import xfrmtop.view.Glyphs;
import xfrmtop.view.History;
import xfrmtop.view.Pane;
import xfrmtop.view.PaneState;
import xfrmtop.view.Sparks;
import xfrmtop.view.ViewState;

import java.util.List;
import java.util.Locale;

/**
 * A pane of counter rows (xfrm_stat, NIC): title with counts and any read problem, then the table. While the frame
 * holds more than one network namespace the NETNS column stands in front (and can be sorted by, which groups the
 * rows by namespace); with the namespace focus on one of them, only its rows are listed.
 */
class CounterPaneView implements PaneView {
    private final Pane pane;
    private final Kind kind;
    private final NetnsTable<CounterRow> plain, withHistory;
    private NetnsTable<CounterRow> table;
    private final Sparks sparks = new Sparks();
    private History history;
    private Glyphs glyphs = Glyphs.ASCII;
    private List<CounterRow> rows = List.of();
    private Alerts alerts = Alerts.NONE;     // of the frame last prepared
    private String netnsFocus;                     // the one namespace shown (from the view state), null = all

    /** @param columns the columns with one namespace; NETNS is put in front when there are several */
    CounterPaneView(Pane pane, Kind kind, List<Column<CounterRow>> columns) {
        this.pane = pane;
        this.kind = kind;
        java.util.function.Function<CounterRow, ColorRole> role =
                r -> alerts.firing(r.group(), r.index()) ? ColorRole.ALERT : ColorRole.of(r);
        this.plain = new NetnsTable<>(columns, CounterColumns.NETNS, role);
        this.withHistory = new NetnsTable<>(sparks.counterColumns(columns), CounterColumns.NETNS, role);
        this.table = plain;
    }

    @Override
    public void history(History history, Glyphs glyphs) {
        this.history = history;
        this.glyphs = glyphs;
    }

    @Override public Pane id() { return pane; }

    @Override public List<Column<CounterRow>> columns() { return table.columns(); }

    @Override public int minWidth() { return table.minWidth(); }

    @Override public boolean visible(Frame f) { return true; }

    /** The rows prepared last, in display order. */
    List<CounterRow> rows() { return rows; }

    @Override
    public int prepare(Frame f, ViewState vs) {
        PaneState ps = vs.pane(pane);
        alerts = vs.alerts();
        table = vs.sparklines() ? withHistory : plain;
        sparks.set(history, glyphs, f.sample().seq());
        table.choose(f, ps, pane.defaultSortColumn());
        rows = CounterTable.rows(f, kind, selector(vs), vs.baseline(), ps.filter(), vs.hideIdle(), table.columns(),
                ps.sortColumn(), ps.reversed());
        netnsFocus = vs.netnsFocus();
        if (netnsFocus != null) rows.removeIf(r -> !netnsFocus.equals(r.netns()));
        return rows.size();
    }

    /** Which counters the pane shows and how they are described; null = all, from the kind's table. */
    CounterSelector selector(ViewState vs) { return null; }

    @Override
    public void draw(Canvas c, int top, int height, Frame f, ViewState vs, boolean focused) {
        PaneState ps = vs.pane(pane);
        ps.follow(rows.size(), i -> CounterRowId.of(rows.get(i)), height - 2);
        table.view().draw(c, top, height, " " + pane.key() + " " + pane.title() + " ", note(f), noteRole(f),
                rows, ps, focused);
    }

    @Override
    public DetailTarget target(PaneState ps) {
        if (rows.isEmpty()) return null;
        CounterRow r = rows.get(ps.cursor() >= 0 && ps.cursor() < rows.size() ? ps.cursor() : 0);
        if (ps.cursor() < 0) ps.select(0, CounterRowId.of(r));          // the row shown becomes the selected one
        return new DetailTarget(pane, r.group().key(), r.name());
    }

    @Override
    public void move(PaneState ps, int by) { ps.move(rows.size(), i -> CounterRowId.of(rows.get(i)), by); }

    /** Counts and any problem of the pane's groups (of the focused namespace, if any), for the title bar. */
    String note(Frame f) {
        StringBuilder sb = new StringBuilder();
        int moving = 0;
        int alerting = 0;
        boolean anyAlerts = !alerts.isEmpty();
        for (CounterRow r : rows) {
            if (r.rate() > 0) moving++;
            if (anyAlerts && alerts.firing(r.group(), r.index())) alerting++;
        }
        sb.append(rows.size()).append(rows.size() == 1 ? " counter, " : " counters, ").append(moving).append(" moving");
        if (alerting > 0) sb.append(", ").append(alerting).append(" alerting");
        for (GroupRates g : f.groups(kind)) {
            if (g.note().isEmpty() || (netnsFocus != null && !netnsFocus.equals(g.key().netns()))) continue;
            sb.append("  ");
            if (!g.key().netns().isEmpty()) sb.append("netns ").append(g.key().netns()).append(": ");
            if (!g.key().instance().isEmpty()) sb.append(g.key().instance()).append(": ");
            if (g.health() != Health.OK) sb.append(g.health().name().toLowerCase(Locale.ROOT)).append(": ");
            sb.append(g.note());
        }
        return sb.toString();
    }

    private ColorRole noteRole(Frame f) {
        for (GroupRates g : f.groups(kind)) if (g.health() != Health.OK) return ColorRole.NOTE;
        return ColorRole.NORMAL;
    }
}
