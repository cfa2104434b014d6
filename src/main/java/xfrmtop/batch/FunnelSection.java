package xfrmtop.batch;

import xfrmtop.rate.Frame;
import xfrmtop.view.Align;
import xfrmtop.view.Column;
import xfrmtop.view.Format;
import xfrmtop.view.Funnel;
import xfrmtop.view.NetnsColumns;
import xfrmtop.view.Summary;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The cross-layer funnel (schema in the README): per namespace and direction, packets per second at the NIC
 * (processed and dropped by IPsec offload), on the SAs and dropped by XFRM, with the XFRM counter dropping most.
 * Rates are null where a layer has no data. The text table is printed once there is a layer besides xfrm_stat to
 * compare (an SA, or a NIC with funnel counters).
 */
final class FunnelSection implements Section {
    private static Column<Funnel.Row> rate(String id, String header, ToDoubleFunction<Funnel.Row> f, String help) {
        return new Column<>(id, header, 11, Align.RIGHT, false, null, false,
                r -> Format.rate(f.applyAsDouble(r), "-"), help);
    }

    private static final Column<Funnel.Row> DIR = new Column<>("dir", "DIR", 4, Align.LEFT, false, null, false,
            Funnel.Row::dir, "direction");
    private static final List<Column<Funnel.Row>> SINGLE = List.of(DIR,
            rate("nic_packets_rate", "NIC/s", Funnel.Row::nicPackets, "packets the NIC's IPsec offload processed"),
            rate("nic_drops_rate", "NIC-DROP/s", Funnel.Row::nicDrops, "packets the NIC's IPsec offload dropped"),
            rate("sa_packets_rate", "SA/s", Funnel.Row::saPackets, "packets counted on the SAs of the direction"),
            rate("xfrm_drops_rate", "XFRM-DROP/s", Funnel.Row::xfrmDrops, "xfrm_stat drops of the direction"),
            new Column<>("top_drop", "TOP-DROP", 8, Align.LEFT, false, null, false, Funnel.Row::topDrop,
                    "the xfrm_stat counter dropping most"));
    private static final List<Column<Funnel.Row>> MULTI = NetnsColumns.withNetns(
            NetnsColumns.of(Funnel.Row::netns, (a, b) -> 0), SINGLE);

    private final Funnel funnel = new Funnel();

    @Override public String field() { return "funnel"; }

    @Override
    public void json(Frame f, StringBuilder sb) {
        sb.append('[');
        boolean first = true;
        for (Funnel.Row r : funnel.rows(f, null)) {
            if (!first) sb.append(',');
            first = false;
            sb.append('{');
            Json.field(sb, "netns");
            Json.string(sb, r.netns());
            sb.append(',');
            Json.field(sb, "dir");
            Json.string(sb, r.dir());
            number(sb, "nic_packets_rate", r.nicPackets());
            number(sb, "nic_drops_rate", r.nicDrops());
            number(sb, "sa_packets_rate", r.saPackets());
            number(sb, "xfrm_drops_rate", r.xfrmDrops());
            sb.append(',');
            Json.field(sb, "top_drop");
            Json.string(sb, r.topDrop());
            number(sb, "top_drop_rate", r.topDrop().isEmpty() ? Double.NaN : r.topDropRate());
            sb.append(",\"sas\":").append(r.sas()).append(",\"sas_unknown_dir\":").append(r.saUnknown()).append('}');
        }
        sb.append(']');
    }

    private static void number(StringBuilder sb, String field, double v) {
        sb.append(',');
        Json.field(sb, field);
        Json.number(sb, v);
    }

    @Override
    public void text(Frame f, StringBuilder sb) {
        List<Funnel.Row> rows = funnel.rows(f, null);
        boolean layers = false;
        for (Funnel.Row r : rows) layers |= r.sas() > 0 || !Double.isNaN(r.nicPackets());
        if (!layers) return;
        List<Column<Funnel.Row>> columns = Summary.namespaces(f).size() > 1 ? MULTI : SINGLE;
        TextWriter.line(sb, columns, null);
        for (Funnel.Row r : rows) TextWriter.line(sb, columns, r);
    }
}
