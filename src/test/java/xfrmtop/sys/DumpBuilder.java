package xfrmtop.sys;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds XFRM netlink dump datagrams byte for byte from the documented x86_64 layouts (include/uapi/linux/xfrm.h),
 * as the kernel sends them: nlmsghdr, struct xfrm_usersa_info / xfrm_userpolicy_info, then 4-byte aligned attributes.
 */
public final class DumpBuilder {
    public static final int AF_INET = 2, AF_INET6 = 10;

    /** One SA's fields; defaults are an IPv4 ESP tunnel SA with hmac(sha256)+cbc(aes). */
    public static final class Sa {
        public int family = AF_INET;
        public String src = "192.0.2.1", dst = "192.0.2.2";
        public int spi = 0x100, proto = 50, mode = 1, reqid = 1, flags, window = 32, dir;
        public long bytes, packets, addTime = 1_700_000_000L, useTime;
        public int replayWindow, replay, integrity;
        public long[] lifetime = {-1, -1, -1, -1, -1, -1, -1, -1};
        public String auth = "hmac(sha256)", enc = "cbc(aes)", aead;
        public byte[] authKey = hex("0102030405060708091011121314151617181920212223242526272829303132");
        public byte[] encKey = hex("0102030405060708090a0b0c0d0e0f10");
        public byte[] aeadKey;
        public int truncBits = 128, icvBits = 128;
        public boolean esn;
        public long oseq, seq;
        public int markValue, markMask, offloadIfindex, offloadFlags;
        public int unknownType;              // 0 = none; else an attribute of this type with 12 bytes of junk
    }

    public static final class Policy {
        public int family = AF_INET;
        public String src = "198.51.100.0", dst = "203.0.113.0";
        public int srcPrefix = 24, dstPrefix = 24, proto, dport, dportMask, dir = 1, action, priority, index = 1;
        public long addTime = 1_700_000_000L, useTime;
        public String tmplSrc = "192.0.2.1", tmplDst = "192.0.2.2";
        public int tmplReqid = 1, tmplMode = 1;
        public boolean template = true;
    }

