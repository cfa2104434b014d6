package xfrmtop.view;

import xfrmtop.rate.Status;

import java.util.Comparator;
import java.util.List;

/**
 * The column registry of counter tables (xfrm_stat, NIC): every column any counter pane or the text batch output can
 * show. A pane picks the ones it needs by id.
 */
public final class CounterColumns {
    private CounterColumns() {}

    /**
     * Climbing drops and errors first (a NIC's traffic counters outrun its drop counters, and the drops are what the
     * user is looking for), then by rate; NaN (no rate) sorts below every number.
     */
    private static final Comparator<CounterRow> BY_RATE = (a, b) -> {   // one comparator, not a chain: 20,000 rows
        boolean x = a.alarming(), y = b.alarming();
        if (x != y) return x ? 1 : -1;
        int c = Double.compare(sortRate(a.rate()), sortRate(b.rate()));
        return c != 0 ? c : Long.compareUnsigned(a.total(), b.total());
    };

    static double sortRate(double r) { return Double.isNaN(r) ? Double.NEGATIVE_INFINITY : r; }
    private static final Comparator<CounterRow> BY_NAME = Comparator.comparing(CounterRow::name)
            .thenComparing(CounterRow::netns).thenComparing(CounterRow::instance);

    public static final Column<CounterRow> NETNS = NetnsColumns.of(CounterRow::netns, BY_RATE.reversed());
    public static final Column<CounterRow> IFACE = new Column<>("iface", "IFACE", 12, Align.LEFT, false,
            Comparator.comparing(CounterRow::instance).thenComparing(BY_NAME), false,
            CounterRow::instance, "network interface");
    public static final Column<CounterRow> NAME = new Column<>("name", "NAME", 24, Align.LEFT, false,
            BY_NAME, false, CounterRow::name, "counter name as the kernel or driver spells it");
    public static final Column<CounterRow> NIC_NAME = new Column<>("name", "NAME", 30, Align.LEFT, false,
            BY_NAME, false, CounterRow::name, "counter name as the driver spells it");
    public static final Column<CounterRow> DIR = new Column<>("dir", "DIR", 4, Align.LEFT, false,
            Comparator.comparing((CounterRow r) -> r.info().dir()).thenComparing(BY_NAME), false,
            r -> r.info().dir(), "direction: in, out or fwd");
    public static final Column<CounterRow> RATE = new Column<>("rate", "RATE/s", 10, Align.RIGHT, false,
            BY_RATE, true, CounterColumns::rateText,
            "increase per second over the last interval, or why there is none (no data, reset, stale, gone);"
                    + " =N for a gauge: its current value");
    public static final Column<CounterRow> DELTA = new Column<>("delta", "DELTA", 12, Align.RIGHT, false,
            Comparator.comparingLong(CounterRow::delta).thenComparing(BY_NAME), true,
            r -> r.gauge() ? "-" : Format.count(r.delta(), 12),
            "increase since the baseline (start, or the last press of b); - for a gauge");
    /** DELTA in the NIC pane: two digits narrower, so IFACE, a 30-character name and the numbers fit 80 columns. */
    public static final Column<CounterRow> NIC_DELTA = new Column<>("delta", "DELTA", 10, Align.RIGHT, false,
            DELTA.order(), true, r -> r.gauge() ? "-" : Format.count(r.delta(), 10), DELTA.help());
    public static final Column<CounterRow> TOTAL = new Column<>("total", "TOTAL", 14, Align.RIGHT, false,
            (a, b) -> Long.compareUnsigned(a.total(), b.total()), true,
            r -> Format.count(r.total(), 14), "the counter's current value");
    public static final Column<CounterRow> STATUS = new Column<>("status", "STATUS", 7, Align.LEFT, false,
            Comparator.comparing(CounterRow::status).thenComparing(BY_NAME), false,
            r -> r.status().json(), "rate status: no_data, ok, reset, stale or gone");
    public static final Column<CounterRow> MEANING = new Column<>("meaning", "MEANING", 10, Align.LEFT, true,
            Comparator.comparing((CounterRow r) -> r.info().meaning()), false,
            r -> r.info().meaning(), "what the counter counts (from the knowledge table)");

    /** A counter pane's columns with NETNS in front, for when several namespaces are watched. */
    public static List<Column<CounterRow>> withNetns(List<Column<CounterRow>> columns) {
        return NetnsColumns.withNetns(NETNS, columns);
    }

    /** A gauge shows its value ("=N") while it is current; a counter its rate or the status that stands for one. */
    private static String rateText(CounterRow r) {
        Status s = r.status();
        if (r.gauge() && s != Status.STALE && s != Status.GONE) return "=" + Format.count(r.total(), 9);
        return Format.rate(r.rate(), s.label());
    }

    /** The NIC pane: interface, driver counter name, rate, delta, total, meaning (NETNS in front for several). */
    public static List<Column<CounterRow>> nicPane(boolean multiNetns) {
        return multiNetns ? List.of(NETNS, IFACE, NIC_NAME, RATE, NIC_DELTA, TOTAL, MEANING)
                : List.of(IFACE, NIC_NAME, RATE, NIC_DELTA, TOTAL, MEANING);
    }

    /** The NIC rows of the text batch output. */
    public static List<Column<CounterRow>> nicBatch(boolean multiNetns) {
        return multiNetns ? List.of(NETNS, IFACE, NIC_NAME, RATE, DELTA, TOTAL, STATUS)
                : List.of(IFACE, NIC_NAME, RATE, DELTA, TOTAL, STATUS);
    }

    /** The xfrm_stat pane, with the NETNS column in front when several namespaces are watched. */
    public static List<Column<CounterRow>> xfrmPane(boolean multiNetns) {
        return multiNetns ? List.of(NETNS, NAME, DIR, RATE, DELTA, TOTAL, MEANING)
                : List.of(NAME, DIR, RATE, DELTA, TOTAL, MEANING);
    }

    /** The text batch table: the same columns minus the free text, plus the status. */
    public static List<Column<CounterRow>> xfrmBatch(boolean multiNetns) {
        return multiNetns ? List.of(NETNS, NAME, DIR, RATE, DELTA, TOTAL, STATUS)
                : List.of(NAME, DIR, RATE, DELTA, TOTAL, STATUS);
    }
}
