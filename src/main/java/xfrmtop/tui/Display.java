package xfrmtop.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.terminal.Terminal;
import xfrmtop.view.ColorRole;

import java.io.IOException;
import java.util.Arrays;

/**
 * The screen as xfrmtop draws it: a compact cell buffer (a character and a colour role per cell) beside a copy of what
 * the terminal shows, and a refresh that sends only the cells that differ, through Lanterna's {@link Terminal}
 * (which keeps the tty, key decoding and resize). It stands in for Lanterna's Screen, whose per-cell TextCharacter
 * objects, double-width checks (Unicode block lookups) and equals were most of the CPU a frame cost.
 * One cell is one column: characters that take two columns, and control characters, are drawn as '?'.
 */
final class Display {
    private static final byte UNKNOWN = -1;              // what the terminal shows there is not known
    private static final ColorRole[] ROLES = ColorRole.values();

    private final Terminal terminal;
    private final Theme theme;
    private int width, height;
    private char[] chars;                                // being drawn
    private byte[] roles;
    private char[] shownChars;                           // on the terminal
    private byte[] shownRoles;
    private volatile TerminalSize pending;               // from the terminal's resize listener
    private boolean clear = true;                        // clear the terminal before the next refresh

    Display(Terminal terminal, Theme theme, TerminalSize size) {
        this.terminal = terminal;
        this.theme = theme;
        allocate(size);
    }

    private void allocate(TerminalSize size) {
        width = Math.max(size.getColumns(), 1);
        height = Math.max(size.getRows(), 1);
        int n = width * height;
        chars = new char[n];
        roles = new byte[n];
        shownChars = new char[n];
        shownRoles = new byte[n];
        Arrays.fill(chars, ' ');
        Arrays.fill(shownRoles, UNKNOWN);
        clear = true;
    }

    int width() { return width; }

    int height() { return height; }

    /** Takes over the screen: the alternate screen, cleared, cursor hidden. */
    void start() throws IOException {
        terminal.enterPrivateMode();
        terminal.setCursorVisible(false);
        terminal.flush();
    }

    /** Leaves the alternate screen (which shows the cursor again). */
    void stop() throws IOException { terminal.exitPrivateMode(); }

    /** The terminal says it has a new size (any thread); the next {@link #resizeIfNeeded} takes it. */
    void resized(TerminalSize size) { pending = size; }

    /** On the drawing thread, before drawing: takes a pending size; the next refresh redraws everything. */
    boolean resizeIfNeeded() {
        TerminalSize p = pending;
        if (p == null) return false;
        pending = null;
        if (p.getColumns() == width && p.getRows() == height) return false;
        allocate(p);
        return true;
    }

    /** Sets one cell of the frame being drawn; outside the screen nothing happens. */
    void set(int x, int y, char c, ColorRole role) {
        if (x < 0 || y < 0 || x >= width || y >= height) return;
        if (c < ' ' || c == 127 || c >= 128 && (Character.isSurrogate(c) || TerminalTextUtils.isCharDoubleWidth(c))) {
            c = '?';
        }
        int i = y * width + x;
        chars[i] = c;
        roles[i] = (byte) role.ordinal();
    }

    /** Sends the cells that changed since the last refresh, as one write. */
    void refresh() throws IOException {
        if (clear) {
            terminal.resetColorAndSGR();
            terminal.clearScreen();
            Arrays.fill(shownRoles, UNKNOWN);
            clear = false;
        }
        int cx = -1, cy = -1;                            // where the terminal's cursor is, as far as we know
        int style = UNKNOWN;
        for (int y = 0; y < height; y++) {
            for (int x = 0, i = y * width; x < width; x++, i++) {
                char c = chars[i];
                byte r = roles[i];
                if (shownRoles[i] == r && shownChars[i] == c) continue;
                if (cx != x || cy != y) terminal.setCursorPosition(x, y);
                if (style != r) {
                    apply(r);
                    style = r;
                }
                terminal.putCharacter(c);
                cx = x + 1;
                cy = y;
                shownChars[i] = c;
                shownRoles[i] = r;
            }
        }
        terminal.flush();
    }

    private void apply(byte role) throws IOException {
        Theme.Style s = theme.style(ROLES[role]);
        terminal.resetColorAndSGR();
        for (SGR g : s.sgr()) terminal.enableSGR(g);
        terminal.setForegroundColor(s.fg());
        terminal.setBackgroundColor(s.bg());
    }

    /** The next refresh sends every cell (e.g. after something else wrote to the terminal). */
    void invalidate() { clear = true; }
}
