package xfrmtop.tui;

import sun.misc.Signal;

import java.util.function.IntConsumer;

/**
 * SIGTERM, SIGHUP (the SSH session dropped) and SIGINT end the TUI through its own loop, so the terminal is restored
 * by the same finally block as for q. Without this the JVM's shutdown would restore the terminal on one thread while
 * the UI thread may still be drawing, and the last frame's cells would land on the normal screen.
 */
final class Signals {
    private Signals() {}

    /** @param onSignal receives 128 + the signal number (the exit status a shell reports for it) */
    static void install(IntConsumer onSignal) {
        for (String name : new String[] {"TERM", "HUP", "INT"}) {
            try {
                Signal sig = new Signal(name);
                Signal.handle(sig, s -> onSignal.accept(128 + s.getNumber()));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // signal not available here (or reserved by the VM): the JVM default (shutdown hooks) remains
            }
        }
    }
}
