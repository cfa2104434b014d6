package xfrmtop.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command (argument vector, never a shell line) and returns its output; failures throw with the output. */
public final class Cmd {
    private Cmd() {}

    public record Result(int exit, String out) {}

    public static Result run(List<String> argv, long timeoutS) {
        try {
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + argv);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + argv + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Result run(String... argv) { return run(Arrays.asList(argv), 60); }

    /** Runs and requires exit 0. */
    public static String ok(String... argv) {
        Result r = run(argv);
        if (r.exit() != 0) throw new IllegalStateException(String.join(" ", argv) + " -> exit " + r.exit() + ": " + r.out());
        return r.out();
    }

    public static boolean exists(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (new java.io.File(dir, program).canExecute()) return true;
        }
        return new java.io.File("/usr/sbin/" + program).canExecute() || new java.io.File("/sbin/" + program).canExecute();
    }

    static List<String> concat(List<String> a, String... b) {
        List<String> l = new ArrayList<>(a);
        l.addAll(Arrays.asList(b));
        return l;
    }
}