    private final ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ByteOrder.nativeOrder());

    public static byte[] sa(Sa s, int seq, int flags) {
        DumpBuilder d = new DumpBuilder();
int start = d.header(XfrmDumpReader.XFRM_MSG_NEWSA, flags, seq);
int p = d.b.position();
        d.zeros(224);
        d.addr(p, s.family, s.src, 80);        // saddr (selector left empty, as for a plain tunnel SA)
        d.addr(p, s.family, s.dst, 56);        // id.daddr
        d.b.put(p + 72, (byte) (s.spi >>> 24)).put(p + 73, (byte) (s.spi >>> 16)).put(p + 74, (byte) (s.spi >>> 8))
                .put(p + 75, (byte) s.spi);
        d.b.put(p + 76, (byte) s.proto);
        for (int i = 0; i < 8; i++) d.b.putLong(p + 96 + 8 * i, s.lifetime[i]);
        d.b.putLong(p + 160, s.bytes).putLong(p + 168, s.packets).putLong(p + 176, s.addTime).putLong(p + 184, s.useTime);
        d.b.putInt(p + 192, s.replayWindow).putInt(p + 196, s.replay).putInt(p + 200, s.integrity);
        d.b.putInt(p + 208, s.reqid);
        d.b.putShort(p + 212, (short) s.family);
        d.b.put(p + 214, (byte) s.mode).put(p + 215, (byte) (s.esn ? 0 : s.window)).put(p + 216, (byte) (s.flags | (s.esn ? 128 : 0)));
        if (s.aead != null) d.alg(18, s.aead, s.aeadKey, s.icvBits);
        if (s.auth != null && s.aead == null) d.alg(20, s.auth, s.authKey, s.truncBits);
        if (s.enc != null && s.aead == null) d.alg(2, s.enc, s.encKey, null);
        if (s.esn) {
            ByteBuffer r = le(24 + 4);
            r.putInt(0, 1).putInt(4, (int) s.oseq).putInt(8, (int) s.seq).putInt(12, (int) (s.oseq >>> 32))
                    .putInt(16, (int) (s.seq >>> 32)).putInt(20, s.window).putInt(24, 0xffff);
            d.attr(23, r.array());
        } else {
            ByteBuffer r = le(12);
            r.putInt(0, (int) s.oseq).putInt(4, (int) s.seq).putInt(8, 0xff);
            d.attr(10, r.array());
        }
        d.attr(15, le(8).putLong(0, s.useTime).array());                    // XFRMA_LASTUSED
        if (s.markValue != 0 || s.markMask != 0) d.attr(21, le(8).putInt(0, s.markValue).putInt(4, s.markMask).array());
        if (s.offloadIfindex != 0) d.attr(28, le(8).putInt(0, s.offloadIfindex).put(4, (byte) s.offloadFlags).array());
        if (s.dir != 0) d.attr(33, new byte[] {(byte) s.dir});
        if (s.unknownType != 0) d.attr(s.unknownType, new byte[] {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9});
        return d.finish(start);
    }

    public static byte[] policy(Policy p, int seq, int flags) {
        DumpBuilder d = new DumpBuilder();
int start = d.header(XfrmDumpReader.XFRM_MSG_NEWPOLICY, flags, seq);
int q = d.b.position();
        d.zeros(168);
        d.addr(q, p.family, p.dst, 0);
        d.addr(q, p.family, p.src, 16);
        d.b.put(q + 32, (byte) (p.dport >>> 8)).put(q + 33, (byte) p.dport);
        d.b.put(q + 34, (byte) (p.dportMask >>> 8)).put(q + 35, (byte) p.dportMask);
        d.b.putShort(q + 40, (short) p.family);
        d.b.put(q + 42, (byte) p.dstPrefix).put(q + 43, (byte) p.srcPrefix).put(q + 44, (byte) p.proto);
        for (int i = 0; i < 8; i++) d.b.putLong(q + 56 + 8 * i, -1);
        d.b.putLong(q + 136, p.addTime).putLong(q + 144, p.useTime);
        d.b.putInt(q + 152, p.priority).putInt(q + 156, p.index);
        d.b.put(q + 160, (byte) p.dir).put(q + 161, (byte) p.action);
        if (p.template) {
            DumpBuilder t = new DumpBuilder();
            t.zeros(64);
            t.addr(0, p.family, p.tmplDst, 0);
            t.b.put(20, (byte) 50);
            t.b.putShort(24, (short) p.family);
            t.addr(0, p.family, p.tmplSrc, 28);
            t.b.putInt(44, p.tmplReqid);
            t.b.put(48, (byte) p.tmplMode);
            t.b.putInt(52, -1).putInt(56, -1).putInt(60, -1);
            byte[] tmpl = new byte[64];
            t.b.get(0, tmpl);
            d.attr(5, tmpl);
        }
        d.attr(16, new byte[] {0, 0, 0, 0});                               // XFRMA_POLICY_TYPE main
        return d.finish(start);
    }

    public static byte[] done(int seq, int flags) {
        DumpBuilder d = new DumpBuilder();
int start = d.header(XfrmDumpReader.NLMSG_DONE, flags | XfrmDumpReader.NLM_F_MULTI, seq);
        d.b.putInt(0);
        return d.finish(start);
    }

    public static byte[] error(int seq, int errno) {
        DumpBuilder d = new DumpBuilder();
int start = d.header(XfrmDumpReader.NLMSG_ERROR, 0, seq);
        d.b.putInt(-errno);
        d.zeros(16);                                                        // the offending request's header
        return d.finish(start);
    }

    /** Concatenates messages into one datagram, in a native-order buffer sized to fit (as recv leaves it). */
    public static ByteBuffer datagram(byte[]... messages) {
int n = 0;
        for (byte[] m : messages) n += m.length;
        ByteBuffer out = ByteBuffer.allocate(Math.max(n, 16)).order(ByteOrder.nativeOrder());
        for (byte[] m : messages) out.put(m);
        return out;
    }

    public static List<ByteBuffer> datagrams(List<byte[]> messages, int maxBytes) {
        List<ByteBuffer> out = new ArrayList<>();
        List<byte[]> cur = new ArrayList<>();
int size = 0;
        for (byte[] m : messages) {
            if (size + m.length > maxBytes && !cur.isEmpty()) {
                out.add(datagram(cur.toArray(new byte[0][])));
                cur.clear();
                size = 0;
            }
            cur.add(m);
            size += m.length;
        }
        if (!cur.isEmpty()) out.add(datagram(cur.toArray(new byte[0][])));
        return out;
    }

    private int header(int type, int flags, int seq) {
int start = b.position();
        b.putInt(0).putShort((short) type).putShort((short) flags).putInt(seq).putInt(4242);
        return start;
    }

    private byte[] finish(int start) {
int len = b.position() - start;
        b.putInt(start, len);
byte[] out = new byte[len];
        b.get(start, out);
        return out;
    }

    private void zeros(int n) { for (int i = 0; i < n; i++) b.put((byte) 0); }

    private void attr(int type, byte[] payload) {
        b.putShort((short) (4 + payload.length)).putShort((short) type).put(payload);
        while ((b.position() & 3) != 0) b.put((byte) 0);
    }

    private void alg(int type, String name, byte[] key, Integer extra) {
int fixed = extra == null ? 68 : 72;
        ByteBuffer a = le(fixed + key.length);
byte[] n = name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        a.put(0, n);
        a.putInt(64, key.length * 8);
        if (extra != null) a.putInt(68, extra);
        a.put(fixed, key);
        attr(type, a.array());
    }

    private void addr(int base, int family, String text, int off) {
        try {
            byte[] a = InetAddress.getByName(text).getAddress();
            if ((family == AF_INET) != (a.length == 4)) throw new IllegalArgumentException(text + " for family " + family);
            b.put(base + off, a);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static ByteBuffer le(int n) { return ByteBuffer.allocate(n).order(ByteOrder.nativeOrder()); }

    public static byte[] hex(String s) {
byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        return out;
    }
}
