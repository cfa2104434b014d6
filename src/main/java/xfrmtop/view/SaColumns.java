package xfrmtop.view;

import xfrmtop.source.SaCounters;
import xfrmtop.source.SaLabels;

import java.util.Comparator;
import java.util.List;

/**
 * The column registry of the SA pane and the SA batch table. The most telling columns come first (traffic and the
 * error counters), so a narrow terminal drops the descriptive ones on the right, not the errors.
 */
public final class SaColumns {
    private SaColumns() {}

    private static final Comparator<SaRow> BY_ENDS = Comparator.comparing(SaRow::dst).thenComparing(SaRow::src)
            .thenComparing(SaRow::spi);

    /** NaN (no rate) sorts below every number; ties by total, then by the SA. One comparator, not a chain. */
    private static Comparator<SaRow> byRate(int i) {
        return (a, b) -> {
            int c = Double.compare(CounterColumns.sortRate(a.rate(i)), CounterColumns.sortRate(b.rate(i)));
            if (c == 0) c = Long.compareUnsigned(a.total(i), b.total(i));
            return c != 0 ? c : BY_ENDS.compare(a, b);
        };
    }

    private static Comparator<SaRow> byLabel(String name) {
        return Comparator.comparing((SaRow r) -> r.label(name)).thenComparing(BY_ENDS);
    }

    private static Comparator<SaRow> byNumericLabel(String name) {
        return Comparator.comparingLong((SaRow r) -> parse(r.label(name))).thenComparing(BY_ENDS);
    }

