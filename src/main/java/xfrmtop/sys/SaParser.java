package xfrmtop.sys;

import java.nio.ByteBuffer;

/**
 * Reads one NEWSA payload at explicit offsets (include/uapi/linux/xfrm.h, x86_64) into an {@link XfrmSa}. Returns
 * null for a payload that is too short or whose attributes run past it. Key bytes (after the 64-byte name and the
 * length fields of XFRMA_ALG_*) are never read. Given the previous dump's settings, an SA whose settings did not
 * change gets the record it had (the parse state lives in fields so that comparing allocates nothing).
 */
final class SaParser {
    static final int USERSA_INFO = 224;
    private static final int XFRMA_ALG_AUTH = 1, XFRMA_ALG_CRYPT = 2, XFRMA_ALG_COMP = 3, XFRMA_ENCAP = 4,
            XFRMA_REPLAY_VAL = 10, XFRMA_ALG_AEAD = 18, XFRMA_ALG_AUTH_TRUNC = 20, XFRMA_MARK = 21,
            XFRMA_REPLAY_ESN_VAL = 23, XFRMA_SA_EXTRA_FLAGS = 24, XFRMA_OFFLOAD_DEV = 28, XFRMA_IF_ID = 31,
            XFRMA_SA_DIR = 33;
    private static final int ALG_NAME = 64;

    private final AlgNames names = new AlgNames();
    private XfrmSa.Algorithms lastAlgs = XfrmSa.Algorithms.NONE;
    // the settings being read
    private int family, spi, proto, mode, reqid, flags, extraFlags, window, markV, markM, ifId, dir, offIf, offFlags,
            encap, sport, dport;
    private long srcHi, srcLo, dstHi, dstLo, addTime;
    private boolean esn;
    private XfrmLimits limits;
    private XfrmSa.Algorithms algs;
    /** Where the last SA's settings were found among the known ones, relative to the index asked: -1, 0, +1. */
    int moved;

    XfrmSa sa(ByteBuffer b, int p, int end) { return sa(b, p, end, null, 0, 0); }

