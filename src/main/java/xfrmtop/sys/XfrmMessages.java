package xfrmtop.sys;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one NEWSA or NEWPOLICY payload at explicit offsets (include/uapi/linux/xfrm.h, x86_64). Returns null for a
 * payload that is too short or whose attributes run past it. Key bytes (after the 64-byte name and the length
 * fields of XFRMA_ALG_*) are never read.
 */
final class XfrmMessages {
    static final int USERSA_INFO = 224, USERPOLICY_INFO = 168, USER_TMPL = 64;
    static final int XFRMA_ALG_AUTH = 1, XFRMA_ALG_CRYPT = 2, XFRMA_ALG_COMP = 3, XFRMA_ENCAP = 4, XFRMA_TMPL = 5,
            XFRMA_REPLAY_VAL = 10, XFRMA_POLICY_TYPE = 16, XFRMA_ALG_AEAD = 18, XFRMA_ALG_AUTH_TRUNC = 20,
            XFRMA_MARK = 21, XFRMA_REPLAY_ESN_VAL = 23, XFRMA_SA_EXTRA_FLAGS = 24, XFRMA_OFFLOAD_DEV = 28,
            XFRMA_IF_ID = 31, XFRMA_SA_DIR = 33;
    private static final int ALG_NAME = 64;

    /**
     * An algorithm name seen before, with the bytes of its field up to and including the NUL, as 8-byte words: a dump
     * repeats the same few names, so a name is recognised with two or three long compares (10,000 SAs a tick).
     */
    private static final class Known {
        final String name;
        final long[] words;

        Known(String name, ByteBuffer b, int at) {
            this.name = name;
            this.words = new long[name.length() / 8 + 1];
            for (int i = 0; i < words.length; i++) words[i] = b.getLong(at + 8 * i);
        }

        boolean at(ByteBuffer b, int at) {
            for (int i = 0; i < words.length; i++) if (b.getLong(at + 8 * i) != words[i]) return false;
            return true;
        }
    }

    private final List<Known> names = new ArrayList<>();
    private XfrmSa.Algorithms lastAlgs = XfrmSa.Algorithms.NONE;

