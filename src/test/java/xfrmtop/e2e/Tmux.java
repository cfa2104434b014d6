package xfrmtop.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real terminal: a tmux server on a private socket (-L, so tests never touch anyone else's tmux) with one window
 * running a plain bash; tests type commands and read the screen with capture-pane.
 */
public final class Tmux implements AutoCloseable {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private final String socket = "xfrmtop-test-" + ProcessHandle.current().pid() + "-" + SEQ.incrementAndGet();

    public Tmux(int width, int height) {
        Cmd.ok("tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", String.valueOf(width),
                "-y", String.valueOf(height), "env", "PS1=$ ", "TERM=screen", "bash", "--norc", "--noprofile");
    }

    public static boolean available() { return Cmd.exists("tmux"); }

    /** The private socket name (for tmux commands a test issues itself, e.g. resize-window). */
    public String socket() { return socket; }

    private List<String> tmux(String... args) {
        List<String> l = new ArrayList<>(List.of("tmux", "-L", socket));
        l.addAll(Arrays.asList(args));
        return l;
    }

    /** Types a command line (literally) and presses Enter. */
    public void type(String line) {
        Cmd.ok(tmux("send-keys", "-t", "t", "-l", line).toArray(new String[0]));
        keys("Enter");
    }

    /** Sends tmux key names (q, Space, Escape, C-c, ...). */
    public void keys(String... keys) {
        List<String> l = tmux("send-keys", "-t", "t");
        l.addAll(Arrays.asList(keys));
        Cmd.ok(l.toArray(new String[0]));
    }

    public String screen() { return Cmd.ok(tmux("capture-pane", "-p", "-t", "t").toArray(new String[0])); }

    /** A tmux format of the pane, e.g. "#{alternate_on}" or "#{cursor_flag}". */
    public String format(String fmt) { return Cmd.ok(tmux("display-message", "-p", "-t", "t", fmt).toArray(new String[0])).trim(); }

    /**
     * Polls the screen until the predicate holds, and holds again 50 ms later: a capture can catch tmux halfway
     * through taking in a frame (its top rows new, the rest old), and callers go on to read the rest of the screen
     * they get. Returns the later capture; fails with the last screen after the timeout.
     */
    public String waitFor(String what, Predicate<String> p, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        String s = "";
        while (System.nanoTime() < end) {
            s = screen();
            if (p.test(s)) {
                if (!pause(50)) break;
                s = screen();
                if (p.test(s)) return s;
            }
            if (!pause(100)) break;
        }
        fail("timed out waiting for " + what + "; screen:\n" + s);
        return s;
    }

    private static boolean pause(long ms) {
        try {
            Thread.sleep(ms);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() { Cmd.run(tmux("kill-server"), 10); }
}
