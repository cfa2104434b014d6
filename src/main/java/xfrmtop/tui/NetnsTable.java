package xfrmtop.tui;

import xfrmtop.rate.Frame;
import xfrmtop.view.ColorRole;
import xfrmtop.view.Column;
import xfrmtop.view.NetnsColumns;
import xfrmtop.view.PaneState;

import java.util.List;
import java.util.function.Function;

/**
 * A pane's table in two shapes: its own columns while one network namespace is watched, the NETNS column in front
 * while several are. The pane picks the shape each frame; the sort stays on the same column across a switch.
 */
final class NetnsTable<R> {
    private final List<Column<R>> single, multi;
    private final TableView<R> singleView, multiView;
    private boolean several;

    NetnsTable(List<Column<R>> single, Column<R> netns, Function<R, ColorRole> role) {
        this.single = single;
        this.multi = NetnsColumns.withNetns(netns, single);
        this.singleView = new TableView<>(single, role);
        this.multiView = new TableView<>(multi, role);
    }

    /** Picks the shape for this frame. @param defaultSort the pane's default sort column, an index into single */
    void choose(Frame f, PaneState ps, int defaultSort) {
        several = NetnsColumns.several(f);
        List<Column<R>> now = columns();
        ps.useColumns(now, single, now.indexOf(single.get(defaultSort)));
    }

    List<Column<R>> columns() { return several ? multi : single; }

    /** The columns while one namespace is watched. */
    List<Column<R>> single() { return single; }

    /** Width the one-namespace shape needs; with NETNS in front, the columns on the right give way when short. */
    int minWidth() { return singleView.minWidth(); }

    TableView<R> view() { return several ? multiView : singleView; }
}
