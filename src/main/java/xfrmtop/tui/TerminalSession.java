package xfrmtop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
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
    final TtyOut out;
    final Display display;

    private TerminalSession(UnixTerminal terminal, TtyOut out, Display display) {
        this.terminal = terminal;
        this.out = out;
        this.display = display;
    }

    static TerminalSession open(Theme theme) throws IOException {
        TtyOut out = new TtyOut();
        UnixTerminal t = new QuickTtyTerminal(System.in, out, Charset.defaultCharset());
        Display d;
        try {
            d = new Display(t, theme, t.getTerminalSize());
            d.start();
        } catch (IOException | RuntimeException e) {
            t.close();
            throw e;
        }
        return new TerminalSession(t, out, d);
    }

    /** Sends what the display holds that the terminal does not show yet, in one write. */
    void refresh() throws IOException {
        out.hold();
        display.refresh();
    }

    @Override
    public void close() {
        try {
            KeyStroke k;                // keys typed meanwhile stay out of the shell's input
            do {
                k = terminal.pollInput();
            } while (k != null && k.getKeyType() != KeyType.EOF);
            display.stop();             // leaves the alternate screen, shows the cursor
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
