package xfrmtop.batch;

import xfrmtop.knowledge.CounterInfo;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Kind;
import xfrmtop.view.Column;
import xfrmtop.view.CounterColumns;
import xfrmtop.view.CounterRow;
import xfrmtop.view.CounterTable;
import xfrmtop.view.NetnsColumns;
import xfrmtop.view.NicSelection;

import java.util.List;

/**
 * The NIC rows: the counters the selection shows (-i, --nic-filter, the driver tables), per interface. JSON keeps
 * the driver's order: iface, driver, netns, name, dir, role, total, rate, delta, status; a gauge has no rate and no
 * delta (null). Text is sorted like the TUI's default (rate, highest first) and printed under the xfrm_stat rows,
 * with a NETNS column in front when the frame holds more than one network namespace.
 */
final class NicSection implements Section {
    private final List<Column<CounterRow>> single = CounterColumns.nicBatch(false);
    private final List<Column<CounterRow>> multi = CounterColumns.nicBatch(true);
    private final NicSelection selection;

    NicSection(NicSelection selection) { this.selection = selection; }

    @Override public String field() { return "nics"; }

    @Override
    public void json(Frame f, StringBuilder sb) {
        sb.append('[');
        boolean first = true;
        for (GroupRates g : f.groups(Kind.NIC)) {
            for (int i = 0; i < g.size(); i++) {
                if (!selection.shows(g, i)) continue;
                if (!first) sb.append(',');
                first = false;
                CounterRow r = new CounterRow(g, i, g.moved(i), selection.info(g, i));
                CounterInfo info = r.info();
                sb.append('{');
                Json.field(sb, "iface");
                Json.string(sb, g.key().instance());
                sb.append(',');
                Json.field(sb, "driver");
                Json.string(sb, g.group().label("driver"));
                sb.append(',');
                Json.field(sb, "netns");
                Json.string(sb, g.key().netns());
                sb.append(',');
                Json.field(sb, "name");
                Json.string(sb, g.name(i));
                sb.append(',');
                Json.field(sb, "dir");
                Json.string(sb, info.dir());
                sb.append(',');
                Json.field(sb, "role");
                Json.string(sb, info.role().name().toLowerCase(java.util.Locale.ROOT));
                sb.append(',');
                Json.field(sb, "total");
                Json.unsigned(sb, g.total(i));
                sb.append(',');
                Json.field(sb, "rate");
                Json.number(sb, r.rate());
                sb.append(',');
                Json.field(sb, "delta");
                if (r.gauge()) sb.append("null");
                else Json.unsigned(sb, g.moved(i));
                sb.append(',');
                Json.field(sb, "status");
                Json.string(sb, r.status().json());
                sb.append('}');
            }
        }
        sb.append(']');
    }

    @Override
    public void text(Frame f, StringBuilder sb) {
        List<Column<CounterRow>> columns = NetnsColumns.several(f) ? multi : single;
        List<CounterRow> rows = CounterTable.rows(f, Kind.NIC, selection, null, "", false, columns,
                columns.indexOf(CounterColumns.RATE), false);
        if (rows.isEmpty()) return;
        TextWriter.line(sb, columns, null);
        for (CounterRow r : rows) TextWriter.line(sb, columns, r);
    }
}
