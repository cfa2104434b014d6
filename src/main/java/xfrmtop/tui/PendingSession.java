package xfrmtop.tui;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The terminal session, opened on a thread of its own while the UI thread builds the screen: opening is mostly
 * waiting (stty runs as a child process to set raw mode, and the terminal answers a size query; the settings to
 * restore were usually read at start), ~10-20 ms before the first frame that overlap with building the renderer and
 * reading the first sample. The theme is built after that waiting, not before it.
 */
final class PendingSession {
    private final FutureTask<TerminalSession> task;

    /** @param color the colour theme or the monochrome one (built on the opening thread too) */
    private PendingSession(boolean color) {
        task = new FutureTask<>(() -> TerminalSession.open(color));
    }

    static PendingSession start(boolean color) {
        PendingSession p = new PendingSession(color);
        Thread t = new Thread(p.task, "xfrmtop-terminal-open");
        t.setDaemon(true);
        t.start();
        return p;
    }

    /** Waits for the session; the opening's failure is thrown here. */
    TerminalSession get() throws IOException, InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IOException(cause);
        }
    }

    /** After a failure elsewhere: the session once its opening has ended, so it can be restored; null if it failed. */
    TerminalSession whenOpened() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;         // the terminal must be restored all the same
                } catch (ExecutionException e) {
                    return null;
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
