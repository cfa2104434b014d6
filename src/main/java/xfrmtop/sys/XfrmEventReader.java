package xfrmtop.sys;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Parses datagrams from the XFRM multicast groups (ACQUIRE, EXPIRE, SA, POLICY) at explicit offsets (x86_64 layouts,
 * include/uapi/linux/xfrm.h) into {@link XfrmNotice}s. Pure Java, so built bytes go through the same code as the live
 * socket. NEWSA, UPDSA and DELSA carry the SA's keys: only the fixed identity part is read (through the dump
 * parser, which never reads key bytes), and every datagram is zeroed after parsing. A message too short for its
 * layout is counted as malformed, never half-read.
 */
public final class XfrmEventReader {
    static final int USERSA_ID = 24, USERPOLICY_ID = 64, USER_EXPIRE = 232, USER_POLEXPIRE = 176, USER_ACQUIRE = 280;
    static final int XFRMA_SA = 6, XFRMA_POLICY = 7;

    private final XfrmMessages messages = new XfrmMessages();
    private int malformed;

    /** Messages that were too short or whose attributes ran past them, since this reader was made. */
    public int malformed() { return malformed; }

    /** Parses one datagram of len bytes (native byte order, from offset 0) into out, then zeroes those bytes. */
    public void feed(ByteBuffer buf, int len, List<XfrmNotice> out) {
        int n = Math.min(len, buf.capacity());
        try {
            int off = 0;
            while (n - off >= XfrmDumpReader.NLMSG_HDRLEN) {
                int mlen = buf.getInt(off);
                if (mlen < XfrmDumpReader.NLMSG_HDRLEN || mlen > n - off) {
                    malformed++;
                    return;
                }
                int type = buf.getShort(off + 4) & 0xffff;
                XfrmNotice x = message(buf, type, off + XfrmDumpReader.NLMSG_HDRLEN, off + mlen);
                if (x != null) out.add(x);
                off += (mlen + 3) & ~3;
            }
        } finally {
            Zero.fill(buf, n);
        }
    }

    private XfrmNotice message(ByteBuffer b, int type, int p, int end) {
        XfrmNotice x = switch (type) {
            case XfrmNotice.NEWSA, XfrmNotice.UPDSA -> sa(type, messages.sa(b, p, end), false);
            case XfrmNotice.DELSA -> deleted(b, p, end);
            case XfrmNotice.EXPIRE -> end - p < USER_EXPIRE ? null
                    : sa(type, messages.sa(b, p, p + XfrmMessages.USERSA_INFO), b.get(p + XfrmMessages.USERSA_INFO) != 0);
            case XfrmNotice.NEWPOLICY, XfrmNotice.UPDPOLICY -> policy(type, messages.policy(b, p, end), false);
            case XfrmNotice.DELPOLICY -> {
                int a = attribute(b, p + USERPOLICY_ID, end, XFRMA_POLICY, XfrmMessages.USERPOLICY_INFO);
                yield end - p < USERPOLICY_ID || a < 0 ? null
                        : policy(type, messages.policy(b, a, a + XfrmMessages.USERPOLICY_INFO), false);
            }
            case XfrmNotice.POLEXPIRE -> polExpire(b, p, end);
            case XfrmNotice.ACQUIRE -> acquire(b, p, end);
            case XfrmNotice.FLUSHSA -> new XfrmNotice(type, null, null, null, false, end - p >= 1 ? b.get(p) & 0xff : 0);
            case XfrmNotice.FLUSHPOLICY -> new XfrmNotice(type, null, null, null, false, 0);
            default -> NOT_OURS;                      // errors, NOOP, AEVENTS, MAPPING, ...: not subscribed or not ours
        };
        if (x == null) malformed++;
        return x == NOT_OURS ? null : x;
    }

    private static final XfrmNotice NOT_OURS = new XfrmNotice(0, null, null, null, false, 0);

