package xfrmtop.sys;

/**
 * One SA from an XFRM_MSG_GETSA dump (struct xfrm_usersa_info and its attributes), as plain values. Key material is
 * never copied out of the kernel's answer: only algorithm names and key lengths are kept.
 *
 * @param family          AF_INET or AF_INET6 of the SA's addresses
 * @param spi             SPI in host order (printed as 0x%08x)
 * @param proto           IPPROTO_ESP 50, AH 51, COMP 108
 * @param mode            0 transport, 1 tunnel, 2 routeopt, 3 in_trigger, 4 beet, 5 iptfs
 * @param replayWindow    anti-replay window in packets (the ESN window when ESN is on)
 * @param oseq            last sequence number sent (64-bit with ESN)
 * @param seq             highest sequence number received (64-bit with ESN)
 * @param bytes           bytes through the SA (inner bytes, not wire bytes)
 * @param addTime         seconds since the epoch when the SA was added
 * @param useTime         seconds since the epoch of first use, 0 = never used
 * @param replayWindowErrors packets rejected as left of the window (u32, wraps)
 * @param replayErrors    packets rejected as duplicates (u32, wraps)
 * @param integrityFailed ICV (authentication) failures (u32, wraps)
 * @param dir             XFRMA_SA_DIR: 1 in, 2 out, 0 = not reported (kernels before 6.10)
 * @param offloadIfindex  device of hardware offload, 0 = none
 * @param offloadFlags    XFRM_OFFLOAD_IPV6 1, INBOUND 2, PACKET 4
 * @param encapType       NAT-T encapsulation (2 = espinudp), 0 = none
 * @param algs            algorithm names and key sizes ("" / 0 where absent)
 */
public record XfrmSa(int family, long srcHi, long srcLo, long dstHi, long dstLo, int spi, int proto, int mode,
                     int reqid, int flags, int extraFlags, int replayWindow, boolean esn, long oseq, long seq,
                     long bytes, long packets, long addTime, long useTime,
                     int replayWindowErrors, int replayErrors, int integrityFailed, XfrmLimits limits,
                     int markValue, int markMask, int ifId, int dir, int offloadIfindex, int offloadFlags,
                     int encapType, int encapSport, int encapDport, Algorithms algs) {

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

    public String src() { return XfrmAddress.format(family, srcHi, srcLo); }

    public String dst() { return XfrmAddress.format(family, dstHi, dstLo); }
}
