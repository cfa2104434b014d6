package xfrmtop.tui;

import xfrmtop.rate.Frame;
import xfrmtop.sample.Kind;
import xfrmtop.view.ColorRole;
import xfrmtop.view.CounterColumns;
import xfrmtop.view.Diagnostics;
import xfrmtop.view.Glyphs;
import xfrmtop.view.Overlay;
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
    private final Glyphs glyphs;
    private final Diagnostics diag;
    private final List<PaneView> panes = new ArrayList<>();
    private final FunnelView funnel = new FunnelView();
    private List<PaneView> visible = List.of();

    /** A renderer with a history of its own (fed by nobody: tests that draw single frames). */
    Renderer(boolean color) { this(Theme.of(color), Glyphs.UNICODE, Diagnostics.live()); }

    /** @param diag what the screen remembers (history, events), fed by the frame handoff */
    Renderer(Theme theme, Glyphs glyphs, Diagnostics diag) {
        this.theme = theme;
        this.glyphs = glyphs;
        this.diag = diag;
        panes.add(new CounterPaneView(Pane.XFRM_STAT, Kind.XFRM_STAT, CounterColumns.xfrmPane(false)));
        panes.add(new NicPaneView());
        panes.add(new SaPaneView());
        panes.add(new PolicyPaneView());
        for (PaneView p : panes) p.history(diag.recent(), glyphs);
    }

    Diagnostics diagnostics() { return diag; }

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
        if (vs.overlay() == Overlay.DETAIL && vs.detail() == null) vs.closeOverlay();
        boolean panesShown = !vs.help() && vs.overlay() == null;
        int[] wanted = new int[vis.size()];      // prepared first: a pane may switch columns (NETNS) for this frame
        if (panesShown) for (int i = 0; i < wanted.length; i++) wanted[i] = vis.get(i).prepare(shown, vs) + 2;
        HeaderView.draw(c, shown, vs, ctx, focused.columns());
        int top = HeaderView.HEIGHT;
        int height = c.height() - top - 1;
        if (vs.help()) {
            HelpView.draw(c, top, height, List.of(ctx.keys()), focused.columns(), vs);
        } else if (vs.overlay() != null) {
            switch (vs.overlay()) {
                case DETAIL -> DetailView.draw(c, top, height, shown, vs, diag, glyphs, ctx);
                case FUNNEL -> funnel.draw(c, top, height, shown, vs);
                case EVENTS -> EventLogView.draw(c, top, height, shown, vs, diag.events(), ctx);
            }
        } else {
            int strip = Math.min(EventStrip.height(shown), Math.max(0, height - Layout.MIN_PANE * vis.size()));
            int[] h = Layout.share(wanted, height - strip);
            for (int i = 0; i < vis.size(); i++) {
                vis.get(i).draw(c, top, h[i], shown, vs, vis.get(i) == focused);
                top += h[i];
            }
            EventStrip.draw(c, top, strip, shown, vs, diag.events(), ctx);
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
