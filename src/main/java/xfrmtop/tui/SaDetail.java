package xfrmtop.tui;

import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.source.PolicyLabels;
import xfrmtop.source.SaCounters;
import xfrmtop.source.SaLabels;
import xfrmtop.view.ColorRole;
import xfrmtop.view.Durations;
import xfrmtop.view.Format;
import xfrmtop.view.Glyphs;
import xfrmtop.view.History;
import xfrmtop.view.PolicyRow;
import xfrmtop.view.SaRow;
import xfrmtop.view.Series;

/**
 * The detail view's text for an SA (identity, algorithms, lifetimes, every counter with its recent history) and for a
 * policy (selector, action, templates, times). Algorithm names and key sizes only: no key is ever held.
 */
final class SaDetail {
    private static final String[] NAMES = {"packets", "bytes", "replay-win", "replay", "integrity"};
    private static final int[] INDEX = {SaCounters.PACKETS, SaCounters.BYTES, SaCounters.REPLAY_WINDOW,
        SaCounters.REPLAY, SaCounters.INTEGRITY_FAILED};

    private SaDetail() {}

    /** @return the counter to plot: an error counter that climbs, else packets (-1 for a group without counters) */
    static int text(TextBlock t, GroupRates g, Frame shown, History recent, Glyphs glyphs, UiContext ctx) {
        SaRow r = new SaRow(g, shown.sample().wallMillis() / 1000);
        t.add("SA", r.label(SaLabels.PROTO) + " " + r.src() + " -> " + r.dst() + " spi " + r.spi()
                + " (" + r.label(SaLabels.FAMILY) + ")");
        String dir = r.dir().isEmpty() ? "unknown" : r.dir() + " (from the " + r.label(SaLabels.DIR_FROM) + ")";
        t.add("mode", r.label(SaLabels.MODE) + ";  reqid " + r.label(SaLabels.REQID) + ";  direction " + dir
                + ";  replay window " + r.label(SaLabels.WINDOW) + ";  esn " + r.label(SaLabels.ESN));
        StringBuilder crypto = new StringBuilder();
        labelled(crypto, r, SaLabels.AUTH, "auth");
        labelled(crypto, r, SaLabels.ENC, "enc");
        labelled(crypto, r, SaLabels.AEAD, "aead");
        labelled(crypto, r, SaLabels.COMP, "comp");
        t.add("crypto", crypto.length() == 0 ? "none" : crypto.toString());
        StringBuilder opts = new StringBuilder();
        labelled(opts, r, SaLabels.ENCAP, "encap");
        labelled(opts, r, SaLabels.MARK, "mark");
        labelled(opts, r, SaLabels.IF_ID, "if_id");
        labelled(opts, r, SaLabels.DEV, "offload dev");
        labelled(opts, r, SaLabels.OFFLOAD, "");
        if (opts.length() > 0) t.add("options", opts.toString());
        if (g.size() <= SaCounters.USE_TIME) return -1;
        t.add("lifetime", lifetime(r, ctx));
        String limits = limits(r);
        if (!limits.isEmpty()) t.add("limits", limits);
        double[] v = new double[Series.RECENT];
        StringBuilder sb = new StringBuilder();
        int plot = SaCounters.PACKETS;
        for (int k = 0; k < NAMES.length; k++) {
            int i = INDEX[k];
            sb.setLength(0);
            sb.append(Format.rate(r.rate(i), g.status(i).label())).append("/s");
            while (sb.length() < 12) sb.insert(0, ' ');
            sb.append("  total ").append(Format.count(r.total(i), 14));
            while (sb.length() < 36) sb.append(' ');
            if (i != SaCounters.BYTES) {                   // bytes follow the packets: no history of their own
                recent.recent(g.key(), i, shown.sample().seq(), v, v.length);
                glyphs.spark(sb.append("  "), v, v.length);
            }
            boolean climbing = k >= 2 && r.rate(i) > 0;
            if (climbing && plot == SaCounters.PACKETS) plot = i;
            t.add(k == 0 ? "counters" : "", pad(NAMES[k]) + sb, climbing ? ColorRole.ALARM : ColorRole.NORMAL);
        }
        t.add("sequence", "last sent " + Long.toUnsignedString(r.total(SaCounters.OSEQ)) + ";  highest received "
                + Long.toUnsignedString(r.total(SaCounters.SEQ)));
        return plot;
    }