    private static XfrmNotice sa(int type, XfrmSa sa, boolean hard) {
        return sa == null ? null : new XfrmNotice(type, sa, null, null, hard, 0);
    }

    private static XfrmNotice policy(int type, XfrmPolicy p, boolean hard) {
        return p == null ? null : new XfrmNotice(type, null, p, null, hard, 0);
    }

    /** POLEXPIRE: struct xfrm_user_polexpire (userpolicy_info, hard), then the policy's templates (XFRMA_TMPL). */
    private XfrmNotice polExpire(ByteBuffer b, int p, int end) {
        if (end - p < USER_POLEXPIRE) return null;
        XfrmPolicy pol = messages.policy(b, p, p + XfrmMessages.USERPOLICY_INFO);
        List<XfrmPolicy.Template> tmpls = messages.templates(b, p + USER_POLEXPIRE, end);
        if (pol == null || tmpls == null) return null;
        pol = new XfrmPolicy(pol.sel(), pol.dir(), pol.action(), pol.priority(), pol.index(), pol.flags(), pol.addTime(),
                pol.useTime(), pol.markValue(), pol.markMask(), pol.ifId(), pol.type(), List.copyOf(tmpls));
        return policy(XfrmNotice.POLEXPIRE, pol, b.get(p + XfrmMessages.USERPOLICY_INFO) != 0);
    }

    /** DELSA: struct xfrm_usersa_id, then XFRMA_SA with the whole xfrm_usersa_info (of which the identity is read). */
    private XfrmNotice deleted(ByteBuffer b, int p, int end) {
        if (end - p < USERSA_ID) return null;
        int a = attribute(b, p + USERSA_ID, end, XFRMA_SA, XfrmMessages.USERSA_INFO);
        return a < 0 ? null : sa(XfrmNotice.DELSA, messages.sa(b, a, a + XfrmMessages.USERSA_INFO), false);
    }

    /** struct xfrm_user_acquire: id (daddr, spi, proto) 0, saddr 24, sel 40, policy 96, then XFRMA_TMPL and others. */
    private XfrmNotice acquire(ByteBuffer b, int p, int end) {
        if (end - p < USER_ACQUIRE) return null;
        XfrmPolicy pol = messages.policy(b, p + 96, p + 96 + XfrmMessages.USERPOLICY_INFO);
        if (pol == null) return null;
        int proto = b.get(p + 20) & 0xff;
        long dstHi = XfrmMessages.be64(b, p), dstLo = XfrmMessages.be64(b, p + 8);
        List<XfrmPolicy.Template> tmpls = messages.templates(b, p + USER_ACQUIRE, end);
        if (tmpls == null) return null;
        XfrmPolicy.Template t = null;
        for (XfrmPolicy.Template x : tmpls) {
            if (x.proto() != proto) continue;
            if (t == null || (x.dstHi() == dstHi && x.dstLo() == dstLo)) t = x;
        }
        XfrmPolicy.Selector sel = XfrmMessages.selector(b, p + 40);
        int family = t != null && t.family() != 0 ? t.family() : sel.family();
        XfrmNotice.Acquire a = new XfrmNotice.Acquire(family, XfrmMessages.be64(b, p + 24), XfrmMessages.be64(b, p + 32),
                dstHi, dstLo, proto, sel, t);
        return new XfrmNotice(XfrmNotice.ACQUIRE, null, pol, a, false, 0);
    }

    /** Offset of the payload of the first attribute of a type with at least min bytes, or -1. */
    private static int attribute(ByteBuffer b, int from, int end, int type, int min) {
        for (int a = from; end - a >= 4; ) {
            int alen = b.getShort(a) & 0xffff, t = b.getShort(a + 2) & 0x3fff;
            if (alen < 4 || alen > end - a) return -1;
            if (t == type) return alen - 4 >= min ? a + 4 : -1;
            a += (alen + 3) & ~3;
        }
        return -1;
    }
}