    XfrmSa sa(ByteBuffer b, int p, int end) {
        if (end - p < USERSA_INFO) return null;
        long dstHi = be64(b, p + 56), dstLo = be64(b, p + 64);
        int spi = be32(b, p + 72);
        int proto = b.get(p + 76) & 0xff;
        long srcHi = be64(b, p + 80), srcLo = be64(b, p + 88);
        XfrmLimits limits = limits(b, p + 96);
        long bytes = b.getLong(p + 160), packets = b.getLong(p + 168);
        long addTime = b.getLong(p + 176), useTime = b.getLong(p + 184);
        int replayWindowErrors = b.getInt(p + 192), replayErrors = b.getInt(p + 196), integrity = b.getInt(p + 200);
        int reqid = b.getInt(p + 208);
        int family = b.getShort(p + 212) & 0xffff;
        int mode = b.get(p + 214) & 0xff;
        int window = b.get(p + 215) & 0xff;
        int flags = b.get(p + 216) & 0xff;
        String auth = "", enc = "", aead = "", comp = "";
        int authBits = 0, truncBits = 0, encBits = 0, aeadBits = 0, icvBits = 0;
        int extraFlags = 0, markV = 0, markM = 0, ifId = 0, dir = 0, offIf = 0, offFlags = 0, encap = 0, sport = 0,
                dport = 0;
        boolean esn = false;
        long oseq = 0, seq = 0;
        for (int a = p + USERSA_INFO; end - a >= 4; ) {
            int alen = b.getShort(a) & 0xffff, type = b.getShort(a + 2) & 0x3fff;
            if (alen < 4 || alen > end - a) return null;
            int v = a + 4, vlen = alen - 4;
            switch (type) {
                case XFRMA_ALG_AUTH -> {
                    if (vlen < ALG_NAME + 4) return null;
                    auth = name(b, v);
                    authBits = b.getInt(v + ALG_NAME);
                }
                case XFRMA_ALG_AUTH_TRUNC -> {
                    if (vlen < ALG_NAME + 8) return null;
                    auth = name(b, v);
                    authBits = b.getInt(v + ALG_NAME);
                    truncBits = b.getInt(v + ALG_NAME + 4);
                }
                case XFRMA_ALG_CRYPT -> {
                    if (vlen < ALG_NAME + 4) return null;
                    enc = name(b, v);
                    encBits = b.getInt(v + ALG_NAME);
                }
                case XFRMA_ALG_AEAD -> {
                    if (vlen < ALG_NAME + 8) return null;
                    aead = name(b, v);
                    aeadBits = b.getInt(v + ALG_NAME);
                    icvBits = b.getInt(v + ALG_NAME + 4);
                }
                case XFRMA_ALG_COMP -> {
                    if (vlen < ALG_NAME + 4) return null;
                    comp = name(b, v);
                }
                case XFRMA_ENCAP -> {
                    if (vlen < 6) return null;
                    encap = b.getShort(v) & 0xffff;
                    sport = be16(b, v + 2);
                    dport = be16(b, v + 4);
                }
                case XFRMA_REPLAY_VAL -> {
                    if (vlen < 12) return null;
                    if (!esn) {
                        oseq = b.getInt(v) & 0xffffffffL;
                        seq = b.getInt(v + 4) & 0xffffffffL;
                    }
                }
                case XFRMA_REPLAY_ESN_VAL -> {
                    if (vlen < 24) return null;
                    esn = true;
                    oseq = (b.getInt(v + 12) & 0xffffffffL) << 32 | (b.getInt(v + 4) & 0xffffffffL);
                    seq = (b.getInt(v + 16) & 0xffffffffL) << 32 | (b.getInt(v + 8) & 0xffffffffL);
                    window = b.getInt(v + 20);
                }
                case XFRMA_MARK -> {
                    if (vlen < 8) return null;
                    markV = b.getInt(v);
                    markM = b.getInt(v + 4);
                }
                case XFRMA_SA_EXTRA_FLAGS -> extraFlags = vlen >= 4 ? b.getInt(v) : 0;
                case XFRMA_OFFLOAD_DEV -> {
                    if (vlen < 5) return null;
                    offIf = b.getInt(v);
                    offFlags = b.get(v + 4) & 0xff;
                }
                case XFRMA_IF_ID -> ifId = vlen >= 4 ? b.getInt(v) : 0;
                case XFRMA_SA_DIR -> dir = vlen >= 1 ? b.get(v) & 0xff : 0;
                default -> { }                           // newer or uninteresting attributes
            }
            a += (alen + 3) & ~3;
        }
        XfrmSa.Algorithms algs = lastAlgs;                // SAs of a dump mostly share their algorithms: one instance
        if (!(algs.authBits() == authBits && algs.authTruncBits() == truncBits && algs.encBits() == encBits
                && algs.aeadBits() == aeadBits && algs.aeadIcvBits() == icvBits && algs.auth().equals(auth)
                && algs.enc().equals(enc) && algs.aead().equals(aead) && algs.comp().equals(comp))) {
            algs = auth.isEmpty() && enc.isEmpty() && aead.isEmpty() && comp.isEmpty() ? XfrmSa.Algorithms.NONE
                    : new XfrmSa.Algorithms(auth, authBits, truncBits, enc, encBits, aead, aeadBits, icvBits, comp);
            lastAlgs = algs;
        }
        return new XfrmSa(family, srcHi, srcLo, dstHi, dstLo, spi, proto, mode, reqid, flags, extraFlags, window,
                esn || (flags & XfrmSa.FLAG_ESN) != 0, oseq, seq, bytes, packets, addTime, useTime,
                replayWindowErrors, replayErrors, integrity, limits, markV, markM, ifId, dir, offIf, offFlags,
                encap, sport, dport, algs);
    }

    XfrmPolicy policy(ByteBuffer b, int p, int end) {
        if (end - p < USERPOLICY_INFO) return null;
        XfrmPolicy.Selector sel = selector(b, p);
        long addTime = b.getLong(p + 136), useTime = b.getLong(p + 144);
        int priority = b.getInt(p + 152), index = b.getInt(p + 156);
        int dir = b.get(p + 160) & 0xff, action = b.get(p + 161) & 0xff, flags = b.get(p + 162) & 0xff;
        int markV = 0, markM = 0, ifId = 0, type = 0;
        List<XfrmPolicy.Template> tmpls = List.of();
        for (int a = p + USERPOLICY_INFO; end - a >= 4; ) {
            int alen = b.getShort(a) & 0xffff, atype = b.getShort(a + 2) & 0x3fff;
            if (alen < 4 || alen > end - a) return null;
            int v = a + 4, vlen = alen - 4;
            switch (atype) {
                case XFRMA_TMPL -> {
                    List<XfrmPolicy.Template> t = new ArrayList<>(vlen / USER_TMPL);
                    for (int o = v; o + USER_TMPL <= v + vlen; o += USER_TMPL) t.add(template(b, o));
                    tmpls = List.copyOf(t);
                }
                case XFRMA_POLICY_TYPE -> type = vlen >= 1 ? b.get(v) & 0xff : 0;
                case XFRMA_MARK -> {
                    if (vlen < 8) return null;
                    markV = b.getInt(v);
                    markM = b.getInt(v + 4);
                }
                case XFRMA_IF_ID -> ifId = vlen >= 4 ? b.getInt(v) : 0;
                default -> { }
            }
            a += (alen + 3) & ~3;
        }
        return new XfrmPolicy(sel, dir, action, priority, index, flags, addTime, useTime, markV, markM, ifId, type,
                tmpls);
    }

