package xfrmtop.tui;

/**
 * Shares the rows of the screen among the visible panes: a pane that needs less than its fair share (rows + title +
 * headings) gets just that, the rest is shared among the others, and the last pane takes what remains.
 */
final class Layout {
    /** Smallest height a pane is given: title, headings and one row. */
    static final int MIN_PANE = 3;

    private Layout() {}

    /** @param wanted rows each pane would like (its row count + 2); returns the heights, summing to available */
    static int[] share(int[] wanted, int available) {
        int n = wanted.length;
        int[] h = new int[n];
        if (n == 0) return h;
        boolean[] done = new boolean[n];
        int left = available, open = n;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            int fair = left / open;
            for (int i = 0; i < n; i++) {
                if (!done[i] && Math.max(MIN_PANE, wanted[i]) <= fair) {
                    h[i] = Math.max(MIN_PANE, wanted[i]);
                    left -= h[i];
                    done[i] = true;
                    open--;
                    changed = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (done[i]) continue;
            h[i] = open == 0 ? 0 : left / open;
        }
        int used = 0;
        for (int x : h) used += x;
        h[n - 1] += available - used;     // rounding remainder and any spare rows go to the last pane
        return h;
    }
}
