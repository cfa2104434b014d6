package xfrmtop.source;

import xfrmtop.sample.Event;
import xfrmtop.sys.XfrmNotice;
import xfrmtop.sys.XfrmPolicy;
import xfrmtop.sys.XfrmSa;

/**
 * The one-line text of an XFRM event, in the words of "ip xfrm": which SA (protocol, outer addresses, SPI, reqid,
 * mode) or which policy (direction, selector, action, templates). Algorithm names and keys are never part of it.
 */
final class EventText {
    private EventText() {}

    static Event.Type type(XfrmNotice n) {
        return switch (n.type()) {
            case XfrmNotice.ACQUIRE -> Event.Type.ACQUIRE;
            case XfrmNotice.EXPIRE -> Event.Type.EXPIRE;
            case XfrmNotice.POLEXPIRE -> Event.Type.POLEXPIRE;
            case XfrmNotice.NEWSA -> Event.Type.NEWSA;
            case XfrmNotice.UPDSA -> Event.Type.UPDSA;
            case XfrmNotice.DELSA -> Event.Type.DELSA;
            case XfrmNotice.FLUSHSA -> Event.Type.FLUSHSA;
            case XfrmNotice.NEWPOLICY -> Event.Type.NEWPOLICY;
            case XfrmNotice.UPDPOLICY -> Event.Type.UPDPOLICY;
            case XfrmNotice.DELPOLICY -> Event.Type.DELPOLICY;
            case XfrmNotice.FLUSHPOLICY -> Event.Type.FLUSHPOLICY;
            default -> null;
        };
    }

    static String of(XfrmNotice n) {
        StringBuilder sb = new StringBuilder(96);
        switch (n.type()) {
            case XfrmNotice.EXPIRE -> sa(sb.append(n.hard() ? "hard " : "soft "), n.sa());
            case XfrmNotice.POLEXPIRE -> policy(sb.append(n.hard() ? "hard " : "soft "), n.policy());
            case XfrmNotice.NEWSA, XfrmNotice.UPDSA, XfrmNotice.DELSA -> sa(sb, n.sa());
            case XfrmNotice.NEWPOLICY, XfrmNotice.UPDPOLICY, XfrmNotice.DELPOLICY -> policy(sb, n.policy());
            case XfrmNotice.ACQUIRE -> acquire(sb, n.acquire());
            case XfrmNotice.FLUSHSA -> sb.append(n.proto() == 0 ? "all SAs" : "all " + SaLabels.proto(n.proto()) + " SAs");
            case XfrmNotice.FLUSHPOLICY -> sb.append("all policies");
            default -> sb.append("message type ").append(n.type());
        }
        return sb.toString();
    }

    /** "esp 192.0.2.1 -> 192.0.2.2 spi 0x00000101 reqid 1 tunnel" (and "dir in" where the kernel says). */
    private static void sa(StringBuilder sb, XfrmSa sa) {
        sb.append(SaLabels.proto(sa.proto())).append(' ').append(sa.src()).append(" -> ").append(sa.dst())
                .append(" spi ").append(SaLabels.spi(sa.spi())).append(" reqid ").append(Integer.toUnsignedString(sa.reqid()))
                .append(' ').append(SaLabels.mode(sa.mode()));
        if (sa.dir() == 1 || sa.dir() == 2) sb.append(" dir ").append(sa.dir() == 1 ? "in" : "out");
    }

    /** "out 198.51.100.1/32 -> 198.51.100.2/32 udp dport 9 block" or "... tmpl esp tunnel A->B reqid 77". */
    private static void policy(StringBuilder sb, XfrmPolicy p) {
        sb.append(PolicyLabels.dir(p.dir())).append(' ').append(PolicyLabels.selector(p.sel(), ""));
        if (p.action() == 1) sb.append(" block");
        for (XfrmPolicy.Template t : p.templates()) PolicyLabels.template(sb.append(" tmpl "), t);
    }

    /** "esp 192.0.2.1 -> 192.0.2.2 reqid 77 tunnel for 198.51.100.1/32 -> 198.51.100.2/32 udp dport 9". */
    private static void acquire(StringBuilder sb, XfrmNotice.Acquire a) {
        sb.append(SaLabels.proto(a.proto())).append(' ').append(a.src()).append(" -> ").append(a.dst());
        if (a.template() != null) {
            if (a.template().reqid() != 0) sb.append(" reqid ").append(Integer.toUnsignedString(a.template().reqid()));
            sb.append(' ').append(SaLabels.mode(a.template().mode()));
        }
        sb.append(" for ").append(PolicyLabels.selector(a.selector(), ""));
    }
}