    static XfrmPolicy.Selector selector(ByteBuffer b, int s) {
        return new XfrmPolicy.Selector(b.getShort(s + 40) & 0xffff, be64(b, s + 16), be64(b, s + 24),
                be64(b, s), be64(b, s + 8), b.get(s + 43) & 0xff, b.get(s + 42) & 0xff, b.get(s + 44) & 0xff,
                be16(b, s + 36), be16(b, s + 38), be16(b, s + 32), be16(b, s + 34), b.getInt(s + 48));
    }

    /** The templates of the XFRMA_TMPL attribute among the attributes in [from, end); empty if none, null if malformed. */
    List<XfrmPolicy.Template> templates(ByteBuffer b, int from, int end) {
        for (int a = from; end - a >= 4; ) {
            int alen = b.getShort(a) & 0xffff, type = b.getShort(a + 2) & 0x3fff;
            if (alen < 4 || alen > end - a) return null;
            if (type == XFRMA_TMPL) {
                List<XfrmPolicy.Template> t = new ArrayList<>((alen - 4) / USER_TMPL);
                for (int o = a + 4; o + USER_TMPL <= a + alen; o += USER_TMPL) t.add(template(b, o));
                return t;
            }
            a += (alen + 3) & ~3;
        }
        return List.of();
    }

    private static XfrmPolicy.Template template(ByteBuffer b, int t) {
        return new XfrmPolicy.Template(b.getShort(t + 24) & 0xffff, be64(b, t + 28), be64(b, t + 36),
                be64(b, t), be64(b, t + 8), be32(b, t + 16), b.get(t + 20) & 0xff,
                b.get(t + 48) & 0xff, b.getInt(t + 44), b.get(t + 50) != 0);
    }

    /** No limit at all is the common case (iproute2 sends INF byte/packet limits and 0 expiry times): shared. */
    private static XfrmLimits limits(ByteBuffer b, int l) {
        boolean none = true;
        for (int i = 0; i < 8 && none; i++) {
            long v = b.getLong(l + 8 * i);
            none = v == XfrmLimits.INF || (i >= 4 && v == 0);
        }
        if (none) return XfrmLimits.NONE;
        return new XfrmLimits(b.getLong(l), b.getLong(l + 8), b.getLong(l + 16), b.getLong(l + 24), b.getLong(l + 32),
                b.getLong(l + 40), b.getLong(l + 48), b.getLong(l + 56));
    }

    /** The NUL-terminated algorithm name (64 bytes at most), reusing a String seen before; "?" if not ASCII. */
    private String name(ByteBuffer b, int at) {
        for (Known k : names) if (k.at(b, at)) return k.name;
        int len = 0;
        while (len < ALG_NAME && b.get(at + len) != 0) {
            int c = b.get(at + len);
            if (c < 0x20 || c > 0x7e) return "?";
            len++;
        }
        char[] cs = new char[len];
        for (int i = 0; i < len; i++) cs[i] = (char) b.get(at + i);
        String n = new String(cs);
        // only names whose words (name and NUL, whatever follows up to the word's end) lie inside the field
        if (names.size() < 64 && len < ALG_NAME - 8) names.add(new Known(n, b, at));
        return n;
    }

    /** 8 bytes in network order as a long (the buffer itself is in native order). */
    static long be64(ByteBuffer b, int at) {
        long v = b.getLong(at);
        return b.order() == java.nio.ByteOrder.BIG_ENDIAN ? v : Long.reverseBytes(v);
    }

    private static int be32(ByteBuffer b, int at) {
        return (b.get(at) & 0xff) << 24 | (b.get(at + 1) & 0xff) << 16 | (b.get(at + 2) & 0xff) << 8 | (b.get(at + 3) & 0xff);
    }

    private static int be16(ByteBuffer b, int at) {
        return (b.get(at) & 0xff) << 8 | (b.get(at + 1) & 0xff);
    }
}
