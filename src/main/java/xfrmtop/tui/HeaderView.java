package xfrmtop.tui;

import xfrmtop.rate.Frame;
import xfrmtop.view.ColorRole;
import xfrmtop.view.Column;
import xfrmtop.view.Format;
import xfrmtop.view.PaneState;
import xfrmtop.view.SaSummary;
import xfrmtop.view.Summary;
import xfrmtop.view.ViewState;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The two header lines: where and when, then what matters now (sum of drop rates) and how the view is set. */
final class HeaderView {
    static final int HEIGHT = 2;
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private HeaderView() {}

    static void draw(Canvas c, Frame shown, ViewState vs, UiContext ctx, List<? extends Column<?>> columns) {
        StringBuilder sb = new StringBuilder(c.width());
        sb.append("xfrmtop  ").append(ctx.host().host())
                .append("  kernel ").append(ctx.host().kernel())
                .append("  netns ").append(ctx.host().netns())
                .append("  every ").append(Format.seconds(ctx.intervalS())).append("s  ")
                .append(clock(ctx.nowMillis(), ctx));
        int col = c.put(0, 0, sb, ColorRole.TITLE);
        if (vs.paused()) {
            col = c.put(col, 0, "  ", ColorRole.TITLE);
            col = c.put(col, 0, "PAUSED " + clock(shown.sample().wallMillis(), ctx), ColorRole.NOTE);
        }
        c.fill(col, 0, ColorRole.TITLE);

        double drops = Summary.dropRate(shown);
        sb.setLength(0);
        sb.append("drops ");
        if (Double.isNaN(drops)) sb.append("no data");
        else Format.appendRate(sb, drops);
        if (!Double.isNaN(drops)) sb.append("/s");
        col = c.put(0, 1, sb, drops > 0 ? ColorRole.ALARM : ColorRole.NORMAL);
        SaSummary sas = SaSummary.of(shown);
        if (sas != null) {
            sb.setLength(0);
            sas.append(sb.append("   "));
            col = c.put(col, 1, sb, ColorRole.NORMAL);
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
    }

    static String clock(long millis, UiContext ctx) {
        return LocalTime.ofInstant(Instant.ofEpochMilli(millis), ctx.zone()).format(HMS);
    }
}
