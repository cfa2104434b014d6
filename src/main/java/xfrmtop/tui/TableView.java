package xfrmtop.tui;

import xfrmtop.view.Align;
import xfrmtop.view.ColorRole;
import xfrmtop.view.Column;
import xfrmtop.view.Format;
import xfrmtop.view.PaneState;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Draws any table (counter rows, SA rows, ...) from its column list: title bar, headings with the sort column marked,
 * the visible slice of rows in their colour roles, the selected row in reverse.
 */
final class TableView<R> {
    private final List<Column<R>> columns;
    private final Function<R, ColorRole> roleOf;

    TableView(List<Column<R>> columns, Function<R, ColorRole> roleOf) {
        this.columns = columns;
        this.roleOf = roleOf;
    }

    /** Width needed for every column but the flexible one. */
    int minWidth() {
        int w = 0;
        for (Column<R> c : columns) if (!c.flex()) w += c.width() + 1;
        return Math.max(0, w - 1);
    }

    /**
     * @param top    first screen row of the pane (its title bar)
     * @param height rows available including title and headings
     */
    void draw(Canvas c, int top, int height, String title, String note, ColorRole noteRole, List<R> rows,
              PaneState ps, boolean focused) {
        int col = c.put(0, top, title, focused ? ColorRole.SORTED_HEADING : ColorRole.HEADING);
        if (!note.isEmpty()) col = c.put(c.put(col, top, " ", ColorRole.NORMAL), top, note, noteRole);
        c.fill(col, top, ColorRole.NORMAL);
        List<Column<R>> shown = fit(c.width());
        int[] widths = widths(shown, c.width());
        drawHeadings(c, top + 1, shown, widths, ps);
        int page = Math.max(0, height - 2);
        StringBuilder sb = new StringBuilder(c.width());
        for (int i = ps.scroll(); i < rows.size() && i < ps.scroll() + page; i++) {
            R r = rows.get(i);
            sb.setLength(0);
            for (int k = 0; k < shown.size(); k++) {
                if (k > 0) sb.append(' ');
                Column<R> col2 = shown.get(k);
                Format.cell(sb, col2.text().apply(r), widths[k], col2.align());
            }
            boolean selected = focused && i == ps.cursor();
            c.line(top + 2 + i - ps.scroll(), sb, selected ? ColorRole.SORTED_HEADING : roleOf.apply(r));
        }
        for (int y = top + 2 + Math.min(page, Math.max(0, rows.size() - ps.scroll())); y < top + height; y++) {
            c.fill(0, y, ColorRole.NORMAL);
        }
    }

    /**
     * The columns that fit: the flexible one is dropped when fewer than its minimum width remain, then columns are
     * dropped from the right until the rest fits (wide tables such as the SA pane put their least telling ones last).
     */
    List<Column<R>> fit(int width) {
        int fixed = minWidth();
        List<Column<R>> out = new ArrayList<>(columns.size());
        for (Column<R> c : columns) if (!c.flex() || width - fixed - 1 >= c.width()) out.add(c);
        while (out.size() > 1 && fixed > width) {
            Column<R> last = out.remove(out.size() - 1);
            if (!last.flex()) fixed -= last.width() + 1;
        }
        return out;
    }

    private static <R> int[] widths(List<Column<R>> cols, int width) {
        int[] w = new int[cols.size()];
        int used = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = cols.get(i).width();
            used += w[i] + (i > 0 ? 1 : 0);
        }
        for (int i = 0; i < w.length; i++) if (cols.get(i).flex()) w[i] += Math.max(0, width - used);
        return w;
    }

    private void drawHeadings(Canvas c, int row, List<Column<R>> shown, int[] widths, PaneState ps) {
        Column<R> sorted = ps.sortColumn() < columns.size() ? columns.get(ps.sortColumn()) : null;
        int x = 0;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < shown.size(); k++) {
            Column<R> col = shown.get(k);
            sb.setLength(0);
            if (k > 0) sb.append(' ');
            Format.cell(sb, col.header(), widths[k], col.align() == Align.LEFT ? Align.LEFT : Align.RIGHT);
            x = c.put(x, row, sb, col == sorted ? ColorRole.SORTED_HEADING : ColorRole.HEADING);
        }
        c.fill(x, row, ColorRole.HEADING);
    }
}
