package xfrmtop.tui;

import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.view.ColorRole;
import xfrmtop.view.DetailTarget;
import xfrmtop.view.Diagnostics;
import xfrmtop.view.EventLog;
import xfrmtop.view.Glyphs;
import xfrmtop.view.Pane;
import xfrmtop.view.Summary;
import xfrmtop.view.Timeline;
import xfrmtop.view.ViewState;

import java.util.List;
import java.util.Locale;

/**
 * The detail view (Enter on a row): the selected counter, SA or policy, found again in every frame. Text first (what it
 * means, causes, next commands, identity and lifetimes of an SA), then the XFRM events of its namespace, then the
 * plot of its rate over the session, which gets the rows left (at least {@link #MIN_BARS}).
 */
final class DetailView {
    static final int MIN_BARS = 3, MAX_BARS = 12;
    static final int EVENTS_SHOWN = 3;

    private DetailView() {}

    static void draw(Canvas c, int top, int height, Frame shown, ViewState vs, Diagnostics diag, Glyphs g,
                     UiContext ctx) {
        DetailTarget t = vs.detail();
        GroupRates gr = shown.group(t.key());
        c.line(top, title(t, gr), ColorRole.HEADING);
        TextBlock text = new TextBlock(c.width());
        long tick = shown.sample().seq();
        int plotCounter = -1;
        if (gr == null) {
            text.add("gone", "no longer in the data (removed, or its namespace is no longer watched)", ColorRole.STALE);
        } else if (t.pane() == Pane.SA) {
            plotCounter = SaDetail.text(text, gr, shown, diag.recent(), g, ctx);
        } else if (t.pane() == Pane.POLICY) {
            SaDetail.policy(text, gr, shown);
        } else {
            plotCounter = CounterDetail.text(text, gr, t.counter(), diag.recent(), tick, ctx);
        }
        if (gr != null && gr.health() != Health.OK && !gr.note().isEmpty()) {
            text.add(gr.health().name().toLowerCase(Locale.ROOT), gr.note(), ColorRole.NOTE);
        }
        events(text, shown, diag.events(), t.key().netns(), tick, ctx);
        Timeline tl = plotCounter < 0 ? null : diag.session().timeline(t.key(), plotCounter);
        int body = height - 1;
        int bars = tl == null ? 0 : Math.max(MIN_BARS, Math.min(MAX_BARS, body - text.size() - 1 - PlotView.EXTRA_ROWS));
        int plotRows = tl == null ? 0 : bars + 1 + PlotView.EXTRA_ROWS;
        int used = text.draw(c, top + 1, Math.max(1, body - plotRows));
        int y = top + 1 + used;
        if (tl != null && y + plotRows <= top + height) {
            TextBlock h = new TextBlock(c.width());
            h.add("history", CounterDetail.plotTitle(gr, plotCounter, tl, diag.wholeRecording(), ctx), ColorRole.NORMAL);
            h.draw(c, y, 1);
            List<EventLog.Entry> marks = diag.events().between(tl.fromSeq(), tl.toSeq(), t.key().netns());
            PlotView.draw(c, y + 1, bars, tl, marks, diag.wholeRecording() ? tick : -1, g, ctx);
            y += plotRows;
        }
        for (; y < top + height; y++) c.fill(0, y, ColorRole.NORMAL);
    }

    private static String title(DetailTarget t, GroupRates gr) {
        StringBuilder sb = new StringBuilder(" Detail: ");
        GroupKey k = t.key();
        switch (t.pane()) {
            case SA -> sb.append("SA ").append(k.instance());
            case POLICY -> sb.append("policy ").append(k.instance());
            case NIC -> sb.append(k.instance()).append(' ').append(t.counter());
            default -> sb.append(t.counter());
        }
        if (!k.netns().isEmpty() || (gr != null && k.kind() == Kind.XFRM_STAT)) {
            sb.append("  netns ").append(Summary.netnsLabel(k.netns()));
        }
        return sb.append("   (Esc or Enter closes) ").toString();
    }

    /** The namespace's latest events (what happened around the time the counter moved), or why there are none. */
    private static void events(TextBlock text, Frame shown, EventLog log, String netns, long tick, UiContext ctx) {
        GroupRates ev = shown.group(xfrmtop.source.XfrmEventSource.key(netns));
        if (ev != null && ev.health() != Health.OK) {
            text.add("events", "not available: " + ev.note(), ColorRole.DIM);
            return;
        }
        List<EventLog.Entry> l = log.upTo(tick, netns, EVENTS_SHOWN);
        if (l.isEmpty()) {
            text.add("events", ev == null ? "not watched" : "none in this namespace so far", ColorRole.DIM);
            return;
        }
        boolean first = true;
        for (EventLog.Entry e : l) {
            text.add(first ? "events" : "", EventLines.line(e.event(), false, ctx), EventLines.role(e.event()));
            first = false;
        }
    }
}
