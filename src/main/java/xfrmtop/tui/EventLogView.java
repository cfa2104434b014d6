package xfrmtop.tui;

import xfrmtop.rate.Frame;
import xfrmtop.view.ColorRole;
import xfrmtop.view.EventLog;
import xfrmtop.view.Summary;
import xfrmtop.view.ViewState;

import java.util.List;

/** The event log (key e): every XFRM event kept, newest first, with time, namespace and type; it scrolls. */
final class EventLogView {
    /** Most events the view lists (the log may hold more in a long recording). */
    static final int MAX = 5000;

    private EventLogView() {}

    static void draw(Canvas c, int top, int height, Frame shown, ViewState vs, EventLog log, UiContext ctx) {
        List<EventLog.Entry> l = log.upTo(shown.sample().seq(), vs.netnsFocus(), MAX);
        int body = Math.max(1, height - 1);
        int max = Math.max(0, l.size() - body);
        vs.clampOverlayScroll(max);
        int first = vs.overlayScroll();
        String where = vs.netnsFocus() == null ? "" : " in netns " + Summary.netnsLabel(vs.netnsFocus());
        c.line(top, " Events" + where + ", newest first: " + l.size() + (l.size() == 1 ? " event" : " events")
                + (max > 0 ? ", " + (first + 1) + "-" + Math.min(l.size(), first + body) + " shown, Up/Down scroll" : "")
                + "   (e or Esc closes) ", ColorRole.HEADING);
        boolean several = Summary.namespaces(shown).size() > 1;
        for (int k = 0; k < body; k++) {
            int y = top + 1 + k, i = first + k;
            if (i < l.size()) c.line(y, " " + EventLines.line(l.get(i).event(), several, ctx), EventLines.role(l.get(i).event()));
            else c.line(y, k == 0 && l.isEmpty() ? " no XFRM events so far" : "", ColorRole.DIM);
        }
    }
}
