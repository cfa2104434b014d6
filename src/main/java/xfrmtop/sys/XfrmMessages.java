package xfrmtop.sys;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one NEWSA or NEWPOLICY payload at explicit offsets (include/uapi/linux/xfrm.h, x86_64), NEWSA through
 * {@link SaParser}. Returns null for a payload that is too short or whose attributes run past it.
 */
final class XfrmMessages {
    static final int USERSA_INFO = SaParser.USERSA_INFO, USERPOLICY_INFO = 168, USER_TMPL = 64;
    static final int XFRMA_TMPL = 5, XFRMA_POLICY_TYPE = 16, XFRMA_MARK = 21, XFRMA_IF_ID = 31;

    final SaParser sas = new SaParser();          // the dump reader hands it the previous dump's settings

    /** One NEWSA payload (see {@link SaParser}). */
    XfrmSa sa(ByteBuffer b, int p, int end) { return sas.sa(b, p, end); }

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

    /** 8 bytes in network order as a long (the buffer itself is in native order). */
    static long be64(ByteBuffer b, int at) {
        long v = b.getLong(at);
        return b.order() == java.nio.ByteOrder.BIG_ENDIAN ? v : Long.reverseBytes(v);
    }

    static int be32(ByteBuffer b, int at) {
        return (b.get(at) & 0xff) << 24 | (b.get(at + 1) & 0xff) << 16 | (b.get(at + 2) & 0xff) << 8 | (b.get(at + 3) & 0xff);
    }

    static int be16(ByteBuffer b, int at) {
        return (b.get(at) & 0xff) << 8 | (b.get(at + 1) & 0xff);
    }
}
