package xfrmtop.tui;

import xfrmtop.knowledge.CounterInfo;
import xfrmtop.knowledge.Knowledge;
import xfrmtop.knowledge.NicTables;
import xfrmtop.knowledge.Role;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Kind;
import xfrmtop.view.ColorRole;
import xfrmtop.view.Format;
import xfrmtop.view.History;
import xfrmtop.view.Timeline;

/** The detail view's text for one xfrm_stat or NIC counter, from the knowledge tables and its history. */
final class CounterDetail {
    /** Samples compared for the trend: the last N against the N before. */
    static final int TREND = 5;

    private CounterDetail() {}

    /** @return the counter's index in the group, for the plot (-1 when the group no longer has it) */
    static int text(TextBlock t, GroupRates g, String name, History recent, long tick, UiContext ctx) {
        int i = g.names().indexOf(name);
        boolean nic = g.key().kind() == Kind.NIC;
        CounterInfo info = nic ? NicTables.get().info(g.group().label("driver"), name) : Knowledge.xfrmStat().info(name);
        if (nic) {
            String driver = g.group().label("driver");
            t.add("interface", g.key().instance() + (driver.isEmpty() ? "" : " (driver " + driver + ")")
                    + ", ethtool -S counter");
        }
        t.add("direction", info.dir() + ";  role " + info.role().name().toLowerCase(java.util.Locale.ROOT)
                + (info.known() && !"-".equals(info.added()) ? ";  counted since kernel " + info.added() : ""));
        if (i < 0) {
            t.add("now", "the counter is no longer reported", ColorRole.STALE);
        } else {
            t.add("now", now(g, i, info), g.rate(i) > 0 && info.role().alarms() ? ColorRole.ALARM : ColorRole.NORMAL);
            if (info.role() != Role.GAUGE) t.add("trend", trend(g, i, recent, tick, ctx));
        }
        t.add("meaning", info.meaning());
        list(t, "causes", info.causes(), true);
        list(t, "next", info.next(), false);
        return i;
    }

    private static void list(TextBlock t, String label, java.util.List<String> items, boolean numbered) {
        if (items.isEmpty()) {
            t.add(label, "(the table lists none)", ColorRole.DIM);
            return;
        }
        for (int k = 0; k < items.size(); k++) {
            t.add(k == 0 ? label : "", (numbered ? (k + 1) + ". " : "$ ") + items.get(k), numbered || k > 0
                    ? ColorRole.NORMAL : ColorRole.KEY);
        }
    }

    private static String now(GroupRates g, int i, CounterInfo info) {
        StringBuilder sb = new StringBuilder();
        if (info.role() == Role.GAUGE) return sb.append("value ").append(Long.toUnsignedString(g.total(i))).toString();
        double r = g.rate(i);
        if (Double.isNaN(r)) {
            sb.append(g.status(i).label());
        } else {
            Format.appendRate(sb, r);
            sb.append("/s");
        }
        sb.append(";  total ").append(Long.toUnsignedString(g.total(i)))
                .append(";  increase since first seen ").append(g.moved(i)).append(";  status ").append(g.status(i).json());
        return sb.toString();
    }

    /** Since when it climbs and whether it still rises: the last samples against the ones before. */
    static String trend(GroupRates g, int i, History recent, long tick, UiContext ctx) {
        double[] v = new double[2 * TREND];
        recent.recent(g.key(), i, tick, v, v.length);
        double before = mean(v, 0, TREND), last = mean(v, TREND, 2 * TREND);
        Timeline tl = recent.timeline(g.key(), i);
        StringBuilder sb = new StringBuilder();
        if (!g.everMoved(i)) return sb.append("has not moved since xfrmtop started").toString();
        // a replay's history covers the whole recording: its first move is the one to name, if not after this tick
        if (tl != null && tl.movedWall() != 0 && tl.seriesFrom() <= tick) {
            sb.append("first moved at ").append(HeaderView.clock(tl.movedWall(), ctx)).append(";  ");
        }
        if (Double.isNaN(last)) return sb.append("no recent rate").toString();
        if (last == 0) return sb.append(before > 0 ? "stopped in the last " + TREND + " samples" : "quiet now").toString();
        String word = Double.isNaN(before) || before == 0 ? "started" : last > before * 1.2 ? "rising"
                : last < before * 0.8 ? "falling" : "steady";
        sb.append(word).append(": ");
        Format.appendRate(sb, last);
        sb.append("/s over the last ").append(TREND).append(" samples");
        if (!Double.isNaN(before)) {
            sb.append(" against ");
            Format.appendRate(sb, before);
            sb.append("/s before");
        }
        return sb.toString();
    }

    private static double mean(double[] v, int from, int to) {
        double s = 0;
        int n = 0;
        for (int k = from; k < to; k++) {
            if (Double.isNaN(v[k])) continue;
            s += v[k];
            n++;
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** "packets per second, 12:00:00 to 12:05:00 (300 samples, 3 per column), peak 205.0/s" */
    static String plotTitle(GroupRates g, int counter, Timeline tl, boolean recording, UiContext ctx) {
        StringBuilder sb = new StringBuilder();
        sb.append(g.key().kind() == Kind.SA ? g.name(counter).replace('_', ' ') + " per second" : "rate per second")
                .append(recording ? " over the whole recording, " : " since xfrmtop started, ")
                .append(HeaderView.clock(tl.wallOf(tl.fromSeq()), ctx)).append(" to ")
                .append(HeaderView.clock(tl.wallOf(tl.toSeq()), ctx)).append(" (")
                .append(tl.toSeq() - tl.fromSeq() + 1).append(" samples)");
        double peak = 0;
        for (double p : tl.points()) if (p > peak) peak = p;
        if (peak > 0) {
            Format.appendRate(sb.append(", peak "), peak);
            sb.append("/s");
        }
        return sb.toString();
    }

}
