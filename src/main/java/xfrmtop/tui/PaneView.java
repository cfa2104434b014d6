package xfrmtop.tui;

import xfrmtop.rate.Frame;
import xfrmtop.view.Column;
import xfrmtop.view.DetailTarget;
import xfrmtop.view.Glyphs;
import xfrmtop.view.History;
import xfrmtop.view.Pane;
import xfrmtop.view.PaneState;
import xfrmtop.view.ViewState;

import java.util.List;

/**
 * One pane of the screen. The renderer asks each pane for its rows ({@link #prepare}), shares the height among the
 * visible ones, then lets each draw its slice. The controller sorts and moves the selection through the same object.
 */
interface PaneView {
    Pane id();

    /** Columns in display order (sorting cycles through the sortable ones; help lists them). */
    List<? extends Column<?>> columns();

    /** Narrowest screen the pane can be drawn on. */
    int minWidth();

    /** Whether the pane has anything to show for this frame (a NIC pane without interfaces hides). */
    boolean visible(Frame f);

    /** Visibility that also depends on the view (the SA pane and the policy view take turns). */
    default boolean visible(Frame f, ViewState vs) { return visible(f); }

    /** Builds (and keeps) this frame's rows; returns how many there are. */
    int prepare(Frame f, ViewState vs);

    /** Draws title, headings and the visible rows from the last {@link #prepare}. */
    void draw(Canvas c, int top, int height, Frame f, ViewState vs, boolean focused);

    /** Moves the selection by rows (negative = up), through the rows last prepared. */
    void move(PaneState ps, int by);

    default void cycleSort(PaneState ps, int step) { ps.cycleSort(columns(), step); }

    /** Where the pane's HISTORY column reads (set once by the renderer); panes without one ignore it. */
    default void history(History history, Glyphs glyphs) {}

    /** What the detail view should show for the selected row (the first row, selected now, when none is), or null. */
    default DetailTarget target(PaneState ps) { return null; }
}
