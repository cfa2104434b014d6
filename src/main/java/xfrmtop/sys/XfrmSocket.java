package xfrmtop.sys;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A NETLINK_XFRM socket that dumps SAs and policies. Bound to the network namespace it was opened in. Replies are
 * received into one direct buffer, parsed in place by {@link XfrmDumpReader} and zeroed (they carry keys). A receive
 * timeout bounds a dump, so a stuck kernel answer never blocks the sampler for long.
 * Not thread-safe: the sampler thread owns it.
 */
public final class XfrmSocket implements AutoCloseable {
    /** Dump datagrams are at most 32 KiB (the kernel's largest dump skb); twice that leaves room. */
    private static final int BUFFER = 64 * 1024;
    private static final int TIMEOUT_MS = 2000;

    private final int fd;
    private final ByteBuffer buf = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.nativeOrder());
    private final Pointer ptr = Native.getDirectBufferPointer(buf);
    private final ByteBuffer req = ByteBuffer.allocateDirect(16).order(ByteOrder.nativeOrder());
    private final Pointer reqPtr = Native.getDirectBufferPointer(req);
    private final XfrmDumpReader reader = new XfrmDumpReader();
    private int seq = (int) (System.nanoTime() & 0x3fffffff);

    private XfrmSocket(int fd) { this.fd = fd; }

    /** A NETLINK_XFRM socket's descriptor, in the calling thread's namespace (loads JNA on first use). */
    static int netlinkXfrm() throws NativeException {
        String problem = NativeSupport.problem();
        if (problem != null) throw new NativeException(problem, Errno.EOPNOTSUPP);
        try {
            return Libc.socket(Libc.AF_NETLINK, Libc.SOCK_RAW | Libc.SOCK_CLOEXEC, Libc.NETLINK_XFRM);
        } catch (LastErrorException e) {
            throw new NativeException("socket(AF_NETLINK, NETLINK_XFRM)", e.getErrorCode());
        }
    }

    /** Opens the socket (loads JNA on first use: call off the UI thread). */
    public static XfrmSocket open() throws NativeException {
        int fd = netlinkXfrm();
        try (Memory tv = new Memory(16)) {
            tv.setLong(0, TIMEOUT_MS / 1000);
            tv.setLong(8, (TIMEOUT_MS % 1000) * 1000L);
            Libc.setsockopt(fd, Libc.SOL_SOCKET, Libc.SO_RCVTIMEO, tv, 16);
        } catch (LastErrorException e) {
            Libc.close(fd);
            throw new NativeException("setsockopt(SO_RCVTIMEO)", e.getErrorCode());
        }
        return new XfrmSocket(fd);
    }

    public XfrmDump<XfrmSa> dumpSas() throws java.io.IOException {
        dump(false);
        return reader.sas();
    }

    public XfrmDump<XfrmPolicy> dumpPolicies() throws java.io.IOException {
        dump(true);
        return reader.policies();
    }

    private void dump(boolean policies) throws java.io.IOException {
        int s = ++seq;
        XfrmDumpReader.request(req, policies, s);
        String call = policies ? "XFRM_MSG_GETPOLICY" : "XFRM_MSG_GETSA";
        try {
            Libc.send(fd, reqPtr, 16, 0);
        } catch (LastErrorException e) {
            throw new NativeException("send(" + call + ")", e.getErrorCode());
        }
        reader.begin(s, policies);
        while (true) {
            int n;
            try {
                n = (int) Libc.recv(fd, ptr, BUFFER, Libc.MSG_TRUNC);
            } catch (LastErrorException e) {
                int errno = e.getErrorCode();
                throw new NativeException("recv(" + call + ")" + (errno == Errno.EAGAIN ? " timed out" : ""), errno);
            }
            if (n > BUFFER) {
                Zero.fill(buf, BUFFER);
                throw new MalformedDumpException(call + " reply of " + n + " bytes exceeds the " + BUFFER + "-byte buffer");
            }
            if (reader.feed(buf, n) == XfrmDumpReader.Step.DONE) return;
        }
    }

    /** The interface name of an ifindex in this process's namespace (for offload devices), or "if" + index. */
    public static String interfaceName(int ifindex) {
        try (Memory m = new Memory(Libc.IF_NAMESIZE)) {
            m.clear();
            Pointer p = Libc.if_indextoname(ifindex, m);
            return p == null ? "if" + ifindex : m.getString(0, "US-ASCII");
        } catch (LastErrorException | UnsatisfiedLinkError e) {
            return "if" + ifindex;
        }
    }

    @Override
    public void close() {
        try {
            Libc.close(fd);
        } catch (LastErrorException ignored) {
            // closing at exit: nothing to do
        }
    }
}
