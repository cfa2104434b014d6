package xfrmtop.view;

/** Per-pane view state: sort, filter, scroll position. Changed only by keys, on the UI thread. */
public final class PaneState {
    private int sortColumn;
    private boolean reversed;
    private String filter = "";
    private int scroll;
    private int cursor = -1;       // selected row, -1 = none yet
    private String selectedId;     // identity of the selected row, so the selection follows it when rows re-sort
    private java.util.List<? extends Column<?>> columns;   // what sortColumn indexes, once a pane told (useColumns)

    public PaneState(int defaultSortColumn) { this.sortColumn = defaultSortColumn; }

    public int sortColumn() { return sortColumn; }

    public boolean reversed() { return reversed; }

    public String filter() { return filter; }

    public int scroll() { return scroll; }

    /** Moves the sort to the next (step 1) or previous (step -1) sortable column; a new column starts unreversed. */
    public void cycleSort(java.util.List<? extends Column<?>> columns, int step) {
        int n = columns.size();
        int c = sortColumn;
        for (int i = 0; i < n; i++) {
            c = Math.floorMod(c + step, n);
            if (columns.get(c).sortable()) break;
        }
        sortColumn = c;
        reversed = false;
    }

    public void reverse() { reversed = !reversed; }

    /**
     * Tells the state which column list the pane draws now (a counter pane gains a NETNS column while several
     * namespaces are watched). When that list changed, the sort stays on the same column if the new list has it,
     * else goes to the fallback column.
     *
     * @param initial the list the sort column referred to before any call (the pane's default list)
     */
    public void useColumns(java.util.List<? extends Column<?>> now, java.util.List<? extends Column<?>> initial,
                           int fallback) {
        java.util.List<? extends Column<?>> was = columns == null ? initial : columns;
        columns = now;
        if (was.equals(now)) return;
        int at = sortColumn < was.size() ? now.indexOf(was.get(sortColumn)) : -1;
        if (at < 0) {
            at = fallback;
            reversed = false;
        }
        sortColumn = at;
    }

    public void setFilter(String f) {
        filter = f == null ? "" : f;
        scroll = 0;
    }

    public void scrollTo(int first) { scroll = Math.max(0, first); }

    public int cursor() { return cursor; }

    public String selectedId() { return selectedId; }

    /** Selects a row by position; the caller passes the row's identity so later frames can find it again. */
    public void select(int row, String id) {
        cursor = row;
        selectedId = id;
    }

    /**
     * Moves the selection by some rows (negative: up), clamped to the rows; with nothing selected yet, down starts
     * at the first row and up stays on it.
     * @param n     rows
     * @param idAt  identity of the row at a position in display order
     */
    public void move(int n, java.util.function.IntFunction<String> idAt, int by) {
        if (n == 0) return;
        int from = cursor < 0 ? (by > 0 ? -1 : 0) : cursor;
        int to = (int) Math.max(0, Math.min(n - 1, (long) from + by));
        select(to, idAt.apply(to));
    }

    /**
     * Re-finds the selection in freshly sorted rows and keeps it on screen. Row identities are asked for only while
     * a row is selected (a pane of 20,000 counters need not build 20,000 strings a frame before anyone pressed a key).
     * @param n     rows
     * @param idAt  identity of the row at a position in display order
     * @param page  rows visible at once
     */
    public void follow(int n, java.util.function.IntFunction<String> idAt, int page) {
        if (n == 0) {
            cursor = -1;
            scroll = 0;
            return;
        }
        if (selectedId != null) {
            for (int i = 0; i < n; i++) {
                if (selectedId.equals(idAt.apply(i))) {
                    cursor = i;
                    break;
                }
            }
        }
        if (cursor >= n) cursor = n - 1;
        if (cursor >= 0) selectedId = idAt.apply(cursor);
        if (page <= 0) return;
        if (cursor >= 0 && cursor < scroll) scroll = cursor;
        if (cursor >= scroll + page) scroll = cursor - page + 1;
        scroll = Math.max(0, Math.min(scroll, n - page));
    }
}
