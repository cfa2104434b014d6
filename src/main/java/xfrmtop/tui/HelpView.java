package xfrmtop.tui;

import xfrmtop.view.Action;
import xfrmtop.view.ColorRole;
import xfrmtop.view.Column;
import xfrmtop.view.KeyMap;
import xfrmtop.view.Overlay;
import xfrmtop.view.ViewState;

import java.util.ArrayList;
import java.util.List;

/**
 * The help screen, generated from the key tables and the column registry (so it cannot go out of date); it scrolls
 * when it is taller than the screen.
 */
final class HelpView {
    /** One help line: a label in its role (a key, a column, a colour sample) and its text; a null label is a heading. */
    private record Line(String label, ColorRole labelRole, String text) {}

    private static final String[][] LEGEND = {
        {"alert", "the counter meets an --alert condition", "ALERT"},
        {"climbing drop", "a drop counter with a non-zero rate", "ALARM"},
        {"just changed", "changed this tick; the highlight fades over 3 ticks", "CHANGED_1"},
        {"stale / gone", "the last read failed or the object vanished: last value shown", "STALE"},
        {"zero", "a counter that is still 0", "DIM"},
    };

    private HelpView() {}

    static void draw(Canvas c, int top, int height, List<KeyMap> keyTables, List<? extends Column<?>> columns,
                     ViewState vs) {
        List<Line> lines = lines(keyTables, columns, c.width() - 19);
        int body = Math.max(1, height - 1);
        int max = Math.max(0, lines.size() - body);
        vs.clampHelpScroll(max);
        int first = vs.helpScroll();
        String more = max == 0 ? "any key closes" : "Up/Down/PgUp/PgDn scroll, any other key closes, line "
                + (first + 1) + "-" + Math.min(lines.size(), first + body) + " of " + lines.size();
        c.line(top, " Help (" + more + ") ", ColorRole.HEADING);
        for (int y = 0; y < body; y++) {
            int row = top + 1 + y;
            int i = first + y;
            if (i >= lines.size()) {
                c.fill(0, row, ColorRole.NORMAL);
                continue;
            }
            Line l = lines.get(i);
            if (l.label() == null) {
                c.line(row, l.text(), ColorRole.HEADING);
                continue;
            }
            c.put(0, row, "  ", ColorRole.NORMAL);
            int x = c.put(2, row, pad(l.label(), 16), l.labelRole());
            c.fill(c.put(x + 1, row, l.text(), ColorRole.NORMAL), row, ColorRole.NORMAL);
        }
    }

    private static List<Line> lines(List<KeyMap> keyTables, List<? extends Column<?>> columns, int width) {
        List<Line> out = new ArrayList<>();
        out.add(new Line(null, null, " Keys "));
        for (KeyMap keys : keyTables) {
            for (Action a : keys.actions()) out.add(new Line(String.join(" ", keys.keys(a)), ColorRole.KEY, a.help()));
        }
        out.add(new Line(null, null, " Views (in place of the panes) "));
        for (Overlay o : Overlay.values()) {
            List<String> k = keyTables.get(0).keys(o.action());
            String label = (k.isEmpty() ? "" : k.get(0) + " ") + o.title();
            for (String part : wrap(o.help(), Math.max(20, width))) {
                out.add(new Line(label, ColorRole.KEY, part));
                label = "";
            }
        }
        out.add(new Line(null, null, " Columns of this pane "));
        for (Column<?> col : columns) out.add(new Line(col.header(), ColorRole.KEY, col.help()));
        out.add(new Line(null, null, " Colours "));
        for (String[] l : LEGEND) out.add(new Line(l[0], ColorRole.valueOf(l[2]), l[1]));
        return out;
    }

    private static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) cut = width;
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }

    private static String pad(String s, int w) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < w) sb.append(' ');
        return sb.toString();
    }
}
