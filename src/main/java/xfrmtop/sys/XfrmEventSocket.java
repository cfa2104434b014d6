package xfrmtop.sys;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * A NETLINK_XFRM socket subscribed to the multicast groups ACQUIRE, EXPIRE, SA and POLICY (what "ip xfrm monitor"
 * shows), drained without blocking once per tick. Bound to the network namespace it was opened in, so it must be
 * opened on that namespace's thread. Joining the groups needs CAP_NET_ADMIN (bind fails with EPERM without it).
 * Messages are received into one direct buffer and zeroed after parsing: SA messages carry keys.
 * Not thread-safe: the reading thread owns it.
 */
public final class XfrmEventSocket implements AutoCloseable {
    /** XFRMNLGRP_ACQUIRE 1, EXPIRE 2, SA 3, POLICY 4 as the bind-time bit mask 1 << (group - 1). */
    static final int GROUPS = 0x1 | 0x2 | 0x4 | 0x8;
    /** One message per datagram; an SA message with every attribute stays far below this. */
    private static final int BUFFER = 32 * 1024;
    /** Room for a burst between two drains (a flush of thousands of SAs); needs CAP_NET_ADMIN beyond rmem_max. */
    private static final int RCVBUF = 4 << 20;

    private final int fd;
    private final ByteBuffer buf = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.nativeOrder());
    private final Pointer ptr = Native.getDirectBufferPointer(buf);
    private final XfrmEventReader reader = new XfrmEventReader();

    private XfrmEventSocket(int fd) { this.fd = fd; }

    /** Opens and subscribes (loads JNA on first use: call off the UI thread, on the namespace's thread). */
    public static XfrmEventSocket open() throws NativeException {
        int fd = XfrmSocket.netlinkXfrm();
        try (Memory m = new Memory(12)) {
            m.setInt(0, RCVBUF);
            if (!setsockopt(fd, Libc.SO_RCVBUFFORCE, m)) setsockopt(fd, Libc.SO_RCVBUF, m);   // best effort
            m.clear();
            m.setShort(0, (short) Libc.AF_NETLINK);        // sockaddr_nl: family, pad, pid 0 (the kernel picks), groups
            m.setInt(8, GROUPS);
            Libc.bind(fd, m, 12);
        } catch (LastErrorException e) {
            Libc.close(fd);
            throw new NativeException("bind(NETLINK_XFRM, groups acquire+expire+sa+policy)", e.getErrorCode());
        }
        return new XfrmEventSocket(fd);
    }

    private static boolean setsockopt(int fd, int opt, Memory value) {
        try {
            Libc.setsockopt(fd, Libc.SOL_SOCKET, opt, value, 4);
            return true;
        } catch (LastErrorException e) {
            return false;
        }
    }

    /**
     * Reads what is queued, without waiting, into out (at most max messages; the rest stay queued for the next call).
     *
     * @return how many times the receive buffer overran since the last call (ENOBUFS: the kernel dropped events)
     * @throws NativeException the socket failed (anything but "nothing queued" and an overrun)
     */
    public int drain(List<XfrmNotice> out, int max) throws NativeException {
        int overruns = 0;
        for (int i = 0; i < max; i++) {
            int n = (int) QuietLibc.recv(fd, ptr, BUFFER, Libc.MSG_DONTWAIT | Libc.MSG_TRUNC);
            if (n < 0) {
                int errno = QuietLibc.errno();
                if (errno == Errno.EAGAIN) break;
                if (errno == Errno.ENOBUFS) {
                    overruns++;
                    continue;
                }
                if (errno == Errno.EINTR) continue;
                throw new NativeException("recv(XFRM events)", errno);
            }
            reader.feed(buf, Math.min(n, BUFFER), out);   // a truncated datagram parses as malformed (and is zeroed)
        }
        return overruns;
    }

    /** Messages that could not be parsed since the socket was opened. */
    public int malformed() { return reader.malformed(); }

    @Override
    public void close() {
        try {
            Libc.close(fd);
        } catch (LastErrorException ignored) {
            // closing at exit: nothing to do
        }
    }
}
