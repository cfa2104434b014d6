package xfrmtop.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.Terminal;
import xfrmtop.view.ColorRole;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The screen as xfrmtop draws it: a compact cell buffer (a character and a colour role per cell) beside a copy of what
 * the terminal shows, and a refresh that sends only the cells that differ, through Lanterna's {@link Terminal}
 * (which keeps the tty, key decoding and resize). It stands in for Lanterna's Screen, whose per-cell TextCharacter
 * objects, double-width checks (Unicode block lookups) and equals were most of the CPU a frame cost.
 * One cell is one column: anything that is not surely one column wide (see {@link #oneColumn}) is drawn as '?'.
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
    private final AtomicReference<TerminalSize> pending = new AtomicReference<>();   // from the resize listener
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
    void resized(TerminalSize size) { pending.set(size); }

    /** On the drawing thread, before drawing: takes a pending size; the next refresh redraws everything. */
    boolean resizeIfNeeded() {
        TerminalSize p = pending.getAndSet(null);        // a size set meanwhile stays for the next call
        if (p == null) return false;
        if (p.getColumns() == width && p.getRows() == height) return false;
        allocate(p);
        return true;
    }

    /** Sets one cell of the frame being drawn; outside the screen nothing happens. */
    void set(int x, int y, char c, ColorRole role) {
        if (x < 0 || y < 0 || x >= width || y >= height) return;
        if (!oneColumn(c)) c = '?';
        int i = y * width + x;
        chars[i] = c;
        roles[i] = (byte) role.ordinal();
    }

    /**
     * Whether a character takes exactly one column on any terminal and does nothing else: printable ASCII, printable
     * Latin-1 and Latin Extended, box drawing and block elements (the plots and sparklines). Interface and namespace
     * names may hold anything: C0 and C1 controls (U+009B is a CSI, an escape sequence's start), zero-width and
     * combining characters and wide ones would move the terminal's cursor away from where the cell buffer thinks it
     * is, or worse. Those are drawn as '?'.
     */
    static boolean oneColumn(char c) {
        if (c < 0x7f) return c >= ' ';
        if (c >= 0xa0 && c <= 0x24f) return c != 0xad;               // U+00AD soft hyphen: zero width
        return c >= 0x2500 && c <= 0x259f;
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
