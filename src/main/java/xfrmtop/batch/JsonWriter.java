package xfrmtop.batch;

import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Health;
import xfrmtop.source.HostInfo;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One JSON object per tick, one line each (schema in the README): time, interval_s (null on the first tick), host,
 * kernel, then each section's list under its field. Groups that could not be read are listed under "errors".
 */
public final class JsonWriter implements FrameWriter {
    private final HostInfo host;
    private final List<Section> sections;

    public JsonWriter(HostInfo host, List<Section> sections) {
        this.host = host;
        this.sections = sections;
    }

    @Override
    public void write(Frame f, StringBuilder sb) {
        sb.append('{');
        Json.field(sb, "time");
        Json.string(sb, Instant.ofEpochMilli(f.sample().wallMillis()).toString());
        sb.append(',');
        Json.field(sb, "interval_s");
        Json.number(sb, f.intervalS());
        sb.append(',');
        Json.field(sb, "host");
        Json.string(sb, host.host());
        sb.append(',');
        Json.field(sb, "kernel");
        Json.string(sb, host.kernel());
        for (Section s : sections) {
            sb.append(',');
            Json.field(sb, s.field());
            s.json(f, sb);
        }
        errors(f, sb);
        sb.append("}\n");
    }

    private static void errors(Frame f, StringBuilder sb) {
        boolean any = false;
        for (GroupRates g : f.groups()) {
            if (g.health() == Health.OK) continue;
            sb.append(any ? "," : ",\"errors\":[");
            any = true;
            sb.append('{');
            Json.field(sb, "source");
            Json.string(sb, g.key().kind().name().toLowerCase(Locale.ROOT));
            sb.append(',');
            Json.field(sb, "netns");
            Json.string(sb, g.key().netns());
            sb.append(',');
            Json.field(sb, "instance");
            Json.string(sb, g.key().instance());
            sb.append(',');
            Json.field(sb, "health");
            Json.string(sb, g.health().name().toLowerCase(Locale.ROOT));
            sb.append(',');
            Json.field(sb, "message");
            Json.string(sb, g.note());
            sb.append('}');
        }
        if (any) sb.append(']');
    }
}
