package xfrmtop.sys;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the datagrams of one XFRM netlink dump (NEWSA or NEWPOLICY messages, NLM_F_MULTI, ending in NLMSG_DONE or
 * NLMSG_ERROR) with explicit offsets (x86_64 layouts, see the struct comments). Pure Java, so recorded dump bytes go
 * through the same code as the live socket. Every datagram is zeroed after it is parsed: SA dumps carry keys, and
 * only algorithm names and key lengths leave this class. Lengths are checked before every read.
 */
public final class XfrmDumpReader {
    public static final int NLMSG_ERROR = 2, NLMSG_DONE = 3;
    public static final int XFRM_MSG_NEWSA = 0x10, XFRM_MSG_GETSA = 0x12, XFRM_MSG_NEWPOLICY = 0x13,
            XFRM_MSG_GETPOLICY = 0x15;
    public static final int NLM_F_MULTI = 0x2, NLM_F_DUMP_INTR = 0x10, NLM_F_REQUEST = 0x1, NLM_F_DUMP = 0x300;
    static final int NLMSG_HDRLEN = 16;

    /** Whether a datagram completed the dump. */
    public enum Step { MORE, DONE }

    private final XfrmMessages messages = new XfrmMessages();
    // the last complete SA dump's settings in dump order, and this dump's so far: an SA whose settings stayed keeps
    // its record (the kernel keeps its order; shift follows SAs that came or went before the one being read)
    private SaSettings[] known = new SaSettings[0], reading = new SaSettings[0];
    private int knownCount, shift;
    private int seq;
    private boolean policies;
    private List<Object> items = new ArrayList<>();
    private boolean interrupted;
    private int skipped;

    /** Starts a dump whose replies carry this sequence number. */
    public void begin(int seq, boolean policies) {
        this.seq = seq;
        this.policies = policies;
        this.items = new ArrayList<>(items.size() + 16);
        this.shift = 0;
        if (!policies) java.util.Arrays.fill(reading, null);   // nothing left from a dump that failed half-way
        this.interrupted = false;
        this.skipped = 0;
    }

    /**
     * Parses one datagram of len bytes (from absolute offset 0; the buffer's byte order must be native), then zeroes
     * those bytes whatever happened.
     *
     * @throws NativeException          the kernel answered with an error (e.g. EPERM without CAP_NET_ADMIN)
     * @throws MalformedDumpException   a message length points outside the datagram
     */
    public Step feed(ByteBuffer buf, int len) throws NativeException, MalformedDumpException {
        try {
            return walk(buf, Math.min(len, buf.capacity()));
        } finally {
            Zero.fill(buf, Math.min(len, buf.capacity()));
        }
    }

    private Step walk(ByteBuffer b, int len) throws NativeException, MalformedDumpException {
        int off = 0;
        while (len - off >= NLMSG_HDRLEN) {
            int mlen = b.getInt(off);
            if (mlen < NLMSG_HDRLEN || mlen > len - off) {
                throw new MalformedDumpException("netlink message of " + mlen + " bytes at offset " + off
                        + " does not fit the " + len + "-byte reply");
            }
            int type = b.getShort(off + 4) & 0xffff;
            int flags = b.getShort(off + 6) & 0xffff;
            if (b.getInt(off + 8) == seq) {          // other sequence numbers: left over from an abandoned dump
                if ((flags & NLM_F_DUMP_INTR) != 0) interrupted = true;
                int p = off + NLMSG_HDRLEN, end = off + mlen;
                switch (type) {
                    case NLMSG_DONE -> {
                        int err = end - p >= 4 ? b.getInt(p) : 0;
                        if (err < 0) throw new NativeException(request(), -err);
                        if (!policies) finishSas();
                        return Step.DONE;
                    }
                    case NLMSG_ERROR -> {
                        int err = end - p >= 4 ? b.getInt(p) : -Errno.EINVAL;
                        if (err < 0) throw new NativeException(request(), -err);
                    }
                    case XFRM_MSG_NEWSA -> add(policies ? null : sa(b, p, end));
                    case XFRM_MSG_NEWPOLICY -> add(policies ? messages.policy(b, p, end) : null);
                    default -> { }                    // NLMSG_NOOP and anything newer: not ours
                }
            }
            off += (mlen + 3) & ~3;
        }
        if (off < len && len - off >= 4) {
            throw new MalformedDumpException(len - off + " stray bytes at the end of a " + len + "-byte reply");
        }
        return Step.MORE;
    }

    private XfrmSa sa(ByteBuffer b, int p, int end) {
        int i = items.size();
        XfrmSa sa = messages.sas.sa(b, p, end, known, knownCount, i + shift);
        if (sa == null) return null;
        shift += messages.sas.moved;
        if (i == reading.length) reading = java.util.Arrays.copyOf(reading, Math.max(16, 2 * i));
        reading[i] = sa.settings();
        return sa;
    }

    /** A whole SA dump read: its settings are the ones the next dump's SAs are compared with. */
    private void finishSas() {
        SaSettings[] k = known;
        known = reading;
        knownCount = items.size();
        reading = k;
    }

    private void add(Object item) {
        if (item != null) items.add(item);
        else skipped++;
    }

    private String request() { return policies ? "XFRM_MSG_GETPOLICY" : "XFRM_MSG_GETSA"; }

    @SuppressWarnings("unchecked")
    public XfrmDump<XfrmSa> sas() { return new XfrmDump<>((List<XfrmSa>) (List<?>) items, interrupted, skipped); }

    @SuppressWarnings("unchecked")
    public XfrmDump<XfrmPolicy> policies() {
        return new XfrmDump<>((List<XfrmPolicy>) (List<?>) items, interrupted, skipped);
    }

    /** Builds the 16-byte dump request (nlmsghdr only, no filter attributes) into buf at offset 0. */
    public static void request(ByteBuffer buf, boolean policies, int seq) {
        buf.putInt(0, NLMSG_HDRLEN);
        buf.putShort(4, (short) (policies ? XFRM_MSG_GETPOLICY : XFRM_MSG_GETSA));
        buf.putShort(6, (short) (NLM_F_REQUEST | NLM_F_DUMP));
        buf.putInt(8, seq);
        buf.putInt(12, 0);
    }
}