    private static String pad(String s) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < 11) sb.append(' ');
        return sb.toString();
    }

    private static void labelled(StringBuilder sb, SaRow r, String label, String name) {
        String v = r.label(label);
        if (v.isEmpty()) return;
        if (sb.length() > 0) sb.append(";  ");
        if (!name.isEmpty()) sb.append(name).append(' ');
        sb.append(v);
    }

    private static String lifetime(SaRow r, UiContext ctx) {
        StringBuilder sb = new StringBuilder();
        long add = r.total(SaCounters.ADD_TIME), use = r.total(SaCounters.USE_TIME);
        sb.append("added ").append(add == 0 ? "-" : HeaderView.clock(add * 1000, ctx)).append(" (")
                .append(Durations.of(r.ageSeconds())).append(" ago);  first used ")
                .append(use == 0 ? "never" : HeaderView.clock(use * 1000, ctx));
        long soft = r.expiresIn(true), hard = r.expiresIn(false);
        sb.append(";  soft expiry ").append(soft == Long.MAX_VALUE ? "none" : "in " + Durations.of(soft))
                .append(", hard ").append(hard == Long.MAX_VALUE ? "none" : "in " + Durations.of(hard));
        return sb.toString();
    }

    /** Byte and packet limits against what the SA carried. */
    private static String limits(SaRow r) {
        StringBuilder sb = new StringBuilder();
        limit(sb, r, SaLabels.SOFT_BYTES, "soft", r.total(SaCounters.BYTES), "bytes");
        limit(sb, r, SaLabels.HARD_BYTES, "hard", r.total(SaCounters.BYTES), "bytes");
        limit(sb, r, SaLabels.SOFT_PACKETS, "soft", r.total(SaCounters.PACKETS), "packets");
        limit(sb, r, SaLabels.HARD_PACKETS, "hard", r.total(SaCounters.PACKETS), "packets");
        return sb.toString();
    }

    private static void limit(StringBuilder sb, SaRow r, String label, String kind, long now, String unit) {
        String v = r.label(label);
        if (v.isEmpty()) return;
        if (sb.length() > 0) sb.append(";  ");
        sb.append(kind).append(' ').append(v).append(' ').append(unit).append(" (now ").append(Long.toUnsignedString(now))
                .append(')');
    }

    static void policy(TextBlock t, GroupRates g, Frame shown) {
        PolicyRow p = new PolicyRow(g, shown.sample().wallMillis() / 1000);
        t.add("policy", p.label(PolicyLabels.DIR) + " " + p.label(PolicyLabels.ACTION) + ";  priority "
                + p.label(PolicyLabels.PRIORITY) + ";  index " + p.label(PolicyLabels.INDEX) + ";  type "
                + p.label(PolicyLabels.TYPE));
        t.add("selector", p.label(PolicyLabels.SELECTOR));
        String tmpl = p.label(PolicyLabels.TEMPLATES);
        t.add("templates", tmpl.isEmpty() ? "none (no SA is asked for)" : tmpl);
        if (!p.label(PolicyLabels.MARK).isEmpty()) t.add("mark", p.label(PolicyLabels.MARK));
        if (!p.label(PolicyLabels.IF_ID).isEmpty()) t.add("if_id", p.label(PolicyLabels.IF_ID));
        t.add("times", "added " + Durations.of(Math.max(0, p.ageSeconds())) + " ago;  last used "
                + (p.usedAgo() < 0 ? "never" : Durations.of(p.usedAgo()) + " ago"));
    }
}
