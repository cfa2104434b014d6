package xfrmtop.batch;

import xfrmtop.knowledge.Knowledge;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Kind;
import xfrmtop.view.Column;
import xfrmtop.view.CounterColumns;
import xfrmtop.view.CounterRow;
import xfrmtop.view.CounterTable;
import xfrmtop.view.NetnsColumns;

import java.util.List;

/**
 * The xfrm_stat rows. JSON keeps the kernel's file order (stable for scripts): name, dir, netns, total, rate (null
 * when there is none), delta (since the start), status. Text is sorted like the TUI's default (rate, highest first),
 * with a NETNS column in front when the frame holds more than one network namespace.
 */
final class XfrmStatSection implements Section {
    private final List<Column<CounterRow>> single = CounterColumns.xfrmBatch(false);
    private final List<Column<CounterRow>> multi = CounterColumns.xfrmBatch(true);

    @Override public String field() { return "xfrm_stat"; }

    @Override
    public void json(Frame f, StringBuilder sb) {
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
                Json.counter(sb, g, i);
                sb.append('}');
            }
        }
        sb.append(']');
    }

    @Override
    public void text(Frame f, StringBuilder sb) {
        List<Column<CounterRow>> columns = NetnsColumns.several(f) ? multi : single;
        TextWriter.line(sb, columns, null);
        int sortColumn = columns.indexOf(CounterColumns.RATE);
        for (CounterRow r : CounterTable.rows(f, Kind.XFRM_STAT, null, "", false, columns, sortColumn, false)) {
            TextWriter.line(sb, columns, r);
        }
    }
}
