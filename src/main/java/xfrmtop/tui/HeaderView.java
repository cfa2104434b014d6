package xfrmtop.tui;

import xfrmtop.alert.Tripwire;
import xfrmtop.feed.Playback;
import xfrmtop.rate.Frame;
import xfrmtop.view.ColorRole;
import xfrmtop.view.Column;
import xfrmtop.view.Format;
import xfrmtop.view.LikelyCause;
import xfrmtop.view.PaneState;
import xfrmtop.view.SaSummary;
import xfrmtop.view.Summary;
import xfrmtop.view.ViewState;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The three header lines: where and when (for a replay: REPLAY, the recorded time, position and speed; REC while
 * recording), then what matters now (sum of drop rates, per namespace when several are watched; the first tripped
 * alert) and how the view is set, then the likely cause: the fastest-climbing drop counter the knowledge tables
 * describe, its rate and the first of its usual causes.
 */
final class HeaderView {
    static final int HEIGHT = 3;
    private static final DateTimeFormatter DATE_HMS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private HeaderView() {}

    static void draw(Canvas c, Frame shown, ViewState vs, UiContext ctx, List<? extends Column<?>> columns) {
        StringBuilder sb = new StringBuilder(c.width());
        int col = 0;
        if (ctx.replay() != null) col = c.put(c.put(0, 0, "xfrmtop  ", ColorRole.TITLE), 0, "REPLAY", ColorRole.NOTE);
        else sb.append("xfrmtop");
        sb.append("  ").append(ctx.host().host())
                .append("  kernel ").append(ctx.host().kernel())
                .append("  netns ").append(ctx.host().netns())
                .append("  every ").append(Format.seconds(ctx.intervalS())).append("s  ");
        if (ctx.replay() == null) sb.append(clock(ctx.nowMillis(), ctx));
        col = c.put(col, 0, sb, ColorRole.TITLE);
        if (ctx.replay() != null) col = replay(c, col, shown, ctx);
        if (vs.paused()) {
            col = c.put(col, 0, "  ", ColorRole.TITLE);
            col = c.put(col, 0, "PAUSED " + clock(shown.sample().wallMillis(), ctx), ColorRole.NOTE);
        }
        if (ctx.recording() != null) {
            col = c.put(col, 0, "  ", ColorRole.TITLE);
            col = c.put(col, 0, ctx.recording(), ctx.recording().contains("FAILED") ? ColorRole.ALARM : ColorRole.NOTE);
        }
        c.fill(col, 0, ColorRole.TITLE);

        col = drops(c, shown, vs);
        SaSummary sas = SaSummary.of(shown, vs.netnsFocus());
        if (sas != null) {
            sb.setLength(0);
            sas.append(sb.append("   "));
            col = c.put(col, 1, sb, ColorRole.NORMAL);
        }
        if (!ctx.trips().isEmpty()) {
            Tripwire.Trip t = ctx.trips().get(0);
            sb.setLength(0);
            sb.append("ALERT ").append(t.alert().text()).append(" at ").append(clock(t.wallMillis(), ctx));
            if (ctx.trips().size() > 1) sb.append(" (+").append(ctx.trips().size() - 1).append(" more)");
            col = c.put(c.put(col, 1, "   ", ColorRole.NORMAL), 1, sb, ColorRole.ALERT);
        }
        PaneState ps = vs.pane(vs.focus());
        sb.setLength(0);
        if (ps.sortColumn() < columns.size()) {
            Column<?> sorted = columns.get(ps.sortColumn());
            boolean desc = sorted.firstDescending() != ps.reversed();
            sb.append("   sort ").append(sorted.header()).append(desc ? " desc" : " asc");
        }
        if (!ps.filter().isEmpty()) sb.append("   filter \"").append(ps.filter()).append('"');
        if (vs.hideIdle()) sb.append("   idle rows hidden");
        sb.append("   delta since ").append(vs.baseline() == null ? "start" : clock(vs.baseline().sample().wallMillis(), ctx));
        col = c.put(col, 1, sb, ColorRole.NORMAL);
        c.fill(col, 1, ColorRole.NORMAL);
        cause(c, 2, LikelyCause.of(shown, vs.netnsFocus()), Summary.namespaces(shown).size() > 1);
    }

