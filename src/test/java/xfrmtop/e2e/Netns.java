package xfrmtop.e2e;

import org.junit.jupiter.api.Assumptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A network namespace created by a test (ip netns add), deleted on close. Names are unique per JVM and test so that
 * concurrent runs on one machine never share one. Traffic stays inside namespaces the test made.
 */
public final class Netns implements AutoCloseable {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static volatile String unavailable;
    private static volatile boolean probed;

    public final String name;

    private Netns(String name) { this.name = name; }

    /** Skips the calling test, with the reason, where namespaces cannot be created (not root, no iproute2). */
    public static void assumeAvailable() {
        if (!probed) {
            synchronized (Netns.class) {
                if (!probed) {
                    unavailable = probe();
                    probed = true;
                }
            }
        }
        Assumptions.assumeTrue(unavailable == null, () -> "SKIPPED: network namespace tests need " + unavailable);
    }

    private static String probe() {
        if (!Cmd.exists("ip")) return "iproute2 (ip) installed";
        String n = "xtprobe" + ProcessHandle.current().pid();
        Cmd.Result r = Cmd.run("ip", "netns", "add", n);
        if (r.exit() != 0) return "root (ip netns add failed: " + r.out().trim() + ")";
        Cmd.run("ip", "netns", "del", n);
        return null;
    }

    /** A new namespace named xt&lt;pid&gt;&lt;seq&gt;&lt;tag&gt;, with lo up. */
    public static Netns create(String tag) {
        assumeAvailable();
        Netns ns = new Netns("xt" + ProcessHandle.current().pid() + "n" + SEQ.incrementAndGet() + tag);
        Cmd.ok("ip", "netns", "add", ns.name);
        ns.ip("link", "set", "lo", "up");
        return ns;
    }

    /** ip -n NAME ARGS... */
    public String ip(String... args) {
        List<String> argv = new ArrayList<>(List.of("ip", "-n", name));
        argv.addAll(Arrays.asList(args));
        return Cmd.ok(argv.toArray(new String[0]));
    }

    /** The argument vector that runs a command inside the namespace. */
    public List<String> exec(String... cmd) {
        List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", name));
        argv.addAll(Arrays.asList(cmd));
        return argv;
    }

    /** A veth pair between two namespaces (or within one), both ends up, with the given /24 addresses. */
    public static void veth(Netns a, String ifA, String addrA, Netns b, String ifB, String addrB) {
        Cmd.ok("ip", "link", "add", ifA, "netns", a.name, "type", "veth", "peer", "name", ifB, "netns", b.name);
        a.ip("addr", "add", addrA + "/24", "dev", ifA);
        b.ip("addr", "add", addrB + "/24", "dev", ifB);
        a.ip("link", "set", ifA, "up");
        b.ip("link", "set", ifB, "up");
    }

    @Override
    public void close() {
        Cmd.run("ip", "netns", "del", name);
    }

    @Override public String toString() { return name; }
}
