package xfrmtop.view;

import xfrmtop.source.SaCounters;

import java.util.ArrayList;
import java.util.List;

/**
 * The HISTORY column (key t): each row's rate over the last {@link Series#RECENT} samples up to the frame shown, one
 * character per sample, scaled to the row's highest rate in that window. It takes the place of the last, flexible
 * column of a pane (MEANING; an SA's descriptive columns) and shows as many samples as fit, the newest on the right.
 * One instance per pane view, set for each frame before its rows are drawn.
 */
public final class Sparks {
    public static final String HELP = "the rate over the last " + Series.RECENT + " samples, one character each, newest"
            + " on the right, scaled to the row's peak in that window; blank: no data; lowest mark: 0";

    private History history;
    private Glyphs glyphs = Glyphs.ASCII;
    private long tick;
    private final double[] values = new double[Series.RECENT];
    private final StringBuilder sb = new StringBuilder(Series.RECENT);

    /** The history, glyphs and tick (the frame shown) the column draws. */
    public void set(History history, Glyphs glyphs, long tick) {
        this.history = history;
        this.glyphs = glyphs;
        this.tick = tick;
    }

    String counter(CounterRow r) { return line(r.group().key(), r.index()); }

    String sa(SaRow r) { return line(r.group().key(), SaCounters.PACKETS); }

    private String line(xfrmtop.sample.GroupKey key, int counter) {
        if (history == null) return "";
        history.recent(key, counter, tick, values, values.length);
        sb.setLength(0);
        glyphs.spark(sb, values, values.length);
        return sb.toString();
    }

    /** A counter pane's columns with HISTORY in place of MEANING. */
    public List<Column<CounterRow>> counterColumns(List<Column<CounterRow>> columns) {
        Column<CounterRow> h = new Column<>("history", "HISTORY", 10, Align.TAIL, true, null, false, this::counter, HELP);
        List<Column<CounterRow>> out = new ArrayList<>(columns);
        out.replaceAll(c -> c == CounterColumns.MEANING ? h : c);
        if (!out.contains(h)) out.add(h);
        return List.copyOf(out);
    }

    /** The SA pane's columns up to the error counters, then HISTORY of packets per second. */
    public List<Column<SaRow>> saColumns() {
        List<Column<SaRow>> out = new ArrayList<>(SaColumns.pane().subList(0, SaColumns.ESSENTIAL));
        out.add(new Column<>("history", "HISTORY", 10, Align.TAIL, true, null, false, this::sa,
                "packets per second over the last " + Series.RECENT + " samples (as HISTORY)"));
        return List.copyOf(out);
    }
}
