package xfrmtop.tui;

import xfrmtop.rate.Frame;
import xfrmtop.view.ColorRole;
import xfrmtop.view.Column;
import xfrmtop.view.DetailTarget;
import xfrmtop.view.Pane;
import xfrmtop.view.PaneState;
import xfrmtop.view.PolicyColumns;
import xfrmtop.view.PolicyRow;
import xfrmtop.view.SaTables;
import xfrmtop.view.ViewState;

import java.util.List;

/** The policy view, shown in place of the SA pane (key p): selector, direction, action, priority, last use. */
final class PolicyPaneView implements PaneView {
    private final NetnsTable<PolicyRow> table = new NetnsTable<>(PolicyColumns.pane(), PolicyColumns.NETNS,
            PolicyPaneView::role);
    private List<PolicyRow> rows = List.of();

    @Override public Pane id() { return Pane.POLICY; }

    @Override public List<Column<PolicyRow>> columns() { return table.columns(); }

    @Override
    public int minWidth() {
        List<Column<PolicyRow>> columns = table.single();
        int w = -1;
        for (int i = 0; i <= columns.indexOf(PolicyColumns.SELECTOR); i++) w += columns.get(i).width() + 1;
        return w;
    }

    @Override public boolean visible(Frame f) { return SaPaneView.dump(f) != null; }

    @Override public boolean visible(Frame f, ViewState vs) { return vs.policies() && visible(f); }

    @Override
    public int prepare(Frame f, ViewState vs) {
        PaneState ps = vs.pane(Pane.POLICY);
        table.choose(f, ps, Pane.POLICY.defaultSortColumn());
        rows = SaTables.policies(f, ps.filter(), table.columns(), ps.sortColumn(), ps.reversed());
        String focus = vs.netnsFocus();
        if (focus != null) rows.removeIf(r -> !focus.equals(r.group().key().netns()));
        return rows.size();
    }

    @Override
    public void draw(Canvas c, int top, int height, Frame f, ViewState vs, boolean focused) {
        PaneState ps = vs.pane(Pane.POLICY);
        ps.follow(rows.size(), i -> rows.get(i).id(), height - 2);
        StringBuilder note = new StringBuilder().append(rows.size()).append(rows.size() == 1 ? " policy" : " policies");
        boolean problem = SaPaneView.problem(f);
        if (problem) SaPaneView.dumpNotes(note, f, vs.netnsFocus());
        note.append("  p: SAs");
        table.view().draw(c, top, height, " " + Pane.POLICY.key() + " " + Pane.POLICY.title() + " ", note.toString(),
                problem ? ColorRole.NOTE : ColorRole.NORMAL, rows, ps, focused);
    }

    @Override
    public DetailTarget target(PaneState ps) {
        if (rows.isEmpty()) return null;
        PolicyRow r = rows.get(ps.cursor() >= 0 && ps.cursor() < rows.size() ? ps.cursor() : 0);
        if (ps.cursor() < 0) ps.select(0, r.id());          // the row shown becomes the selected one
        return new DetailTarget(Pane.POLICY, r.group().key(), "");
    }

    @Override
    public void move(PaneState ps, int by) { ps.move(rows.size(), i -> rows.get(i).id(), by); }

    static ColorRole role(PolicyRow r) {
        return switch (r.status()) {
            case STALE, GONE -> ColorRole.STALE;
            default -> "block".equals(r.label(xfrmtop.source.PolicyLabels.ACTION)) ? ColorRole.NOTE
                    : r.usedAgo() < 0 ? ColorRole.DIM : ColorRole.NORMAL;
        };
    }
}
