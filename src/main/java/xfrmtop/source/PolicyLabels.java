package xfrmtop.source;

import xfrmtop.sample.Interner;
import xfrmtop.sys.XfrmPolicy;

import java.util.LinkedHashMap;
import java.util.Map;

/** The descriptive labels of a policy group: selector, direction, action, priority, templates. */
public final class PolicyLabels {
    public static final String INDEX = "index", DIR = "dir", ACTION = "action", PRIORITY = "priority", SRC = "src",
            DST = "dst", PROTO = "proto", SPORT = "sport", DPORT = "dport", DEV = "dev", SELECTOR = "selector",
            TEMPLATES = "tmpl", MARK = "mark", IF_ID = "if_id", TYPE = "type";
    private static final String[] DIRS = {"in", "out", "fwd"};
    private static final String[] MODES = {"transport", "tunnel", "routeopt", "in_trigger", "beet", "iptfs"};

    private PolicyLabels() {}

    static Map<String, String> of(XfrmPolicy p, String dev, Interner interner) {
        Map<String, String> m = new LinkedHashMap<>();
        XfrmPolicy.Selector s = p.sel();
        m.put(INDEX, Integer.toUnsignedString(p.index()));
        m.put(DIR, dir(p.dir()));
        m.put(ACTION, p.action() == 0 ? "allow" : p.action() == 1 ? "block" : Integer.toString(p.action()));
        m.put(PRIORITY, Integer.toUnsignedString(p.priority()));
        m.put(SRC, s.src() + "/" + s.srcPrefix());
        m.put(DST, s.dst() + "/" + s.dstPrefix());
        m.put(PROTO, s.proto() == 0 ? "any" : proto(s.proto()));
        m.put(SPORT, port(s.sport(), s.sportMask()));
        m.put(DPORT, port(s.dport(), s.dportMask()));
        m.put(DEV, dev);
        m.put(SELECTOR, selector(s, dev));
        StringBuilder t = new StringBuilder();
        for (XfrmPolicy.Template x : p.templates()) {
            if (t.length() > 0) t.append("; ");
            template(t, x);
        }
        m.put(TEMPLATES, t.toString());
        if (p.markValue() != 0 || p.markMask() != 0) m.put(MARK, SaLabels.hex(p.markValue()) + "/" + SaLabels.hex(p.markMask()));
        if (p.ifId() != 0) m.put(IF_ID, SaLabels.hex(p.ifId()));
        m.put(TYPE, p.type() == 1 ? "sub" : "main");
        return xfrmtop.sample.Labels.of(m, interner);
    }

    /** "198.51.100.0/24 -> 203.0.113.0/24 udp dport 9": what a selector matches. */
    static String selector(XfrmPolicy.Selector s, String dev) {
        StringBuilder sel = new StringBuilder().append(s.src()).append('/').append(s.srcPrefix()).append(" -> ")
                .append(s.dst()).append('/').append(s.dstPrefix());
        if (s.proto() != 0) sel.append(' ').append(proto(s.proto()));
        if (s.sportMask() != 0) sel.append(" sport ").append(s.sport());
        if (s.dportMask() != 0) sel.append(" dport ").append(s.dport());
        if (!dev.isEmpty()) sel.append(" dev ").append(dev);
        return sel.toString();
    }

    /** "esp tunnel 192.0.2.1->192.0.2.2 reqid 7": the SA a template asks for. */
    static void template(StringBuilder t, XfrmPolicy.Template x) {
        t.append(SaLabels.proto(x.proto())).append(' ').append(x.mode() < MODES.length ? MODES[x.mode()] : x.mode());
        if (x.mode() == 1 || x.mode() == 4) t.append(' ').append(x.src()).append("->").append(x.dst());
        if (x.spi() != 0) t.append(" spi ").append(SaLabels.spi(x.spi()));
        if (x.reqid() != 0) t.append(" reqid ").append(Integer.toUnsignedString(x.reqid()));
        if (x.optional()) t.append(" optional");
    }

    /** 0 in, 1 out, 2 fwd; 3..5 the same for per-socket policies. */
    static String dir(int d) {
        if (d < 3) return DIRS[d];
        if (d < 6) return DIRS[d - 3] + "(sock)";
        return Integer.toString(d);
    }

    private static String port(int port, int mask) { return mask == 0 ? "any" : Integer.toString(port); }

    private static String proto(int p) {
        return switch (p) {
            case 1 -> "icmp";
            case 6 -> "tcp";
            case 17 -> "udp";
            case 58 -> "ipv6-icmp";
            case 132 -> "sctp";
            default -> SaLabels.proto(p);
        };
    }
}
