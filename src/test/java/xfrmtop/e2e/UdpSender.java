package xfrmtop.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends UDP datagrams at a fixed packet rate from an unconnected socket (sendto: one XFRM policy lookup per packet),
 * paced from a fixed start so the rate does not drift. Send errors (EPERM from a block policy, ...) are expected and
 * counted as sent: the kernel counted the drop.
 * Usage: UdpSender DST PORT PACKETS_PER_SECOND SECONDS
 */
public final class UdpSender {
    private UdpSender() {}

    public static void main(String[] args) throws IOException {
        InetSocketAddress dst = new InetSocketAddress(args[0], Integer.parseInt(args[1]));
        double pps = Double.parseDouble(args[2]);
        double seconds = Double.parseDouble(args[3]);
        long n = Math.round(pps * seconds);
        long start = System.nanoTime();
        long errors = 0;
        try (DatagramChannel ch = DatagramChannel.open()) {
            ByteBuffer payload = ByteBuffer.wrap(new byte[] {'x', 'f', 'r', 'm'});
            for (long i = 0; i < n; i++) {
                long due = start + (long) (i * 1e9 / pps);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
                try {
                    payload.rewind();
                    ch.send(payload, dst);
                } catch (IOException e) {
                    errors++;
                }
            }
        }
        System.out.println("sent " + n + " packets (" + errors + " send errors) in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /** The argument vector that runs this sender with the test classpath. */
    public static java.util.List<String> command(String dst, int port, int pps, int seconds) {
        return java.util.List.of(javaBin(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), UdpSender.class.getName(), dst, String.valueOf(port),
                String.valueOf(pps), String.valueOf(seconds));
    }

    static String javaBin() { return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(); }
}
