package xfrmtop.app;

import xfrmtop.rate.Frame;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * Says how far the first read of a big recording has come (a 120-tick recording of a 10,000-SA gateway takes
 * seconds), on one line of the terminal that it clears when done, so the wait before the first frame is not a
 * blank screen. Silent for the first second and when the output is not a terminal (a script's stderr stays clean).
 */
final class ScanProgress implements Consumer<Frame> {
    private static final long EVERY_NS = 250_000_000L;

    private final Consumer<Frame> next;
    private final String what;
    private final PrintStream out;
    private final long quietNs;
    private final long start = System.nanoTime();
    private long ticks, lastShown;
    private boolean shown;

    /** @param out where to write, or null for nowhere; quietNs how long to say nothing */
    ScanProgress(Consumer<Frame> next, String what, PrintStream out, long quietNs) {
        this.next = next;
        this.what = what.replaceAll("[\\p{Cntrl}\\u0080-\\u009f]", "?");     // a file name is not to steer the terminal
        this.out = out;
        this.quietNs = quietNs;
    }

    static ScanProgress onTerminal(Consumer<Frame> next, String what) {
        return new ScanProgress(next, what, System.console() != null ? System.err : null, 1_000_000_000L);
    }

    @Override
    public void accept(Frame f) {
        next.accept(f);
        ticks++;
        if (out == null) return;
        long now = System.nanoTime();
        if (now - start < quietNs || shown && now - lastShown < EVERY_NS) return;
        lastShown = now;
        shown = true;
        out.print("\rxfrmtop: reading " + what + ": " + ticks + " ticks so far\033[K");
        out.flush();
    }

    /** Clears the line, if anything was written on it. */
    void done() {
        if (!shown) return;
        out.print("\r\033[K");
        out.flush();
    }
}
