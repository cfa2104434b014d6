package xfrmtop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.TerminalResizeListener;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.function.Consumer;

/**
 * The terminal in full-screen mode: raw input (Ctrl-C arrives as a key), alternate screen, hidden cursor.
 * {@link #close()} restores all of it; Lanterna's own shutdown hook does the same on SIGTERM and SIGHUP, when no
 * finally block runs.
 */
final class TerminalSession implements AutoCloseable {
    final UnixTerminal terminal;
    final TtyOut out;
    final Display display;
    private final ResizeRelay resizes;

    private TerminalSession(UnixTerminal terminal, TtyOut out, Display display, ResizeRelay resizes) {
        this.terminal = terminal;
        this.out = out;
        this.display = display;
        this.resizes = resizes;
    }

    /**
     * Listens from the moment the terminal exists: Lanterna tells listeners only of a size that differs from the last
     * one it saw, so a resize before the UI's listener is set would otherwise never be told. Keeps the newest until
     * the UI takes over.
     */
    private static final class ResizeRelay implements TerminalResizeListener {
        private TerminalSize missed;
        private Consumer<TerminalSize> to;

        @Override
        public synchronized void onResized(Terminal terminal, TerminalSize size) {
            if (to == null) missed = size;
            else to.accept(size);
        }

        /** The size the display starts with: finding it out is no resize to draw again for. */
        synchronized void known(TerminalSize size) {
            if (size.equals(missed)) missed = null;
        }

        synchronized void to(Consumer<TerminalSize> consumer) {
            to = consumer;
            if (missed != null) consumer.accept(missed);
            missed = null;
        }
    }

    /** @param color the colour theme or the monochrome one (built once the terminal is raw and its size known) */
    static TerminalSession open(boolean color) throws IOException {
        TtyOut out = new TtyOut();
        UnixTerminal t = new QuickTtyTerminal(System.in, out, Charset.defaultCharset());
        ResizeRelay resizes = new ResizeRelay();
        t.addResizeListener(resizes);
        Display d;
        try {
            TerminalSize size = t.getTerminalSize();
            resizes.known(size);
            d = new Display(t, Theme.of(color), size);
            d.start();
        } catch (IOException | RuntimeException e) {
            t.close();
            throw e;
        }
        return new TerminalSession(t, out, d, resizes);
    }

    /** Where new sizes go from now on (any thread), starting with one that came since the terminal was opened. */
    void onResize(Consumer<TerminalSize> consumer) { resizes.to(consumer); }

    /** Sends what the display holds that the terminal does not show yet, in one write. */
    void refresh() throws IOException {
        out.hold();
        display.refresh();
    }

    @Override
    public void close() {
        try {
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
