package xfrmtop.batch;

import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Health;
import xfrmtop.source.HostInfo;
import xfrmtop.view.Column;
import xfrmtop.view.Format;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A plain table per tick (no escape codes): a "#" line with time, measured interval, host and kernel, a "#" line
 * per group that could not be read, each section's table, then a blank line.
 */
public final class TextWriter implements FrameWriter {
    private final HostInfo host;
    private final List<Section> sections;

    public TextWriter(HostInfo host, List<Section> sections) {
        this.host = host;
        this.sections = sections;
    }

    @Override
    public void write(Frame f, StringBuilder sb) {
        sb.append("# ").append(Instant.ofEpochMilli(f.sample().wallMillis()))
                .append("  interval ").append(Double.isNaN(f.intervalS()) ? "-" : Format.seconds(f.intervalS()) + "s")
                .append("  host ").append(host.host()).append("  kernel ").append(host.kernel()).append('\n');
        for (GroupRates g : f.groups()) {
            if (g.health() == Health.OK) continue;
            sb.append("# ").append(g.key().kind().name().toLowerCase(Locale.ROOT));
            if (!g.key().netns().isEmpty()) sb.append(" netns ").append(g.key().netns());
            if (!g.key().instance().isEmpty()) sb.append(' ').append(g.key().instance());
            sb.append(": ").append(g.health().name().toLowerCase(Locale.ROOT)).append(": ").append(g.note()).append('\n');
        }
        boolean any = false;
        for (Section s : sections) {                // a blank line between sections that wrote something
            int before = sb.length();
            if (any) sb.append('\n');
            int body = sb.length();
            s.text(f, sb);
            if (sb.length() == body) sb.setLength(before);
            else any = true;
        }
        sb.append('\n');
    }

    /** One table line from a column list (headings when row is null); trailing spaces trimmed. */
    static <R> void line(StringBuilder sb, List<Column<R>> cols, R row) {
        int start = sb.length();
        for (int c = 0; c < cols.size(); c++) {
            Column<R> col = cols.get(c);
            if (c > 0) sb.append(' ');
            String text = row == null ? col.header() : col.text().apply(row);
            if (c == cols.size() - 1) sb.append(text);
            else Format.cell(sb, text, col.width(), col.align());
        }
        int end = sb.length();
        while (end > start && sb.charAt(end - 1) == ' ') end--;
        sb.setLength(end);
        sb.append('\n');
    }
}
