package xfrmtop.tui;

import xfrmtop.alert.Alerts;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.source.SaCounters;
import xfrmtop.view.ColorRole;
import xfrmtop.view.Column;
import xfrmtop.view.DetailTarget;
import xfrmtop.view.Glyphs;
import xfrmtop.view.History;
import xfrmtop.view.Pane;
import xfrmtop.view.PaneState;
import xfrmtop.view.SaColumns;
import xfrmtop.view.SaRow;
import xfrmtop.view.SaRowList;
import xfrmtop.view.SaTables;
import xfrmtop.view.Sparks;
import xfrmtop.view.ViewState;

import java.util.List;

/**
 * The SA pane: one row per SA with traffic and error rates; a row whose replay or integrity counter climbs is drawn
 * in the alarm colour, an SA that never carried a packet is dimmed, a removed SA (e.g. after a rekey) shows as gone
 * for a few ticks. The title says how many SAs there are and why there are none (no root, no XFRM netlink).
 */
final class SaPaneView implements PaneView {
    private Alerts alerts = Alerts.NONE;          // --alert: an SA whose counter meets one is marked
    private final Sparks sparks = new Sparks();
    private final NetnsTable<SaRow> plain = new NetnsTable<>(SaColumns.pane(), SaColumns.NETNS,
            r -> alerts.firing(r.group()) ? ColorRole.ALERT : role(r));
    private final NetnsTable<SaRow> withHistory = new NetnsTable<>(sparks.saColumns(), SaColumns.NETNS,
            r -> alerts.firing(r.group()) ? ColorRole.ALERT : role(r));
    private NetnsTable<SaRow> table = plain;
    private History history;
    private Glyphs glyphs = Glyphs.ASCII;
    private SaRowList rows = SaRowList.EMPTY;

    @Override
    public void history(History history, Glyphs glyphs) {
        this.history = history;
        this.glyphs = glyphs;
    }

    @Override
    public DetailTarget target(PaneState ps) {
        if (rows.isEmpty()) return null;
        SaRow r = rows.get(ps.cursor() >= 0 && ps.cursor() < rows.size() ? ps.cursor() : 0);
        if (ps.cursor() < 0) ps.select(0, r.id());          // the row shown becomes the selected one
        return new DetailTarget(Pane.SA, r.group().key(), "");
    }

    @Override public Pane id() { return Pane.SA; }

    @Override public List<Column<SaRow>> columns() { return table.columns(); }

    /** Addresses, SPI, direction and traffic must fit; the error columns and the rest follow as the width allows. */
    @Override
    public int minWidth() {
        List<Column<SaRow>> columns = table.single();
        int w = -1;
        for (int i = 0; i < columns.indexOf(SaColumns.BYTES) + 1; i++) w += columns.get(i).width() + 1;
        return w;
    }

    @Override public boolean visible(Frame f) { return dump(f) != null; }

    @Override public boolean visible(Frame f, ViewState vs) { return !vs.policies() && visible(f); }

    static GroupRates dump(Frame f) {
        for (GroupRates g : f.perNamespace()) if (g.key().kind() == Kind.SA) return g;
        return null;
    }

    @Override
    public int prepare(Frame f, ViewState vs) {
        PaneState ps = vs.pane(Pane.SA);
        alerts = vs.alerts();
        table = vs.sparklines() ? withHistory : plain;
        sparks.set(history, glyphs, f.sample().seq());
        table.choose(f, ps, Pane.SA.defaultSortColumn());
        rows = SaTables.sas(f, ps.filter(), vs.hideIdle(), table.columns(), ps.sortColumn(), ps.reversed());
        String focus = vs.netnsFocus();
        if (focus != null) rows = rows.in(focus);
        return rows.size();
    }

    @Override
    public void draw(Canvas c, int top, int height, Frame f, ViewState vs, boolean focused) {
        PaneState ps = vs.pane(Pane.SA);
        ps.follow(rows.size(), rows::id, height - 2);
        table.view().draw(c, top, height, " " + Pane.SA.key() + " " + Pane.SA.title() + " ",
                note(f, vs.netnsFocus(), c.width()), problem(f) ? ColorRole.NOTE : ColorRole.NORMAL, rows, ps, focused);
    }

    @Override
    public void move(PaneState ps, int by) { ps.move(rows.size(), rows::id, by); }

    /** Whether the dump of any namespace could not be read. */
    static boolean problem(Frame f) {
        for (GroupRates g : f.perNamespace()) {
            if (g.key().kind() == Kind.SA && g.health() != Health.OK) return true;
        }
        return false;
    }

    /** Each namespace's dump problem ("netns vpn1: stale: ..."), of the focused namespace only if there is one. */
    static void dumpNotes(StringBuilder sb, Frame f, String focus) {
        for (GroupRates g : f.perNamespace()) {
            if (g.key().kind() != Kind.SA || g.note().isEmpty()) continue;
            if (focus != null && !focus.equals(g.key().netns())) continue;
            sb.append("  ");
            if (!g.key().netns().isEmpty()) sb.append("netns ").append(g.key().netns()).append(": ");
            if (g.health() == Health.STALE) sb.append("stale: ");
            sb.append(g.note());
        }
    }

    private String note(Frame f, String focus, int width) {
        StringBuilder sb = new StringBuilder();
        int moving = rows.moving(), alarming = rows.alarming();
        sb.append(rows.size()).append(rows.size() == 1 ? " SA, " : " SAs, ").append(moving).append(" moving");
        if (alarming > 0) sb.append(", ").append(alarming).append(" with errors climbing");
        dumpNotes(sb, f, focus);
        int hidden = table.columns().size() - table.view().fit(width).size();
        if (hidden > 0) sb.append("  (").append(hidden).append(" more columns on a wider screen)");
        sb.append("  p: policies");
        return sb.toString();
    }

    static ColorRole role(SaRow r) {
        if (r.alarming()) return ColorRole.ALARM;
        return switch (r.status()) {
            case STALE, GONE -> ColorRole.STALE;
            default -> r.total(SaCounters.PACKETS) == 0 ? ColorRole.DIM : ColorRole.NORMAL;
        };
    }
}
