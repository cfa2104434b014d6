package xfrmtop.tui;

import xfrmtop.view.Action;
import xfrmtop.view.ColorRole;
import xfrmtop.view.KeyMap;
import xfrmtop.view.ViewState;

/** The bottom line: the filter prompt while typing, else a transient message, else key hints from the key table. */
final class StatusBar {
    /** A hint: the action, the key text when it differs from the action's first key ("+-"), the label. */
    private record Hint(Action action, String keys, String label) {}

    private static final Hint[] LIVE = {new Hint(Action.HELP, null, "Help"), new Hint(Action.DETAIL, null, "Detail"),
        new Hint(Action.FUNNEL, null, "Funnel"), new Hint(Action.EVENTS, null, "Events"),
        new Hint(Action.SPARKLINES, null, "History"), new Hint(Action.PAUSE, null, "Pause"),
        new Hint(Action.SORT_NEXT, null, "Sort"), new Hint(Action.FILTER, null, "Filter"),
        new Hint(Action.QUIT, null, "Quit"), new Hint(Action.SORT_REVERSE, null, "Reverse"),
        new Hint(Action.HIDE_IDLE, null, "Idle"), new Hint(Action.BASELINE, null, "Baseline"),
        new Hint(Action.INTERVAL_UP, "+-", "Interval")};
    private static final Hint[] REPLAY = {new Hint(Action.HELP, null, "Help"), new Hint(Action.PLAY_PAUSE, null, "Play"),
        new Hint(Action.STEP_FORWARD, ",.", "Step"), new Hint(Action.JUMP_FORWARD, "[]", "Minute"),
        new Hint(Action.TO_START, "{}", "Start/End"), new Hint(Action.SPEED_UP, "+-", "Speed"),
        new Hint(Action.DETAIL, null, "Detail"), new Hint(Action.FUNNEL, null, "Funnel"),
        new Hint(Action.EVENTS, null, "Events"), new Hint(Action.QUIT, null, "Quit"),
        new Hint(Action.SORT_NEXT, null, "Sort"), new Hint(Action.FILTER, null, "Filter")};

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
        for (Hint h : keys.keys(Action.PLAY_PAUSE).isEmpty() ? LIVE : REPLAY) {
            var k = keys.keys(h.action());
            if (k.isEmpty()) continue;
            String key = h.keys() == null ? k.get(0) : h.keys();
            if (x + key.length() + 1 + h.label().length() > c.width()) break;   // whole hints only, most useful first
            x = c.put(x, row, key, ColorRole.KEY);
            x = c.put(x, row, " " + h.label() + "  ", ColorRole.STATUS_BAR);
        }
        c.fill(x, row, ColorRole.STATUS_BAR);
    }
}
