package xfrmtop.batch;

import xfrmtop.alert.Alert;
import xfrmtop.alert.Alerts;
import xfrmtop.alert.Tripwire;
import xfrmtop.rate.Frame;
import xfrmtop.sample.GroupKey;
import xfrmtop.view.Format;

import java.time.Instant;
import java.util.Locale;

/**
 * The alerts that hold in this tick (present only with --alert). JSON: "alerts", a list of
 * {"alert", "kind", "netns", "instance", "name", "value"}; text: a "# alert" line per hit after the tables.
 */
final class AlertSection implements Section {
    private final Alerts alerts;

    AlertSection(Alerts alerts) { this.alerts = alerts; }

    @Override public String field() { return "alerts"; }

    @Override
    public void json(Frame f, StringBuilder sb) {
        sb.append('[');
        boolean first = true;
        for (Alerts.Hit h : alerts.evaluate(f)) {
            if (!first) sb.append(',');
            first = false;
            sb.append('{');
            Json.field(sb, "alert");
            Json.string(sb, h.alert().text());
            sb.append(',');
            Json.field(sb, "kind");
            Json.string(sb, h.key().kind().name().toLowerCase(Locale.ROOT));
            sb.append(',');
            Json.field(sb, "netns");
            Json.string(sb, h.key().netns());
            sb.append(',');
            Json.field(sb, "instance");
            Json.string(sb, h.key().instance());
            sb.append(',');
            Json.field(sb, "name");
            Json.string(sb, h.name());
            sb.append(',');
            Json.field(sb, "value");
            number(sb, h.value());
            sb.append('}');
        }
        sb.append(']');
    }

    @Override
    public void text(Frame f, StringBuilder sb) {
        for (Alerts.Hit h : alerts.evaluate(f)) {
            sb.append("# alert ").append(h.alert().text()).append(": ");
            counter(sb, h.key(), h.name(), h.alert(), h.value());
            sb.append('\n');
        }
    }

    /** "NAME in netns N on I = 200/s". */
    private static void counter(StringBuilder sb, GroupKey k, String name, Alert a, double value) {
        sb.append(name);
        if (!k.netns().isEmpty()) sb.append(" in netns ").append(k.netns());
        if (!k.instance().isEmpty()) sb.append(" on ").append(k.instance());
        sb.append(" = ");
        if (a.measure() == Alert.Measure.RATE) {
            Format.appendRate(sb, value);
            sb.append("/s");
        } else {
            number(sb, value);
        }
    }

    /** Counts (value, delta) as integers, rates with up to three decimals. */
    private static void number(StringBuilder sb, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 9e18) sb.append((long) v);
        else Json.number(sb, v);
    }

    /** The stderr line for a trip: which alert, when (tick and wall-clock time), and the counter. */
    static String describe(Tripwire.Trip t) {
        StringBuilder sb = new StringBuilder("alert ").append(t.alert().text()).append(" tripped at ")
                .append(Instant.ofEpochMilli(t.wallMillis())).append(" (tick ").append(t.seq() + 1).append("): ");
        counter(sb, t.key(), t.name(), t.alert(), t.value());
        return sb.toString();
    }
}
