package xfrmtop.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import xfrmtop.rate.Frame;
import xfrmtop.sample.Kind;
import xfrmtop.view.ColorRole;
import xfrmtop.view.CounterColumns;
import xfrmtop.view.Pane;
import xfrmtop.view.ViewState;

/** Draws one whole screen from a frame and the view state. Pure drawing: reads nothing but its arguments. */
final class Renderer {
    static final int MIN_HEIGHT = 8;

    private final Theme theme;
    private final CounterPaneView xfrm = new CounterPaneView(Kind.XFRM_STAT, "xfrm_stat", CounterColumns.xfrmPane(false));

    Renderer(boolean color) { this.theme = Theme.of(color); }

    CounterPaneView xfrmPane() { return xfrm; }

    int minWidth() { return xfrm.minWidth(); }

    /** Rows the table of the focused pane can show at once on a screen of this height. */
    static int page(int screenHeight) { return Math.max(1, screenHeight - HeaderView.HEIGHT - 3); }

    void draw(TextGraphics g, Frame newest, ViewState vs, UiContext ctx) {
        Canvas c = new Canvas(g, theme);
        if (c.width() < minWidth() || c.height() < MIN_HEIGHT) {
            tooSmall(c);
            return;
        }
        if (newest == null) {
            for (int y = 0; y < c.height(); y++) c.fill(0, y, ColorRole.NORMAL);
            c.put(0, 0, "xfrmtop: reading counters...", ColorRole.TITLE);
            return;
        }
        Frame shown = vs.shown(newest);
        HeaderView.draw(c, shown, vs, ctx, xfrm.columns());
        int top = HeaderView.HEIGHT;
        int height = c.height() - top - 1;
        if (vs.help()) HelpView.draw(c, top, height, ctx.keys(), xfrm.columns());
        else xfrm.draw(c, top, height, shown, vs, vs.pane(Pane.XFRM_STAT), true);
        StatusBar.draw(c, c.height() - 1, vs, ctx.keys());
    }

    private void tooSmall(Canvas c) {
        for (int y = 0; y < c.height(); y++) c.fill(0, y, ColorRole.NORMAL);
        String msg = "terminal too small (need " + minWidth() + "x" + MIN_HEIGHT + ")";
        int row = c.height() / 2;
        int col = Math.max(0, (c.width() - msg.length()) / 2);
        c.put(col, row, msg, ColorRole.NOTE);
        String size = "now " + c.width() + "x" + c.height() + ", q quits";
        c.put(Math.max(0, (c.width() - size.length()) / 2), row + 1, size, ColorRole.NORMAL);
    }
}
