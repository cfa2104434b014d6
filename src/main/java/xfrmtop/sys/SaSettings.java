package xfrmtop.sys;

/**
 * What an SA is and how it is set up (struct xfrm_usersa_info and its attributes, less the counters): identity,
 * addresses, mode, lifetimes, algorithms, offload. It changes rarely, so a dump's parser takes the record the SA had
 * in the previous dump when nothing in it changed (at 10,000 SAs a tick, only the counters are new). Algorithm names
 * and key lengths only: key bytes are never read.
 *
 * @param family         AF_INET or AF_INET6 of the SA's addresses
 * @param spi            SPI in host order (printed as 0x%08x)
 * @param proto          IPPROTO_ESP 50, AH 51, COMP 108
 * @param mode           0 transport, 1 tunnel, 2 routeopt, 3 in_trigger, 4 beet, 5 iptfs
 * @param replayWindow   anti-replay window in packets (the ESN window when ESN is on)
 * @param addTime        seconds since the epoch when the SA was added
 * @param dir            XFRMA_SA_DIR: 1 in, 2 out, 0 = not reported (kernels before 6.10)
 * @param offloadIfindex device of hardware offload, 0 = none
 * @param offloadFlags   XFRM_OFFLOAD_IPV6 1, INBOUND 2, PACKET 4
 * @param encapType      NAT-T encapsulation (2 = espinudp), 0 = none
 * @param algs           algorithm names and key sizes ("" / 0 where absent)
 */
public record SaSettings(int family, long srcHi, long srcLo, long dstHi, long dstLo, int spi, int proto, int mode,
                         int reqid, int flags, int extraFlags, int replayWindow, boolean esn, long addTime,
                         XfrmLimits limits, int markValue, int markMask, int ifId, int dir, int offloadIfindex,
                         int offloadFlags, int encapType, int encapSport, int encapDport, XfrmSa.Algorithms algs) {

    // equals and hashCode written out: the generated ones go through method handles (slow under C1); a 10,000-SA
    // tick compares an SA's settings whenever the dump's order moved
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SaSettings s && spi == s.spi && dstLo == s.dstLo && dstHi == s.dstHi
                && srcLo == s.srcLo && srcHi == s.srcHi && family == s.family && proto == s.proto && mode == s.mode
                && reqid == s.reqid && flags == s.flags && extraFlags == s.extraFlags
                && replayWindow == s.replayWindow && esn == s.esn && addTime == s.addTime
                && markValue == s.markValue && markMask == s.markMask && ifId == s.ifId && dir == s.dir
                && offloadIfindex == s.offloadIfindex && offloadFlags == s.offloadFlags
                && encapType == s.encapType && encapSport == s.encapSport && encapDport == s.encapDport
                && limits.equals(s.limits) && algs.equals(s.algs);
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(dstHi * 31 + dstLo) * 31 + spi) * 31 + Long.hashCode(srcLo * 31 + addTime) + reqid;
    }
}
