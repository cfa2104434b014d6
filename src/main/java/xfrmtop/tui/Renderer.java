package xfrmtop.tui;

import xfrmtop.rate.Frame;
import xfrmtop.sample.Kind;
import xfrmtop.view.ColorRole;
import xfrmtop.view.CounterColumns;
import xfrmtop.view.Pane;
import xfrmtop.view.Summary;
import xfrmtop.view.ViewState;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws one whole screen from a frame and the view state: header, the visible panes stacked with the height shared
 * by {@link Layout}, and the status bar. Reads nothing but its arguments.
 */
final class Renderer {
    static final int MIN_HEIGHT = 8;

    private final Theme theme;
    private final List<PaneView> panes = new ArrayList<>();
    private List<PaneView> visible = List.of();

    Renderer(boolean color) {
        this.theme = Theme.of(color);
        panes.add(new CounterPaneView(Pane.XFRM_STAT, Kind.XFRM_STAT, CounterColumns.xfrmPane(false)));
        panes.add(new NicPaneView());
        panes.add(new SaPaneView());
        panes.add(new PolicyPaneView());
    }

    /** The pane drawn for an id (focus target of keys). */
    PaneView pane(Pane id) {
        for (PaneView p : panes) if (p.id() == id) return p;
        return panes.get(0);
    }

    /** Panes drawn in the last frame, top to bottom. */
    List<PaneView> visiblePanes() { return visible; }

    /** Narrowest screen for the panes drawn (the first pane before any frame). */
    int minWidth() {
        int w = 0;
        for (PaneView p : visible.isEmpty() ? panes.subList(0, 1) : visible) w = Math.max(w, p.minWidth());
        return w;
    }

    /** Rows the focused pane's table can show at once on a screen of this height (for PgUp/PgDn). */
    static int page(int screenHeight) { return Math.max(1, screenHeight - HeaderView.HEIGHT - 3); }

    /** The colours the display gives the roles drawn. */
    Theme theme() { return theme; }

    /** Draws into the display's cell buffer; the caller refreshes the display. */
    void draw(Display display, Frame newest, ViewState vs, UiContext ctx) {
        Canvas c = new Canvas(display);
        Frame shown = newest == null ? null : vs.shown(newest);
        if (shown != null) {
            if (vs.netnsFocus() != null && !Summary.namespaces(shown).contains(vs.netnsFocus())) vs.clearNetnsFocus();
            List<PaneView> vis = new ArrayList<>();
            for (PaneView p : panes) if (p.visible(shown, vs)) vis.add(p);
            visible = vis;
        }
        if (c.width() < minWidth() || c.height() < MIN_HEIGHT) {
            tooSmall(c);
            return;
        }
        if (newest == null) {
            for (int y = 0; y < c.height(); y++) c.fill(0, y, ColorRole.NORMAL);
            c.put(0, 0, "xfrmtop: reading counters...", ColorRole.TITLE);
            return;
        }
        List<PaneView> vis = visible;
        if (!vis.contains(pane(vs.focus()))) vs.focus(vis.get(0).id());
        PaneView focused = pane(vs.focus());
        int[] wanted = new int[vis.size()];      // prepared first: a pane may switch columns (NETNS) for this frame
        if (!vs.help()) for (int i = 0; i < wanted.length; i++) wanted[i] = vis.get(i).prepare(shown, vs) + 2;
        HeaderView.draw(c, shown, vs, ctx, focused.columns());
        int top = HeaderView.HEIGHT;
        int height = c.height() - top - 1;
        if (vs.help()) {
            HelpView.draw(c, top, height, List.of(ctx.keys()), focused.columns(), vs);
        } else {
            int[] h = Layout.share(wanted, height);
            for (int i = 0; i < vis.size(); i++) {
                vis.get(i).draw(c, top, h[i], shown, vs, vis.get(i) == focused);
                top += h[i];
            }
        }
        StatusBar.draw(c, c.height() - 1, vs, ctx.keys());
    }

    private void tooSmall(Canvas c) {
        for (int y = 0; y < c.height(); y++) c.fill(0, y, ColorRole.NORMAL);
        String msg = "terminal too small (need " + minWidth() + "x" + MIN_HEIGHT + ")";
        int row = c.height() / 2;
        c.put(Math.max(0, (c.width() - msg.length()) / 2), row, msg, ColorRole.NOTE);
        String size = "now " + c.width() + "x" + c.height() + ", q quits";
        c.put(Math.max(0, (c.width() - size.length()) / 2), row + 1, size, ColorRole.NORMAL);
    }
}
