package xfrmtop.batch;

import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.source.HostInfo;
import xfrmtop.view.Column;
import xfrmtop.view.CounterColumns;
import xfrmtop.view.CounterRow;
import xfrmtop.view.CounterTable;
import xfrmtop.view.Format;

import java.time.Instant;
import java.util.List;

/**
 * A plain table per tick (no escape codes): a "#" line with time, measured interval and host, the column headings,
 * one row per xfrm_stat counter sorted like the TUI's default (rate, highest first), then a blank line.
 * Columns come from the same registry as the TUI's.
 */
public final class TextWriter implements FrameWriter {
    private final HostInfo host;
    private final List<Column<CounterRow>> columns = CounterColumns.xfrmBatch(false);
    private final int sortColumn = columns.indexOf(CounterColumns.RATE);

    public TextWriter(HostInfo host) { this.host = host; }

    @Override
    public void write(Frame f, StringBuilder sb) {
        sb.append("# ").append(Instant.ofEpochMilli(f.sample().wallMillis()))
                .append("  interval ").append(Double.isNaN(f.intervalS()) ? "-" : Format.seconds(f.intervalS()) + "s")
                .append("  host ").append(host.host()).append("  kernel ").append(host.kernel()).append('\n');
        for (GroupRates g : f.groups()) {
            if (g.health() != Health.OK) sb.append("# ").append(g.key().kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append(": ").append(g.note()).append('\n');
        }
        line(sb, columns, null);
        for (CounterRow r : CounterTable.rows(f, Kind.XFRM_STAT, null, "", false, columns, sortColumn, false)) {
            line(sb, columns, r);
        }
        sb.append('\n');
    }

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
