package xfrmtop.view;

import xfrmtop.rate.GroupRates;
import xfrmtop.source.SaCounters;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Sorted SA rows as the SA pane keeps them from one frame to the next: the groups in display order, each row made
 * again when it is asked for (the pane draws a screenful). A row is 80 bytes; 100,000 of them kept for a tick were a
 * fifth of what each young collection had to copy. Also counts, once, the rows that move and those whose errors
 * climb, which the pane's title shows.
 */
public final class SaRowList extends AbstractList<SaRow> implements RandomAccess {
    public static final SaRowList EMPTY = new SaRowList(List.of(), 0);

    private final GroupRates[] groups;
    private final long nowSeconds;
    private final int moving, alarming;

    /** @param rows sorted rows of one frame (made for the sort, garbage after it) */
    SaRowList(List<SaRow> rows, long nowSeconds) {
        this.groups = new GroupRates[rows.size()];
        this.nowSeconds = nowSeconds;
        int m = 0, a = 0;
        for (int i = 0; i < groups.length; i++) {
            SaRow r = rows.get(i);
            groups[i] = r.group();
            if (r.rate(SaCounters.PACKETS) > 0) m++;
            if (r.alarming()) a++;
        }
        this.moving = m;
        this.alarming = a;
    }

    @Override public SaRow get(int i) { return new SaRow(groups[i], nowSeconds); }

    @Override public int size() { return groups.length; }

    /** The row's identity ({@link SaRow#id()}) without making the row: the selection is looked for in every row. */
    public String id(int i) { return SaRow.id(groups[i]); }

    /** Rows whose packets move (a rate above 0). */
    public int moving() { return moving; }

    /** Rows whose replay or integrity errors climb. */
    public int alarming() { return alarming; }

    /** The rows of one namespace, in the same order. */
    public SaRowList in(String netns) {
        List<SaRow> kept = new ArrayList<>();
        for (GroupRates g : groups) if (netns.equals(g.key().netns())) kept.add(new SaRow(g, nowSeconds));
        return new SaRowList(kept, nowSeconds);
    }
}
