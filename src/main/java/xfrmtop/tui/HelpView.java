package xfrmtop.tui;

import xfrmtop.view.Action;
import xfrmtop.view.ColorRole;
import xfrmtop.view.Column;
import xfrmtop.view.KeyMap;

import java.util.List;

/** The help screen, generated from the key table and the column registry (so it cannot go out of date). */
final class HelpView {
    private HelpView() {}

    static void draw(Canvas c, int top, int height, KeyMap keys, List<? extends Column<?>> columns) {
        int y = top;
        c.line(y++, " Help: keys (any of them closes this help) ", ColorRole.HEADING);
        for (Action a : keys.actions()) {
            if (y >= top + height) return;
            String k = String.join(" ", keys.keys(a));
            int col = c.put(2, y, pad(k, 16), ColorRole.KEY);
            c.fill(c.put(col + 1, y, a.help(), ColorRole.NORMAL), y, ColorRole.NORMAL);
            c.put(0, y, "  ", ColorRole.NORMAL);
            y++;
        }
        if (y < top + height) c.fill(0, y++, ColorRole.NORMAL);
        if (y < top + height) c.line(y++, " Columns ", ColorRole.HEADING);
        for (Column<?> col : columns) {
            if (y >= top + height) return;
            c.put(0, y, "  ", ColorRole.NORMAL);
            int x = c.put(2, y, pad(col.header(), 16), ColorRole.KEY);
            c.fill(c.put(x + 1, y, col.help(), ColorRole.NORMAL), y, ColorRole.NORMAL);
            y++;
        }
        if (y < top + height) c.fill(0, y++, ColorRole.NORMAL);
        if (y < top + height) c.line(y++, " Colours ", ColorRole.HEADING);
        String[][] legend = {
            {"alert", "the counter meets an --alert condition", "ALERT"},
            {"climbing drop", "a drop counter with a non-zero rate", "ALARM"},
            {"just changed", "changed this tick; the highlight fades over 3 ticks", "CHANGED_1"},
            {"stale / gone", "the last read failed or the object vanished: last value shown", "STALE"},
            {"zero", "a counter that is still 0", "DIM"},
        };
        for (String[] l : legend) {
            if (y >= top + height) return;
            c.put(0, y, "  ", ColorRole.NORMAL);
            int x = c.put(2, y, pad(l[0], 16), ColorRole.valueOf(l[2]));
            c.fill(c.put(x + 1, y, l[1], ColorRole.NORMAL), y, ColorRole.NORMAL);
            y++;
        }
        while (y < top + height) c.fill(0, y++, ColorRole.NORMAL);
    }

    private static String pad(String s, int w) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < w) sb.append(' ');
        return sb.toString();
    }
}
