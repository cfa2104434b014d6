package xfrmtop.batch;

import xfrmtop.knowledge.Knowledge;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.source.HostInfo;

import java.time.Instant;

/**
 * One JSON object per tick, one line each (schema in the README): time, interval_s, host, kernel and the xfrm_stat
 * rows in the kernel's file order, each with name, dir, netns, total, rate (null when there is none), delta (since
 * the start) and status. Groups that could not be read are listed under "errors".
 */
public final class JsonWriter implements FrameWriter {
    private final HostInfo host;

    public JsonWriter(HostInfo host) { this.host = host; }

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
        sb.append(',');
        Json.field(sb, "xfrm_stat");
        sb.append('[');
        boolean first = true;
        Knowledge k = Knowledge.xfrmStat();
        for (GroupRates g : f.groups(Kind.XFRM_STAT)) {
            for (int i = 0; i < g.size(); i++) {
                if (!first) sb.append(',');
                first = false;
                sb.append('{');
                Json.field(sb, "name");
                Json.string(sb, g.name(i));
                sb.append(',');
                Json.field(sb, "dir");
                Json.string(sb, k.info(g.name(i)).dir());
                sb.append(',');
                Json.field(sb, "netns");
                Json.string(sb, g.key().netns());
                sb.append(',');
                Json.field(sb, "total");
                Json.unsigned(sb, g.total(i));
                sb.append(',');
                Json.field(sb, "rate");
                Json.number(sb, g.rate(i));
                sb.append(',');
                Json.field(sb, "delta");
                Json.unsigned(sb, g.moved(i));
                sb.append(',');
                Json.field(sb, "status");
                Json.string(sb, g.status(i).json());
                sb.append('}');
            }
        }
        sb.append(']');
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
            Json.string(sb, g.key().kind().name().toLowerCase(java.util.Locale.ROOT));
            sb.append(',');
            Json.field(sb, "netns");
            Json.string(sb, g.key().netns());
            sb.append(',');
            Json.field(sb, "instance");
            Json.string(sb, g.key().instance());
            sb.append(',');
            Json.field(sb, "health");
            Json.string(sb, g.health().name().toLowerCase(java.util.Locale.ROOT));
            sb.append(',');
            Json.field(sb, "message");
            Json.string(sb, g.note());
            sb.append('}');
        }
        if (any) sb.append(']');
    }
}