    /** "cause  XfrmOutNoStates 100.0/s out: the IKE negotiation is not up or is failing   next: ip xfrm monitor acquire" */
    static void cause(Canvas c, int row, LikelyCause lc, boolean netns) {
        int col = c.put(0, row, "cause  ", ColorRole.NORMAL);
        if (lc == null) {
            c.fill(c.put(col, row, "none: no drop counter is climbing", ColorRole.DIM), row, ColorRole.NORMAL);
            return;
        }
        StringBuilder sb = new StringBuilder(c.width());
        if (netns) sb.append("netns ").append(Summary.netnsLabel(lc.key().netns())).append(' ');
        if (!lc.key().instance().isEmpty()) sb.append(lc.key().instance()).append(' ');
        sb.append(lc.name()).append(' ');
        appendRate(sb, lc.rate());
        col = c.put(col, row, sb, ColorRole.ALARM);
        sb.setLength(0);
        sb.append(' ').append(lc.info().dir()).append(": ").append(lc.cause());
        col = c.put(col, row, sb, ColorRole.NORMAL);
        if (!lc.next().isEmpty()) col = c.put(col, row, "   next: " + lc.next(), ColorRole.DIM);
        c.fill(col, row, ColorRole.NORMAL);
    }

    /** The recorded time of the sample shown (with its date: recordings are looked at later), position, speed. */
    private static int replay(Canvas c, int col, Frame shown, UiContext ctx) {
        Playback.Status st = ctx.replay();
        StringBuilder sb = new StringBuilder(48);
        sb.append(LocalDateTime.ofInstant(Instant.ofEpochMilli(shown.sample().wallMillis()), ctx.zone()).format(DATE_HMS))
                .append("  ").append(st.index() + 1).append('/').append(st.count()).append("  ").append(st.speedLabel());
        if (st.atEnd()) sb.append("  END");
        else if (st.paused()) sb.append("  PAUSED");
        col = c.put(col, 0, sb, ColorRole.NOTE);
        if (!st.error().isEmpty()) col = c.put(col, 0, "  STOPPED: " + st.error(), ColorRole.ALARM);
        return col;
    }

    /** Most namespaces listed by name after the total; the rest are counted. */
    static final int NETNS_SHOWN = 4;

    /**
     * "drops 350/s", then, when several namespaces are watched, the sum per namespace, highest first
     * ("vpn1 200/s  vpn2 150/s  +3"); with the namespace focus on one, only that one's sum. Returns the next column.
     */
    private static int drops(Canvas c, Frame shown, ViewState vs) {
        StringBuilder sb = new StringBuilder("drops ");
        String focus = vs.netnsFocus();
        double total = Summary.dropRate(shown, focus);
        appendRate(sb, total);
        if (focus != null) sb.append(" in netns ").append(Summary.netnsLabel(focus));
        int col = c.put(0, 1, sb, total > 0 ? ColorRole.ALARM : ColorRole.NORMAL);
        Map<String, Double> per = Summary.dropRateByNetns(shown);
        if (focus != null || per.size() < 2) return col;
        col = c.put(col, 1, " [", ColorRole.NORMAL);
        int n = 0;
        for (Map.Entry<String, Double> e : per.entrySet()) {
            if (n == NETNS_SHOWN) {
                col = c.put(col, 1, "  +" + (per.size() - n), ColorRole.NORMAL);
                break;
            }
            sb.setLength(0);
            if (n++ > 0) sb.append("  ");
            sb.append(Summary.netnsLabel(e.getKey())).append(' ');
            appendRate(sb, e.getValue());
            col = c.put(col, 1, sb, e.getValue() > 0 ? ColorRole.ALARM : ColorRole.NORMAL);
        }
        return c.put(col, 1, "]", ColorRole.NORMAL);
    }

    private static void appendRate(StringBuilder sb, double perSecond) {
        if (Double.isNaN(perSecond)) {
            sb.append("no data");
            return;
        }
        Format.appendRate(sb, perSecond);
        sb.append("/s");
    }

    static String clock(long millis, UiContext ctx) { return clock(millis, ctx.zone()); }

    static String clock(long millis, java.time.ZoneId zone) { return ClockText.of(millis, zone); }
}
