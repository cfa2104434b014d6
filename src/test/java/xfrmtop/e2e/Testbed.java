package xfrmtop.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Two namespaces joined by a veth pair: a sender (198.51.100.1) and a receiver (198.51.100.2), plus helpers to
 * provoke xfrm_stat counters for real and to run xfrmtop the way a user does (the ./xfrmtop launcher).
 * Selectors use distinct UDP ports so each counter is driven by its own packet stream.
 */
public final class Testbed implements AutoCloseable {
    public static final String SRC = "198.51.100.1", DST = "198.51.100.2";
    public final Netns sender;
    public final Netns receiver;
    private final List<Process> background = new ArrayList<>();

    public Testbed() {
        Netns.assumeAvailable();
        sender = Netns.create("s");
        receiver = Netns.create("r");
        Netns.veth(sender, "xs0", SRC, receiver, "xr0", DST);
    }

    private String sel(int port) {
        return "src " + SRC + "/32 dst " + DST + "/32 proto udp dport " + port;
    }

    private static String[] words(String s) { return s.split(" "); }

    /** Sender: an out policy with action block for this port: XfrmOutPolBlock, one per packet. */
    public void blockOut(int port) {
        sender.ip(words("xfrm policy add " + sel(port) + " dir out action block"));
    }

    /** Sender: an out policy whose ESP template has no SA: XfrmOutNoStates, one per packet. */
    public void noStateOut(int port) {
        sender.ip(words("xfrm policy add " + sel(port) + " dir out tmpl src " + SRC + " dst " + DST
                + " proto esp reqid 77 mode tunnel"));
    }

    /** Receiver: default input policy block: XfrmInNoPols, one per packet that arrives. */
    public void defaultBlockIn() {
        receiver.ip(words("xfrm policy setdefault in block"));
    }

    /** Starts a UDP sender in the sender namespace. */
    public Process send(int port, int pps, int seconds) {
        try {
            Process p = new ProcessBuilder(sender.exec(UdpSender.command(DST, port, pps, seconds).toArray(new String[0])))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            background.add(p);
            return p;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The launcher, as a user runs it. */
    public static String launcher() {
        return Path.of(System.getProperty("xfrmtop.basedir", ".")).toAbsolutePath().resolve("xfrmtop").toString();
    }

    /** The argument vector that runs xfrmtop (launcher, no rebuild) inside a namespace. */
    public static List<String> xfrmtop(Netns ns, String... args) {
        List<String> argv = new ArrayList<>(ns.exec("env", "XFRMTOP_SKIP_BUILD=1", launcher()));
        argv.addAll(List.of(args));
        return argv;
    }

    public static void assumeJar() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of(System.getProperty("xfrmtop.jar", "target/xfrmtop.jar"))),
                "SKIPPED: target/xfrmtop.jar not built (run mvn -Pe2e verify)");
    }

    @Override
    public void close() {
        for (Process p : background) p.destroyForcibly();
        sender.close();
        receiver.close();
    }
}
