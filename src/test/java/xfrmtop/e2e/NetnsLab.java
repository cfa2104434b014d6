package xfrmtop.e2e;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Three namespaces, each with a different xfrm_stat counter provoked at a different packet rate, for tests that
 * watch several namespaces at once:
 * <ul>
 *   <li>{@link #a}: XfrmOutPolBlock at {@link #RATE_A} (a veth with both ends inside, an out block policy);</li>
 *   <li>{@link #b}: XfrmOutNoStates at {@link #RATE_B} (an out policy whose template has no SA), and a plain flow
 *       at {@link #RATE_C} over a veth to c;</li>
 *   <li>{@link #c}: XfrmInNoPols at {@link #RATE_C} (default input policy block) from b's plain flow.</li>
 * </ul>
 */
public final class NetnsLab implements AutoCloseable {
    public static final int RATE_A = 200, RATE_B = 100, RATE_C = 50;
    static final String A_SRC = "198.51.100.1", A_DST = "198.51.100.2";
    static final String B_ADDR = "203.0.113.1", C_ADDR = "203.0.113.2";
    public final Netns a, b, c;
    private final List<Process> senders = new ArrayList<>();

    public NetnsLab() {
        Netns.assumeAvailable();
        a = Netns.create("a");
        b = Netns.create("b");
        c = Netns.create("c");
        alone(a, "xa0", "xa1", A_SRC);
        a.ip(("xfrm policy add src " + A_SRC + "/32 dst " + A_DST + "/32 proto udp dport 9 dir out action block").split(" "));
        Netns.veth(b, "xb0", B_ADDR, c, "xc0", C_ADDR);
        b.ip(("xfrm policy add src " + B_ADDR + "/32 dst " + C_ADDR + "/32 proto udp dport 10 dir out tmpl src "
                + B_ADDR + " dst " + C_ADDR + " proto esp reqid 77 mode tunnel").split(" "));
        c.ip("xfrm", "policy", "setdefault", "in", "block");
    }

    /**
     * A veth pair with both ends in one namespace and an address on one end only: traffic to the /24 leaves through
     * it (policies never apply on lo), which is all the sender-side counters need.
     */
    static void alone(Netns ns, String dev, String peer, String addr) {
        Cmd.ok("ip", "link", "add", dev, "netns", ns.name, "type", "veth", "peer", "name", peer, "netns", ns.name);
        ns.ip("addr", "add", addr + "/24", "dev", dev);
        ns.ip("link", "set", dev, "up");
        ns.ip("link", "set", peer, "up");
    }

    /** Starts all three packet streams for the given seconds. */
    public void start(int seconds) {
        send(a, A_DST, 9, RATE_A, seconds);
        send(b, C_ADDR, 10, RATE_B, seconds);
        send(b, C_ADDR, 11, RATE_C, seconds);
    }

    /** A UDP sender inside a namespace (killed on close). */
    public Process send(Netns ns, String dst, int port, int pps, int seconds) {
        try {
            Process p = new ProcessBuilder(ns.exec(UdpSender.command(dst, port, pps, seconds).toArray(new String[0])))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            senders.add(p);
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (Process p : senders) p.destroyForcibly();
        a.close();
        b.close();
        c.close();
    }
}
