package xfrmtop.tui;

import xfrmtop.view.ColorRole;

/**
 * Text drawing in roles, clipped to the screen: panes never deal with colours or bounds themselves. Characters go
 * straight into the display's cell buffer (a character and a role per cell); the display maps roles to colours when
 * it sends the cells that changed.
 */
final class Canvas {
    private final Display display;
    private final int width, height;

    Canvas(Display display) {
        this.display = display;
        this.width = display.width();
        this.height = display.height();
    }

    int width() { return width; }

    int height() { return height; }

    /** Writes text at (col,row) in a role, cut at the right edge. Returns the column after the text. */
    int put(int col, int row, CharSequence text, ColorRole role) {
        if (row < 0 || row >= height || col >= width) return col;
        int len = Math.min(text.length(), width - col);
        for (int i = 0; i < len; i++) display.set(col + i, row, text.charAt(i), role);
        return col + Math.max(len, 0);
    }

    /** Fills the rest of a line from col with spaces in a role (for bars that span the width). */
    void fill(int col, int row, ColorRole role) {
        if (row < 0 || row >= height) return;
        for (int x = Math.max(col, 0); x < width; x++) display.set(x, row, ' ', role);
    }

    /** A full-width line: text then padding, in one role. */
    void line(int row, CharSequence text, ColorRole role) {
        fill(put(0, row, text, role), row, role);
    }
}
