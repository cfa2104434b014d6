package xfrmtop.sys;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * XFRM multicast messages built byte for byte from the x86_64 layouts, the way the kernel's xfrm_user sends them
 * (xfrm_notify_sa, build_expire, build_acquire, xfrm_notify_policy, build_polexpire), from the dump builder's SA and
 * policy messages: the same struct with another message type, or wrapped as the event needs.
 */
public final class EventMessages {
    private static final int HDR = 16, USERSA_INFO = 224, USERPOLICY_INFO = 168;

    private EventMessages() {}

    /** NEWSA or UPDSA: struct xfrm_usersa_info and its attributes (algorithms with keys), as in a dump. */
    public static byte[] sa(int type, DumpBuilder.Sa s) {
        byte[] m = DumpBuilder.sa(s, 0, 0);
        ByteBuffer.wrap(m).order(ByteOrder.nativeOrder()).putShort(4, (short) type);
        return m;
    }

    /** DELSA: struct xfrm_usersa_id, then XFRMA_SA (the whole usersa_info), then the SA's other attributes (keys). */
    public static byte[] delSa(DumpBuilder.Sa s) {
        byte[] dump = DumpBuilder.sa(s, 0, 0);
        byte[] info = Arrays.copyOfRange(dump, HDR, HDR + USERSA_INFO);
        byte[] rest = Arrays.copyOfRange(dump, HDR + USERSA_INFO, dump.length);
        ByteBuffer id = le(24);
        id.put(0, info, 56, 16);                                  // daddr
        id.put(16, info, 72, 4);                                  // spi
        id.putShort(20, (short) s.family).put(22, (byte) s.proto);
        return message(XfrmNotice.DELSA, id.array(), attr(6, info), rest);
    }

    /** EXPIRE: struct xfrm_user_expire (usersa_info, then hard u8, padded to 232). */
    public static byte[] expire(DumpBuilder.Sa s, boolean hard) {
        byte[] dump = DumpBuilder.sa(s, 0, 0);
        ByteBuffer e = le(232);
        e.put(0, dump, HDR, USERSA_INFO);
        e.put(USERSA_INFO, (byte) (hard ? 1 : 0));
        return message(XfrmNotice.EXPIRE, e.array());
    }

    /** NEWPOLICY or UPDPOLICY: struct xfrm_userpolicy_info and its attributes. */
    public static byte[] policy(int type, DumpBuilder.Policy p) {
        byte[] m = DumpBuilder.policy(p, 0, 0);
        ByteBuffer.wrap(m).order(ByteOrder.nativeOrder()).putShort(4, (short) type);
        return m;
    }

    /** DELPOLICY: struct xfrm_userpolicy_id (selector, index, dir), then XFRMA_POLICY with the userpolicy_info. */
    public static byte[] delPolicy(DumpBuilder.Policy p) {
        byte[] dump = DumpBuilder.policy(p, 0, 0);
        byte[] info = Arrays.copyOfRange(dump, HDR, HDR + USERPOLICY_INFO);
        ByteBuffer id = le(64);
        id.put(0, info, 0, 56);
        id.putInt(56, p.index).put(60, (byte) p.dir);
        return message(XfrmNotice.DELPOLICY, id.array(), attr(7, info));
    }

    /** POLEXPIRE: struct xfrm_user_polexpire (userpolicy_info, then hard u8, padded to 176), then the templates. */
    public static byte[] polExpire(DumpBuilder.Policy p, boolean hard) {
        byte[] dump = DumpBuilder.policy(p, 0, 0);
        ByteBuffer e = le(176);
        e.put(0, dump, HDR, USERPOLICY_INFO);
        e.put(USERPOLICY_INFO, (byte) (hard ? 1 : 0));
        return message(XfrmNotice.POLEXPIRE, e.array(), Arrays.copyOfRange(dump, HDR + USERPOLICY_INFO, dump.length));
    }

    /**
     * ACQUIRE: struct xfrm_user_acquire for an SA from src to dst asked for by the policy (its templates follow as
     * XFRMA_TMPL), for a flow whose selector is the policy's own.
     */
    /** A policy for one UDP flow 198.51.100.1 -> 198.51.100.2:9 with an ESP template (reqid 77): what an acquire names. */
    public static DumpBuilder.Policy udpFlowPolicy() {
        DumpBuilder.Policy p = new DumpBuilder.Policy();
        p.src = "198.51.100.1";
        p.dst = "198.51.100.2";
        p.srcPrefix = p.dstPrefix = 32;
        p.proto = 17;
        p.dport = 9;
        p.dportMask = 0xffff;
        p.tmplSrc = "198.51.100.1";
        p.tmplDst = "198.51.100.2";
        p.tmplReqid = 77;
        return p;
    }

    public static byte[] acquire(DumpBuilder.Policy p, String src, String dst) {
        byte[] dump = DumpBuilder.policy(p, 0, 0);
        byte[] info = Arrays.copyOfRange(dump, HDR, HDR + USERPOLICY_INFO);
        byte[] attrs = Arrays.copyOfRange(dump, HDR + USERPOLICY_INFO, dump.length);
        ByteBuffer a = le(280);
        a.put(0, address(dst));                                   // id.daddr, spi 0
        a.put(20, (byte) 50);                                     // id.proto esp
        a.put(24, address(src));                                  // saddr
        a.put(40, info, 0, 56);                                   // sel
        a.put(96, info, 0, USERPOLICY_INFO);                      // policy
        a.putInt(264, -1).putInt(268, -1).putInt(272, -1).putInt(276, 7);
        return message(XfrmNotice.ACQUIRE, a.array(), attrs);
    }

    /** FLUSHSA: struct xfrm_usersa_flush (u8 proto). */
    public static byte[] flushSa(int proto) { return message(XfrmNotice.FLUSHSA, new byte[] {(byte) proto, 0, 0, 0}); }

    private static byte[] address(String text) {
        try {
            return java.net.InetAddress.getByName(text).getAddress();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static byte[] attr(int type, byte[] payload) {
        ByteBuffer b = le((4 + payload.length + 3) & ~3);
        b.putShort(0, (short) (4 + payload.length)).putShort(2, (short) type).put(4, payload);
        return b.array();
    }

    private static byte[] message(int type, byte[]... parts) {
        int n = HDR;
        for (byte[] p : parts) n += p.length;
        ByteBuffer b = le(n);
        b.putInt(0, n).putShort(4, (short) type).putInt(8, 0).putInt(12, 0);
        int at = HDR;
        for (byte[] p : parts) {
            b.put(at, p);
            at += p.length;
        }
        return b.array();
    }

    private static ByteBuffer le(int n) { return ByteBuffer.allocate(n).order(ByteOrder.nativeOrder()); }

    /** Several messages in one native-order buffer, as one recv would leave them. */
    public static ByteBuffer datagram(byte[]... messages) { return DumpBuilder.datagram(messages); }
}
