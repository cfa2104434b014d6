package xfrmtop.tui;

import xfrmtop.view.Action;
import xfrmtop.view.ColorRole;
import xfrmtop.view.KeyMap;
import xfrmtop.view.ViewState;

/** The bottom line: the filter prompt while typing, else a transient message, else key hints from the key table. */
final class StatusBar {
    private static final Action[] HINTS = {Action.HELP, Action.PAUSE, Action.SORT_NEXT, Action.SORT_REVERSE,
        Action.FILTER, Action.HIDE_IDLE, Action.BASELINE, Action.INTERVAL_UP, Action.QUIT};
    private static final String[] LABELS = {"Help", "Pause", "Sort", "Reverse", "Filter", "Idle", "Baseline",
        "Interval", "Quit"};

    private StatusBar() {}

    static void draw(Canvas c, int row, ViewState vs, KeyMap keys) {
        if (vs.editingFilter()) {
            int x = c.put(0, row, "Filter: ", ColorRole.KEY);
            x = c.put(x, row, vs.filterDraft() + "_", ColorRole.NORMAL);
            c.fill(c.put(x, row, "   Enter keep, Esc clear", ColorRole.DIM), row, ColorRole.NORMAL);
            return;
        }
        if (!vs.message().isEmpty()) {
            c.line(row, vs.message(), ColorRole.NOTE);
            return;
        }
        int x = 0;
        for (int i = 0; i < HINTS.length; i++) {
            var k = keys.keys(HINTS[i]);
            if (k.isEmpty()) continue;
            String key = HINTS[i] == Action.INTERVAL_UP ? "+-" : k.get(0);
            x = c.put(x, row, key, ColorRole.KEY);
            x = c.put(x, row, " " + LABELS[i] + "  ", ColorRole.STATUS_BAR);
        }
        c.fill(x, row, ColorRole.STATUS_BAR);
    }
}
