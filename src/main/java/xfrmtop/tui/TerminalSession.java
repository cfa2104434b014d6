package xfrmtop.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;

import java.io.IOException;
import java.nio.charset.Charset;

/**
 * The terminal in full-screen mode: raw input (Ctrl-C arrives as a key), alternate screen, hidden cursor.
 * {@link #close()} restores all of it; Lanterna's own shutdown hook does the same on SIGTERM and SIGHUP, when no
 * finally block runs.
 */
final class TerminalSession implements AutoCloseable {
    final UnixTerminal terminal;
    final TerminalScreen screen;

    private TerminalSession(UnixTerminal terminal, TerminalScreen screen) {
        this.terminal = terminal;
        this.screen = screen;
    }

    static TerminalSession open() throws IOException {
        UnixTerminal t = new QuickTtyTerminal(System.in, System.out, Charset.defaultCharset());
        TerminalScreen s;
        try {
            s = new TerminalScreen(t);
            s.startScreen();
            s.setCursorPosition(null);
        } catch (IOException | RuntimeException e) {
            t.close();
            throw e;
        }
        return new TerminalSession(t, s);
    }

    @Override
    public void close() {
        try {
            screen.stopScreen();        // leaves the alternate screen, shows the cursor
        } catch (IOException | RuntimeException ignored) {
            // the terminal may be gone (SSH dropped); still restore the tty modes below
        }
        try {
            terminal.close();           // stty back to what it was
        } catch (IOException | RuntimeException ignored) {
            // nothing more can be done
        }
    }
}