    /**
     * @param known the previous dump's settings in dump order (null: none), of which {@code count} are set;
     *              at: the index to try first (this SA's position, give or take SAs that came or went before it)
     */
    XfrmSa sa(ByteBuffer b, int p, int end, SaSettings[] known, int count, int at) {
        if (end - p < USERSA_INFO) return null;
        dstHi = XfrmMessages.be64(b, p + 56);
        dstLo = XfrmMessages.be64(b, p + 64);
        spi = XfrmMessages.be32(b, p + 72);
        proto = b.get(p + 76) & 0xff;
        srcHi = XfrmMessages.be64(b, p + 80);
        srcLo = XfrmMessages.be64(b, p + 88);
        limits = limits(b, p + 96);
        long bytes = b.getLong(p + 160), packets = b.getLong(p + 168);
        addTime = b.getLong(p + 176);
        long useTime = b.getLong(p + 184);
        int replayWindowErrors = b.getInt(p + 192), replayErrors = b.getInt(p + 196), integrity = b.getInt(p + 200);
        reqid = b.getInt(p + 208);
        family = b.getShort(p + 212) & 0xffff;
        mode = b.get(p + 214) & 0xff;
        window = b.get(p + 215) & 0xff;
        flags = b.get(p + 216) & 0xff;
        String auth = "", enc = "", aead = "", comp = "";
        int authBits = 0, truncBits = 0, encBits = 0, aeadBits = 0, icvBits = 0;
        extraFlags = markV = markM = ifId = dir = offIf = offFlags = encap = sport = dport = 0;
        esn = false;
        long oseq = 0, seq = 0;
        for (int a = p + USERSA_INFO; end - a >= 4; ) {
            int alen = b.getShort(a) & 0xffff, type = b.getShort(a + 2) & 0x3fff;
            if (alen < 4 || alen > end - a) return null;
            int v = a + 4, vlen = alen - 4;
            switch (type) {
                case XFRMA_ALG_AUTH, XFRMA_ALG_AUTH_TRUNC -> {      // the TRUNC form adds the ICV length
                    boolean trunc = type == XFRMA_ALG_AUTH_TRUNC;
                    if (vlen < ALG_NAME + (trunc ? 8 : 4)) return null;
                    auth = names.name(b, v);
                    authBits = b.getInt(v + ALG_NAME);
                    if (trunc) truncBits = b.getInt(v + ALG_NAME + 4);
                }
                case XFRMA_ALG_CRYPT -> {
                    if (vlen < ALG_NAME + 4) return null;
                    enc = names.name(b, v);
                    encBits = b.getInt(v + ALG_NAME);
                }
                case XFRMA_ALG_AEAD -> {
                    if (vlen < ALG_NAME + 8) return null;
                    aead = names.name(b, v);
                    aeadBits = b.getInt(v + ALG_NAME);
                    icvBits = b.getInt(v + ALG_NAME + 4);
                }
                case XFRMA_ALG_COMP -> {
                    if (vlen < ALG_NAME + 4) return null;
                    comp = names.name(b, v);
                }
                case XFRMA_ENCAP -> {
                    if (vlen < 6) return null;
                    encap = b.getShort(v) & 0xffff;
                    sport = XfrmMessages.be16(b, v + 2);
                    dport = XfrmMessages.be16(b, v + 4);
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
        esn |= (flags & XfrmSa.FLAG_ESN) != 0;
        algs = lastAlgs;                                 // SAs of a dump mostly share their algorithms: one instance
        if (!(algs.authBits() == authBits && algs.authTruncBits() == truncBits && algs.encBits() == encBits
                && algs.aeadBits() == aeadBits && algs.aeadIcvBits() == icvBits && algs.auth().equals(auth)
                && algs.enc().equals(enc) && algs.aead().equals(aead) && algs.comp().equals(comp))) {
            algs = auth.isEmpty() && enc.isEmpty() && aead.isEmpty() && comp.isEmpty() ? XfrmSa.Algorithms.NONE
                    : new XfrmSa.Algorithms(auth, authBits, truncBits, enc, encBits, aead, aeadBits, icvBits, comp);
            lastAlgs = algs;
        }
        return new XfrmSa(settings(known, count, at), oseq, seq, bytes, packets, useTime, replayWindowErrors,
                replayErrors, integrity);
    }

    /** The known settings equal to those just read, tried where the SA sat before and either side; else new ones. */
    private SaSettings settings(SaSettings[] known, int count, int at) {
        moved = 0;
        if (known != null) {
            if (at >= 0 && at < count && same(known[at])) return known[at];
            moved = 1;                                     // an SA before this one went away
            if (at + 1 >= 0 && at + 1 < count && same(known[at + 1])) return known[at + 1];
            moved = -1;                                    // an SA before this one is new
            if (at - 1 >= 0 && at - 1 < count && same(known[at - 1])) return known[at - 1];
            moved = 0;
        }
        return new SaSettings(family, srcHi, srcLo, dstHi, dstLo, spi, proto, mode, reqid, flags, extraFlags, window,
                esn, addTime, limits, markV, markM, ifId, dir, offIf, offFlags, encap, sport, dport, algs);
    }

    private boolean same(SaSettings s) {
        return s.spi() == spi && s.dstLo() == dstLo && s.dstHi() == dstHi && s.srcLo() == srcLo
                && s.srcHi() == srcHi && s.family() == family && s.proto() == proto && s.mode() == mode
                && s.reqid() == reqid && s.flags() == flags && s.extraFlags() == extraFlags
                && s.replayWindow() == window && s.esn() == esn && s.addTime() == addTime
                && s.markValue() == markV && s.markMask() == markM && s.ifId() == ifId && s.dir() == dir
                && s.offloadIfindex() == offIf && s.offloadFlags() == offFlags && s.encapType() == encap
                && s.encapSport() == sport && s.encapDport() == dport && s.limits().equals(limits)
                && s.algs().equals(algs);
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
}
