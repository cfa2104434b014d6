package xfrmtop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import xfrmtop.view.ColorRole;

/**
 * Text drawing in roles, clipped to the screen: panes never deal with colours or bounds themselves. Cells are
 * written straight into the screen's back buffer with cached, immutable TextCharacters (one per printable ASCII
 * character and role), because Lanterna's TextGraphics builds a new TextCharacter, String and EnumSet per cell —
 * most of the CPU a frame used to cost.
 */
final class Canvas {
    private static final int ASCII = 128;
    /** Non-ASCII characters drawn often enough to cache: sparkline and plot glyphs (see view.Glyphs). */
    private static final String EXTRA = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588\u2500\u2502\u2514\u2524";

    private final Screen screen;
    private final TextCharacter[][] cells;     // [role][char], filled on first use
    private final Theme theme;
    private final int width, height;

    Canvas(Screen screen, Theme theme, TextCharacter[][] cache) {
        this.screen = screen;
        this.theme = theme;
        this.cells = cache;
        TerminalSize s = screen.getTerminalSize();
        this.width = s.getColumns();
        this.height = s.getRows();
    }

    /** A cache to keep between frames (per theme). */
    static TextCharacter[][] newCache() { return new TextCharacter[ColorRole.values().length][ASCII + EXTRA.length()]; }

    int width() { return width; }

    int height() { return height; }

    /** Writes text at (col,row) in a role, cut at the right edge. Returns the column after the text. */
    int put(int col, int row, CharSequence text, ColorRole role) {
        if (row < 0 || row >= height || col >= width) return col;
        int len = Math.min(text.length(), width - col);
        for (int i = 0; i < len; i++) screen.setCharacter(col + i, row, cell(text.charAt(i), role));
        return col + Math.max(len, 0);
    }

    /** Fills the rest of a line from col with spaces in a role (for bars that span the width). */
    void fill(int col, int row, ColorRole role) {
        if (row < 0 || row >= height) return;
        TextCharacter space = cell(' ', role);
        for (int x = Math.max(col, 0); x < width; x++) screen.setCharacter(x, row, space);
    }

    /** A full-width line: text then padding, in one role. */
    void line(int row, CharSequence text, ColorRole role) {
        fill(put(0, row, text, role), row, role);
    }

    private TextCharacter cell(char c, ColorRole role) {
        if (c < ' ' || c == 127) c = '?';                 // never send control characters to the terminal
        int slot = c < ASCII ? c : EXTRA.indexOf(c) < 0 ? -1 : ASCII + EXTRA.indexOf(c);
        if (slot < 0) return make(c, role);
        TextCharacter[] row = cells[role.ordinal()];
        TextCharacter t = row[slot];
        if (t == null) row[slot] = t = make(c, role);
        return t;
    }

    private TextCharacter make(char c, ColorRole role) {
        Theme.Style s = theme.style(role);
        return TextCharacter.fromCharacter(c, s.fg(), s.bg(), s.sgr().toArray(new com.googlecode.lanterna.SGR[0]))[0];
    }
}
