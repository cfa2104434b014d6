package xfrmtop.tui;

import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.source.XfrmEventSource;
import xfrmtop.view.ColorRole;
import xfrmtop.view.EventLog;
import xfrmtop.view.Summary;
import xfrmtop.view.ViewState;

import java.util.List;

/**
 * The event strip above the status bar: a title with how many XFRM events of each kind were seen, then the newest
 * events with their times. Greyed out to one line with the reason when events cannot be had (no CAP_NET_ADMIN);
 * absent when nothing listens for events (a recording made without them).
 */
final class EventStrip {
    static final int LINES = 2;

    private EventStrip() {}

    /** Rows the strip takes for this frame. */
    static int height(Frame f) {
        boolean any = false;
        for (GroupRates g : f.groups(Kind.EVENTS)) {
            if (g.health() == Health.OK) return 1 + LINES;
            any = true;
        }
        return any ? 1 : 0;
    }

    static void draw(Canvas c, int top, int rows, Frame f, ViewState vs, EventLog log, UiContext ctx) {
        if (rows <= 0) return;
        String focus = vs.netnsFocus();
        long[] counts = new long[XfrmEventSource.COUNTERS.size()];
        String problem = null;
        boolean ok = false;
        for (GroupRates g : f.groups(Kind.EVENTS)) {
            if (focus != null && !focus.equals(g.key().netns())) continue;
            if (g.health() != Health.OK) {
                if (problem == null) problem = g.note();
                continue;
            }
            ok = true;
            for (int i = 0; i < counts.length && i < g.size(); i++) counts[i] += g.total(i);
        }
        if (!ok) {
            c.line(top, " events: " + (problem == null ? "none in this namespace" : problem), ColorRole.DIM);
            for (int y = top + 1; y < top + rows; y++) c.fill(0, y, ColorRole.NORMAL);
            return;
        }
        StringBuilder sb = new StringBuilder(" events ");
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0 && i == XfrmEventSource.LOST) continue;
            sb.append(' ').append(XfrmEventSource.COUNTERS.name(i)).append(' ').append(counts[i]);
        }
        sb.append("   e: log");
        c.line(top, sb, counts[XfrmEventSource.LOST] > 0 ? ColorRole.ALARM : ColorRole.HEADING);
        boolean several = Summary.namespaces(f).size() > 1 && focus == null;
        List<EventLog.Entry> l = log.upTo(f.sample().seq(), focus, rows - 1);
        for (int k = 0; k < rows - 1; k++) {
            int y = top + 1 + k;
            if (k < l.size()) c.line(y, " " + EventLines.line(l.get(k).event(), several, ctx), EventLines.role(l.get(k).event()));
            else c.line(y, k == 0 && l.isEmpty() ? " no events so far" : "", ColorRole.DIM);
        }
    }
}
