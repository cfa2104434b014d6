package xfrmtop.rate;

/**
 * The state of one counter's rate, kept apart from its value (as htop and bottom do): "no data" is not 0.
 * {@link #json()} is the public batch/JSON spelling.
 */
public enum Status {
    /** First sight of the counter (or of a recreated namespace/interface): no rate yet. */
    NO_DATA("no_data", "no data"),
    /** Rate computed from two fresh reads. */
    OK("ok", "ok"),
    /** The value went backwards (namespace recreated, driver reload): no rate this tick, never a negative one. */
    RESET("reset", "reset"),
    /** The read failed: the last value is shown, no rate. */
    STALE("stale", "stale"),
    /** The interface, namespace or SA disappeared: last value shown for a few ticks. */
    GONE("gone", "gone");

    private final String json;
    private final String label;

    Status(String json, String label) {
        this.json = json;
        this.label = label;
    }

    public String json() { return json; }

    /** How the status reads in a table cell where a rate would stand. */
    public String label() { return label; }

    private static final Status[] VALUES = values();

    public static Status of(int ordinal) { return VALUES[ordinal]; }
}
