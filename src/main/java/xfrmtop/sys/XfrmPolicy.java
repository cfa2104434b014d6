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
        public String src() { return XfrmAddress.format(family == 0 ? XfrmAddress.AF_INET : family, srcHi, srcLo); }

        public String dst() { return XfrmAddress.format(family == 0 ? XfrmAddress.AF_INET : family, dstHi, dstLo); }
    }

    /** struct xfrm_user_tmpl: the SA a policy asks for (addresses only matter in tunnel mode; 0 = any). */
    public record Template(int family, long srcHi, long srcLo, long dstHi, long dstLo, int spi, int proto, int mode,
                           int reqid, boolean optional) {
        public String src() { return XfrmAddress.format(family, srcHi, srcLo); }

        public String dst() { return XfrmAddress.format(family, dstHi, dstLo); }
    }
}
