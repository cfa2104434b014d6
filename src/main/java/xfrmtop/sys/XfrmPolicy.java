package xfrmtop.sys;

import java.util.List;

/**
 * One policy from an XFRM_MSG_GETPOLICY dump (struct xfrm_userpolicy_info and its attributes), as plain values.
 * Policies carry no traffic counters: the kernel only keeps add and use times for them.
 *
 * @param dir      0 in, 1 out, 2 fwd (3+ are per-socket policies)
 * @param action   0 allow, 1 block
 * @param index    the kernel's policy index (unique per namespace; identity across ticks)
 * @param addTime  seconds since the epoch; useTime 0 = never used
 * @param type     0 main, 1 sub (XFRMA_POLICY_TYPE)
 */
public record XfrmPolicy(Selector sel, int dir, int action, int priority, int index, int flags, long addTime,
                         long useTime, int markValue, int markMask, int ifId, int type, List<Template> templates) {

    /** struct xfrm_selector: which packets a policy (or SA) applies to. Ports in host order, 0 = any. */
    public record Selector(int family, long srcHi, long srcLo, long dstHi, long dstLo, int srcPrefix, int dstPrefix,
                           int proto, int sport, int sportMask, int dport, int dportMask, int ifindex) {
        // equals and hashCode written out: the generated ones go through method handles (slow under C1, and bootstrapped
        // on first use); a 10,000-SA tick compares thousands of these.
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Selector s && family == s.family && srcHi == s.srcHi && srcLo == s.srcLo
                    && dstHi == s.dstHi && dstLo == s.dstLo && srcPrefix == s.srcPrefix && dstPrefix == s.dstPrefix
                    && proto == s.proto && sport == s.sport && sportMask == s.sportMask && dport == s.dport
                    && dportMask == s.dportMask && ifindex == s.ifindex;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(((srcHi * 31 + srcLo) * 31 + dstHi) * 31 + dstLo) * 31
                    + (((family * 31 + proto) * 31 + sport) * 31 + dport) * 31 + srcPrefix + 7 * dstPrefix + ifindex;
        }

        public String src() { return XfrmAddress.format(family == 0 ? XfrmAddress.AF_INET : family, srcHi, srcLo); }

        public String dst() { return XfrmAddress.format(family == 0 ? XfrmAddress.AF_INET : family, dstHi, dstLo); }
    }

    /** struct xfrm_user_tmpl: the SA a policy asks for (addresses only matter in tunnel mode; 0 = any). */
    public record Template(int family, long srcHi, long srcLo, long dstHi, long dstLo, int spi, int proto, int mode,
                           int reqid, boolean optional) {
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Template t && family == t.family && srcHi == t.srcHi && srcLo == t.srcLo
                    && dstHi == t.dstHi && dstLo == t.dstLo && spi == t.spi && proto == t.proto && mode == t.mode
                    && reqid == t.reqid && optional == t.optional;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(((srcHi * 31 + srcLo) * 31 + dstHi) * 31 + dstLo) * 31
                    + (((family * 31 + spi) * 31 + proto) * 31 + mode) * 31 + reqid + (optional ? 1 : 0);
        }

        public String src() { return XfrmAddress.format(family, srcHi, srcLo); }

        public String dst() { return XfrmAddress.format(family, dstHi, dstLo); }
    }
}