    private static long parse(String s) {
        try {
            return s.isEmpty() ? -1 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** "rate (total)": an error counter's rate per second and its total since the SA was added. */
    static String rateTotal(SaRow r, int i) {
        return Format.rate(r.rate(i), r.group().status(i).label()) + " (" + Format.count(r.total(i), 5) + ")";
    }

    public static final Column<SaRow> ENDS = new Column<>("src_dst", "SRC -> DST", 31, Align.LEFT, false, BY_ENDS,
            false, r -> r.src() + " -> " + r.dst(), "the SA's outer addresses: source -> destination");
    public static final Column<SaRow> SPI = new Column<>("spi", "SPI", 10, Align.LEFT, false,
            Comparator.comparing(SaRow::spi).thenComparing(BY_ENDS), false, SaRow::spi, "security parameter index, hex (a rekey brings a new one: a new row)");
    public static final Column<SaRow> DIR = new Column<>("dir", "DIR", 3, Align.LEFT, false, byLabel(SaLabels.DIR),
            false, r -> r.dir().isEmpty() ? "-" : r.dir(),
            "in or out: from the kernel (6.10+) or from the policy template that asks for the SA; - when unknown");
    public static final Column<SaRow> PKTS = new Column<>("packets_rate", "PKTS/s", 8, Align.RIGHT, false,
            byRate(SaCounters.PACKETS), true, r -> Format.rate(r.rate(SaCounters.PACKETS), r.status().label()),
            "packets per second through the SA (sort ascending to find a silent SA)");
    public static final Column<SaRow> BYTES = new Column<>("bytes_rate", "BYTES/s", 8, Align.RIGHT, false,
            byRate(SaCounters.BYTES), true, r -> Format.rate(r.rate(SaCounters.BYTES), r.status().label()),
            "bytes per second (inner bytes, as the kernel counts them, not wire bytes)");
    public static final Column<SaRow> REPLAY_WIN = new Column<>("replay_window", "REPLAY-WIN", 14, Align.RIGHT, false,
            byRate(SaCounters.REPLAY_WINDOW), true, r -> rateTotal(r, SaCounters.REPLAY_WINDOW),
            "packets dropped as left of the anti-replay window, per second (total)");
    public static final Column<SaRow> REPLAY = new Column<>("replay", "REPLAY", 14, Align.RIGHT, false,
            byRate(SaCounters.REPLAY), true, r -> rateTotal(r, SaCounters.REPLAY),
            "packets dropped as replayed (duplicate sequence number), per second (total)");
    public static final Column<SaRow> INTEGRITY = new Column<>("integrity_failed", "INTEGRITY", 14, Align.RIGHT, false,
            byRate(SaCounters.INTEGRITY_FAILED), true, r -> rateTotal(r, SaCounters.INTEGRITY_FAILED),
            "packets that failed authentication (ICV), per second (total)");
    public static final Column<SaRow> PROTO = new Column<>("proto", "PROTO", 5, Align.LEFT, false,
            byLabel(SaLabels.PROTO), false, r -> r.label(SaLabels.PROTO), "esp, ah or comp");
    public static final Column<SaRow> MODE = new Column<>("mode", "MODE", 9, Align.LEFT, false, byLabel(SaLabels.MODE),
            false, r -> r.label(SaLabels.MODE), "transport, tunnel, beet, ...");
    public static final Column<SaRow> REQID = new Column<>("reqid", "REQID", 6, Align.RIGHT, false,
            byNumericLabel(SaLabels.REQID), false, r -> r.label(SaLabels.REQID), "request id linking SA and policy");
    public static final Column<SaRow> DEV = new Column<>("dev", "DEV", 8, Align.LEFT, false, byLabel(SaLabels.DEV),
            false, r -> r.label(SaLabels.DEV).isEmpty() ? "-" : r.label(SaLabels.DEV),
            "device the SA is offloaded to; - when not offloaded");
    public static final Column<SaRow> AGE = new Column<>("age", "AGE", 7, Align.RIGHT, false,
            Comparator.comparingLong(SaRow::ageSeconds).thenComparing(BY_ENDS), true,
            r -> Durations.of(r.ageSeconds()), "time since the SA was added");
    public static final Column<SaRow> LEFT = new Column<>("expires", "LEFT", 7, Align.RIGHT, false,
            Comparator.comparingLong(SaRow::nextExpiry).thenComparing(BY_ENDS), false,
            r -> r.nextExpiry() == Long.MAX_VALUE ? "-" : Durations.of(r.nextExpiry()),
            "time left before the next soft (rekey) or hard expiry; - when no time limit is set");
    public static final Column<SaRow> SEQ = new Column<>("seq", "SEQ", 12, Align.RIGHT, false,
            Comparator.comparingLong(SaRow::seq).thenComparing(BY_ENDS), true, r -> Format.count(r.seq(), 12),
            "sequence number: last sent (out) or highest received (in); 64-bit with ESN");
    public static final Column<SaRow> STATUS = new Column<>("status", "STATUS", 7, Align.LEFT, false,
            Comparator.comparing(SaRow::status).thenComparing(BY_ENDS), false, r -> r.status().json(),
            "rate status: no_data, ok, reset, stale or gone (an SA removed, e.g. by a rekey)");

    public static final Column<SaRow> NETNS = NetnsColumns.of(r -> r.group().key().netns(), BY_ENDS);

    private static final List<Column<SaRow>> PANE = List.of(ENDS, SPI, DIR, PKTS, BYTES, REPLAY_WIN, REPLAY, INTEGRITY,
            PROTO, MODE, REQID, DEV, AGE, LEFT, SEQ);

    /** The SA pane's columns; as many as fit are shown, from the left. */
    public static List<Column<SaRow>> pane() { return PANE; }

    /** Columns a narrow screen must still show (the pane's minimum width). */
    public static final int ESSENTIAL = PANE.indexOf(INTEGRITY) + 1;

    /** The text batch table: every column plus the status. */
    public static List<Column<SaRow>> batch() {
        return List.of(ENDS, SPI, DIR, PKTS, BYTES, REPLAY_WIN, REPLAY, INTEGRITY, PROTO, MODE, REQID, DEV, AGE, LEFT,
                SEQ, STATUS);
    }
}
