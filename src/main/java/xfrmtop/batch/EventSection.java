package xfrmtop.batch;

import xfrmtop.rate.Frame;
import xfrmtop.sample.Event;
import xfrmtop.view.Align;
import xfrmtop.view.Column;
import xfrmtop.view.NetnsColumns;
import xfrmtop.view.Summary;

import java.time.Instant;
import java.util.List;

/**
 * The XFRM events read in the tick (schema in the README): time, netns, type, text; the JSON list is empty in most
 * ticks. Text prints a table only in a tick that has events.
 */
final class EventSection implements Section {
    private static final List<Column<Event>> SINGLE = List.of(
            new Column<>("time", "TIME", 24, Align.LEFT, false, null, false,
                    e -> Instant.ofEpochMilli(e.wallMillis()).toString(), "when the event was read"),
            new Column<>("type", "EVENT", 11, Align.LEFT, false, null, false, e -> e.type().json(), "what happened"),
            new Column<>("text", "WHAT", 4, Align.LEFT, false, null, false, Event::text, "which SA or policy"));
    private static final List<Column<Event>> MULTI = NetnsColumns.withNetns(NetnsColumns.of(Event::netns, (a, b) -> 0), SINGLE);

    @Override public String field() { return "events"; }

    @Override
    public void json(Frame f, StringBuilder sb) {
        sb.append('[');
        boolean first = true;
        for (Event e : f.sample().events()) {
            if (!first) sb.append(',');
            first = false;
            sb.append('{');
            Json.field(sb, "time");
            Json.string(sb, Instant.ofEpochMilli(e.wallMillis()).toString());
            sb.append(',');
            Json.field(sb, "netns");
            Json.string(sb, e.netns());
            sb.append(',');
            Json.field(sb, "type");
            Json.string(sb, e.type().json());
            sb.append(',');
            Json.field(sb, "text");
            Json.string(sb, e.text());
            sb.append('}');
        }
        sb.append(']');
    }

    @Override
    public void text(Frame f, StringBuilder sb) {
        if (f.sample().events().isEmpty()) return;
        List<Column<Event>> columns = Summary.namespaces(f).size() > 1 ? MULTI : SINGLE;
        TextWriter.line(sb, columns, null);
        for (Event e : f.sample().events()) TextWriter.line(sb, columns, e);
    }
}
