package xfrmtop.batch;

import xfrmtop.rate.Frame;
import xfrmtop.source.SaCounters;
import xfrmtop.source.SaLabels;
import xfrmtop.view.Column;
import xfrmtop.view.NetnsColumns;
import xfrmtop.view.SaColumns;
import xfrmtop.view.SaRow;
import xfrmtop.view.SaTables;

import java.util.List;

/**
 * The SA rows (schema in the README): identity and description, then each counter's total and rate (null when there
 * is none), sequence numbers, times, and the row status. JSON lists SAs in a stable order (destination, source, SPI);
 * text is sorted like the TUI's default (packets per second, highest first). Labels are only names and sizes: the
 * source never holds key material.
 */
final class SaSection implements Section {
    private static final String[] LABELS = {SaLabels.FAMILY, SaLabels.SRC, SaLabels.DST, SaLabels.SPI, SaLabels.PROTO,
        SaLabels.MODE, SaLabels.REQID, SaLabels.DIR, SaLabels.DEV, SaLabels.OFFLOAD, SaLabels.MARK, SaLabels.IF_ID,
        SaLabels.ESN, SaLabels.AUTH, SaLabels.ENC, SaLabels.AEAD, SaLabels.COMP, SaLabels.ENCAP};
    private static final String[] COUNTERS = {"bytes", "packets", "replay_window", "replay", "integrity_failed"};
    private static final int[] INDEX = {SaCounters.BYTES, SaCounters.PACKETS, SaCounters.REPLAY_WINDOW,
        SaCounters.REPLAY, SaCounters.INTEGRITY_FAILED};

    private final List<Column<SaRow>> single = SaColumns.batch();
    private final List<Column<SaRow>> multi = NetnsColumns.withNetns(SaColumns.NETNS, single);
    private final List<Column<SaRow>> stable = List.of(SaColumns.ENDS);

    @Override public String field() { return "sas"; }

    @Override
    public void json(Frame f, StringBuilder sb) {
        sb.append('[');
        boolean first = true;
        for (SaRow r : SaTables.sas(f, "", false, stable, 0, false)) {
            if (!first) sb.append(',');
            first = false;
            sb.append('{');
            Json.field(sb, "netns");
            Json.string(sb, r.group().key().netns());
            for (String l : LABELS) {
                String v = r.label(l);
                if (v.isEmpty() && !l.equals(SaLabels.DIR) && !l.equals(SaLabels.DEV)) continue;
                sb.append(',');
                Json.field(sb, l);
                Json.string(sb, v);
            }
            number(sb, "replay_window_size", r.label(SaLabels.WINDOW));
            for (int k = 0; k < COUNTERS.length; k++) {
                sb.append(',');
                Json.field(sb, COUNTERS[k]);
                Json.unsigned(sb, r.total(INDEX[k]));
                sb.append(',');
                Json.field(sb, COUNTERS[k] + "_rate");
                Json.number(sb, r.rate(INDEX[k]));
            }
            sb.append(",\"oseq\":");
            Json.unsigned(sb, r.total(SaCounters.OSEQ));
            sb.append(",\"seq\":");
            Json.unsigned(sb, r.total(SaCounters.SEQ));
            sb.append(",\"add_time\":");
            Json.unsigned(sb, r.total(SaCounters.ADD_TIME));
            sb.append(",\"use_time\":");
            Json.unsigned(sb, r.total(SaCounters.USE_TIME));
            sb.append(",\"age_s\":").append(r.ageSeconds());
            expiry(sb, "soft_expires_in_s", r.expiresIn(true));
            expiry(sb, "hard_expires_in_s", r.expiresIn(false));
            sb.append(',');
            Json.field(sb, "status");
            Json.string(sb, r.status().json());
            sb.append('}');
        }
        sb.append(']');
    }

    private static void number(StringBuilder sb, String field, String digits) {
        if (digits.isEmpty()) return;
        sb.append(',');
        Json.field(sb, field);
        sb.append(digits);
    }

    private static void expiry(StringBuilder sb, String field, long seconds) {
        sb.append(',');
        Json.field(sb, field);
        if (seconds == Long.MAX_VALUE) sb.append("null");
        else sb.append(seconds);
    }

    @Override
    public void text(Frame f, StringBuilder sb) {
        List<Column<SaRow>> columns = NetnsColumns.several(f) ? multi : single;
        List<SaRow> rows = SaTables.sas(f, "", false, columns, columns.indexOf(SaColumns.PKTS), false);
        if (rows.isEmpty()) return;
        TextWriter.line(sb, columns, null);
        for (SaRow r : rows) TextWriter.line(sb, columns, r);
    }
}
