package xfrmtop.tui;

import xfrmtop.sample.Event;
import xfrmtop.view.ColorRole;
import xfrmtop.view.EventLog;
import xfrmtop.view.Format;
import xfrmtop.view.Glyphs;
import xfrmtop.view.Timeline;

import java.util.List;

/**
 * A counter's rate over the session (a replay: the whole recording) as a bar plot: the peak on the left axis, one
 * column per stretch of ticks (the highest rate in it, so a short burst stays visible), the time axis with a gap
 * where there was no data, the XFRM events of the namespace marked under it by a letter, and the times of both ends.
 */
final class PlotView {
    /** Rows the plot needs besides its bars: axis, event marks, times. */
    static final int EXTRA_ROWS = 3;
    private static final int LABEL = 9;
    /** Letters for the event marks, most telling first: where several fall on one column, the first wins. */
    private static final String MARK_ORDER = "AE-+~PF!";

    private PlotView() {}

    /**
     * @param bars  rows for the bars
     * @param mark  the tick to mark on the time axis (the frame shown in a replay), or -1
     */
    static void draw(Canvas c, int top, int bars, Timeline tl, List<EventLog.Entry> events, long mark,
                     Glyphs g, UiContext ctx) {
        int width = Math.max(1, c.width() - LABEL - 1);
        long ticks = tl.toSeq() - tl.fromSeq() + 1;
        int cols = (int) Math.max(1, Math.min(width, ticks));
        double[] v = new double[cols];
        double max = 0;
        for (int j = 0; j < cols; j++) {
            long from = tl.fromSeq() + j * ticks / cols, to = tl.fromSeq() + (j + 1) * ticks / cols;
            double m = Double.NaN;
            for (long t = from; t < Math.max(to, from + 1); t++) {
                double x = tl.at(t);
                if (!Double.isNaN(x) && (Double.isNaN(m) || x > m)) m = x;
            }
            v[j] = m;
            if (m > max) max = m;
        }
        String[] rows = g.plot(v, cols, bars, max);
        StringBuilder sb = new StringBuilder(c.width());
        for (int r = 0; r < bars; r++) {
            sb.setLength(0);
            String label = r == 0 ? rate(max) : "";
            pad(sb, label);
            sb.append(r == 0 ? g.tick : g.rule);
            int x = c.put(0, top + r, sb, ColorRole.DIM);
            c.fill(c.put(x, top + r, rows[r], ColorRole.ALARM), top + r, ColorRole.NORMAL);
        }
        sb.setLength(0);
        pad(sb, "0");
        sb.append(g.corner);
        for (int j = 0; j < cols; j++) sb.append(g.axisMark(v[j]));
        c.fill(c.put(0, top + bars, sb, ColorRole.DIM), top + bars, ColorRole.NORMAL);
        marks(c, top + bars + 1, tl, events, cols, ticks, mark);
        sb.setLength(0);
        pad(sb, "");
        sb.append(' ').append(HeaderView.clock(tl.wallOf(tl.fromSeq()), ctx));
        String end = HeaderView.clock(tl.wallOf(tl.toSeq()), ctx);
        while (sb.length() < LABEL + 1 + cols - end.length()) sb.append(' ');
        if (cols >= 2 * end.length() + 1) sb.append(end);
        c.fill(c.put(0, top + bars + 2, sb, ColorRole.DIM), top + bars + 2, ColorRole.NORMAL);
    }

    /** Event letters under the columns their tick falls in (A acquire, E expire, + added, - deleted, ...). */
    private static void marks(Canvas c, int row, Timeline tl, List<EventLog.Entry> events, int cols, long ticks,
                              long mark) {
        char[] line = new char[cols];
        java.util.Arrays.fill(line, ' ');
        for (EventLog.Entry e : events) {
            int j = (int) ((e.seq() - tl.fromSeq()) * cols / ticks);
            if (j < 0 || j >= cols) continue;
            char m = letter(e.event().type());
            if (line[j] == ' ' || MARK_ORDER.indexOf(m) < MARK_ORDER.indexOf(line[j])) line[j] = m;
        }
        if (mark >= tl.fromSeq() && mark <= tl.toSeq() && mark != tl.toSeq()) {
            int j = (int) ((mark - tl.fromSeq()) * cols / ticks);
            if (j >= 0 && j < cols && line[j] == ' ') line[j] = '^';
        }
        StringBuilder sb = new StringBuilder(LABEL + 1 + cols);
        pad(sb, events.isEmpty() ? "" : "events");
        sb.append(' ').append(line);
        c.fill(c.put(0, row, sb, ColorRole.NOTE), row, ColorRole.NORMAL);
    }

    static char letter(Event.Type t) {
        return switch (t) {
            case ACQUIRE -> 'A';
            case EXPIRE, POLEXPIRE -> 'E';
            case DELSA -> '-';
            case NEWSA -> '+';
            case UPDSA -> '~';
            case NEWPOLICY, UPDPOLICY, DELPOLICY -> 'P';
            case FLUSHSA, FLUSHPOLICY -> 'F';
            case LOST -> '!';
        };
    }

    private static String rate(double r) {
        StringBuilder sb = new StringBuilder();
        Format.appendRate(sb, r);
        return sb.append("/s").toString();
    }

    private static void pad(StringBuilder sb, String label) {
        for (int i = label.length(); i < LABEL; i++) sb.append(' ');
        sb.append(label.length() > LABEL ? label.substring(0, LABEL) : label);
    }
}
