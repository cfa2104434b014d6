package xfrmtop.alert;

import xfrmtop.rate.GroupRates;
import xfrmtop.rate.Status;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;

/**
 * One parsed --alert expression (grammar in the README and {@link AlertParser}): which counter, which measure of it, and
 * the comparison that trips the alert.
 *
 * @param text      the expression as the user wrote it (for messages)
 * @param kind      which pane kind the counter belongs to; null = every kind
 * @param instance  interface or SA identity; null = every instance
 * @param name      counter name, exact
 * @param netns     namespace name ("" = the one xfrmtop started in); null = every namespace
 * @param threshold the number compared against (per second for rate)
 */
public record Alert(String text, Measure measure, Kind kind, String instance, String name, String netns, Op op,
                    double threshold) {

    /** What of a counter is compared. */
    public enum Measure {
        /** the counter's current value */
        VALUE,
        /** increase per second over the last interval; no rate (first sample, reset, stale) never trips */
        RATE,
        /** increase since the counter was first seen (across resets) */
        DELTA
    }

    public enum Op {
        GT(">"), GE(">="), LT("<"), LE("<="), EQ("=="), NE("!=");

        private final String symbol;

        Op(String symbol) { this.symbol = symbol; }

        public String symbol() { return symbol; }

        boolean test(double v, double t) {
            return switch (this) {
                case GT -> v > t;
                case GE -> v >= t;
                case LT -> v < t;
                case LE -> v <= t;
                case EQ -> v == t;
                case NE -> v != t;
            };
        }
    }

    /** Whether counters of this group are candidates (kind, namespace and instance match). */
    public boolean selects(GroupKey k) {
        return (kind == null || k.kind() == kind) && (netns == null || netns.equals(k.netns()))
                && (instance == null || instance.equals(k.instance()));
    }

    /**
     * The measured value of counter i, or NaN when there is none: a group that was not read this tick (stale, gone)
     * and a rate with no data or a reset never trip an alert ("no data" is not 0).
     */
    public double measure(GroupRates g, int i) {
        if (g.health() != Health.OK) return Double.NaN;
        return switch (measure) {
            case VALUE -> unsigned(g.total(i));
            case RATE -> g.status(i) == Status.OK ? g.rate(i) : Double.NaN;
            case DELTA -> unsigned(g.moved(i));
        };
    }

    /** Whether a measured value trips the alert (NaN never does). */
    public boolean holds(double v) { return !Double.isNaN(v) && op.test(v, threshold); }

    private static double unsigned(long v) { return v >= 0 ? v : (v >>> 1) * 2.0 + (v & 1); }

    @Override public String toString() { return text; }
}
