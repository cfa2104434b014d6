package xfrmtop.sys;

/**
 * One SA from an XFRM_MSG_GETSA dump or an XFRM event: its {@link SaSettings} and its counters, as plain values.
 * Key material is never copied out of the kernel's answer: only algorithm names and key lengths are kept.
 *
 * @param oseq            last sequence number sent (64-bit with ESN)
 * @param seq             highest sequence number received (64-bit with ESN)
 * @param bytes           bytes through the SA (inner bytes, not wire bytes)
 * @param useTime         seconds since the epoch of first use, 0 = never used
 * @param replayWindowErrors packets rejected as left of the window (u32, wraps)
 * @param replayErrors    packets rejected as duplicates (u32, wraps)
 * @param integrityFailed ICV (authentication) failures (u32, wraps)
 */
public record XfrmSa(SaSettings settings, long oseq, long seq, long bytes, long packets, long useTime,
                     int replayWindowErrors, int replayErrors, int integrityFailed) {

    public static final int IPPROTO_ESP = 50, IPPROTO_AH = 51, IPPROTO_COMP = 108;
    public static final int FLAG_ESN = 128;

    /**
     * Names and key lengths of the SA's transforms. Key bytes are not here on purpose.
     *
     * @param authBits  key length in bits; authTruncBits the ICV length (0 for plain XFRMA_ALG_AUTH)
     * @param aeadIcvBits the AEAD ICV length in bits
     */
    public record Algorithms(String auth, int authBits, int authTruncBits, String enc, int encBits,
                             String aead, int aeadBits, int aeadIcvBits, String comp) {
        public static final Algorithms NONE = new Algorithms("", 0, 0, "", 0, "", 0, 0, "");

        // equals and hashCode written out: the generated ones go through method handles (slow under C1, and bootstrapped
        // on first use); a 10,000-SA tick compares thousands of these.
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Algorithms a && authBits == a.authBits && authTruncBits == a.authTruncBits
                    && encBits == a.encBits && aeadBits == a.aeadBits && aeadIcvBits == a.aeadIcvBits
                    && auth.equals(a.auth) && enc.equals(a.enc) && aead.equals(a.aead) && comp.equals(a.comp);
        }

        @Override
        public int hashCode() {
            return ((((auth.hashCode() * 31 + enc.hashCode()) * 31 + aead.hashCode()) * 31 + comp.hashCode()) * 31
                    + authBits) * 31 + encBits + 7 * aeadBits;
        }
    }

    // the settings' fields, read through the SA (see SaSettings)
    public int family() { return settings.family(); }
    public long srcHi() { return settings.srcHi(); }
    public long srcLo() { return settings.srcLo(); }
    public long dstHi() { return settings.dstHi(); }
    public long dstLo() { return settings.dstLo(); }
    public int spi() { return settings.spi(); }
    public int proto() { return settings.proto(); }
    public int mode() { return settings.mode(); }
    public int reqid() { return settings.reqid(); }
    public int flags() { return settings.flags(); }
    public int extraFlags() { return settings.extraFlags(); }
    public int replayWindow() { return settings.replayWindow(); }
    public boolean esn() { return settings.esn(); }
    public long addTime() { return settings.addTime(); }
    public XfrmLimits limits() { return settings.limits(); }
    public int markValue() { return settings.markValue(); }
    public int markMask() { return settings.markMask(); }
    public int ifId() { return settings.ifId(); }
    public int dir() { return settings.dir(); }
    public int offloadIfindex() { return settings.offloadIfindex(); }
    public int offloadFlags() { return settings.offloadFlags(); }
    public int encapType() { return settings.encapType(); }
    public int encapSport() { return settings.encapSport(); }
    public int encapDport() { return settings.encapDport(); }
    public Algorithms algs() { return settings.algs(); }

    public String src() { return XfrmAddress.format(family(), srcHi(), srcLo()); }

    public String dst() { return XfrmAddress.format(family(), dstHi(), dstLo()); }
}
