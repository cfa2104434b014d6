package xfrmtop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import xfrmtop.view.ColorRole;

/** Text drawing in roles, clipped to the screen: panes never deal with colours or bounds themselves. */
final class Canvas {
    private final TextGraphics g;
    private final Theme theme;
    private final int width, height;

    Canvas(TextGraphics g, Theme theme) {
        this.g = g;
        this.theme = theme;
        TerminalSize s = g.getSize();
        this.width = s.getColumns();
        this.height = s.getRows();
    }

    int width() { return width; }

    int height() { return height; }

    /** Writes text at (col,row) in a role, cut at the right edge. Returns the column after the text. */
    int put(int col, int row, CharSequence text, ColorRole role) {
        if (row < 0 || row >= height || col >= width) return col;
        int len = Math.min(text.length(), width - col);
        if (len <= 0) return col;
        Theme.Style s = theme.style(role);
        g.setForegroundColor(s.fg());
        g.setBackgroundColor(s.bg());
        g.setModifiers(s.sgr());
        g.putString(col, row, text.subSequence(0, len).toString());
        return col + len;
    }

    /** Fills the rest of a line from col with spaces in a role (for bars that span the width). */
    void fill(int col, int row, ColorRole role) {
        if (col >= width || row < 0 || row >= height) return;
        put(col, row, " ".repeat(width - col), role);
    }

    /** A full-width line: text then padding, in one role. */
    void line(int row, CharSequence text, ColorRole role) {
        fill(put(0, row, text, role), row, role);
    }
}
