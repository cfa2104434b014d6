package xfrmtop.sys;

/**
 * One XFRM multicast message as plain values: what happened ({@link #type}, an XFRM_MSG_* number) and the SA or policy
 * it is about, identity and description only (the kernel's message may carry keys; they are never read).
 *
 * @param sa       NEWSA, UPDSA, DELSA, EXPIRE: the SA; null otherwise
 * @param policy   NEWPOLICY, UPDPOLICY, DELPOLICY, POLEXPIRE, ACQUIRE (the policy that asked): the policy; else null
 * @param acquire  ACQUIRE: the SA the kernel asks for; else null
 * @param hard     EXPIRE, POLEXPIRE: a hard expiry (the SA or policy is gone) rather than a soft one (rekey now)
 * @param proto    FLUSHSA: the protocol flushed (0 = all)
 */
public record XfrmNotice(int type, XfrmSa sa, XfrmPolicy policy, Acquire acquire, boolean hard, int proto) {
    public static final int NEWSA = 0x10, DELSA = 0x11, NEWPOLICY = 0x13, DELPOLICY = 0x14, ACQUIRE = 0x17,
            EXPIRE = 0x18, UPDPOLICY = 0x19, UPDSA = 0x1a, POLEXPIRE = 0x1b, FLUSHSA = 0x1c, FLUSHPOLICY = 0x1d;

    /**
     * struct xfrm_user_acquire: the SA the kernel wants (outer addresses, protocol) and the template asking for it.
     *
     * @param template the policy template this SA would satisfy (matched on protocol and destination), or null
     */
    public record Acquire(int family, long srcHi, long srcLo, long dstHi, long dstLo, int proto,
                          XfrmPolicy.Selector selector, XfrmPolicy.Template template) {
        public String src() { return XfrmAddress.format(family, srcHi, srcLo); }

        public String dst() { return XfrmAddress.format(family, dstHi, dstLo); }
    }
}
