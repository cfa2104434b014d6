package xfrmtop.view;

/**
 * Semantic colour roles; the TUI's theme maps each to colours (or, with --no-color, to plain text attributes).
 * Code says what a cell is, never which colour it gets.
 */
public enum ColorRole {
    /** Header lines. */
    TITLE,
    /** Column headings (and the sort column marker). */
    HEADING,
    /** The heading of the column the pane is sorted by. */
    SORTED_HEADING,
    NORMAL,
    /** Counters that are zero. */
    DIM,
    /** Changed this tick, one tick ago, two ticks ago: the highlight fades. */
    CHANGED_1, CHANGED_2, CHANGED_3,
    /** A drop or error counter that is climbing. */
    ALARM,
    /** Values that are not current (stale, gone). */
    STALE,
    /** A note or warning line in a pane. */
    NOTE,
    /** The bottom key-hint bar. */
    STATUS_BAR,
    /** Key names in the help screen and hint bar. */
    KEY,
    /** A row whose counter meets an --alert condition, and tripped alerts in the header. */
    ALERT;

    /** The role of a counter row: alarm beats a fresh change, which beats stale, which beats zero. */
    public static ColorRole of(CounterRow r) {
        if (r.alarming()) return ALARM;
        return switch (r.status()) {
            case STALE, GONE -> STALE;
            default -> {
                int since = r.group().sinceChange(r.index());
                if (since == 0) yield CHANGED_1;
                if (since == 1) yield CHANGED_2;
                if (since == 2) yield CHANGED_3;
                yield r.total() == 0 ? DIM : NORMAL;
            }
        };
    }
}
