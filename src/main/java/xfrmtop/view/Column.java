package xfrmtop.view;

import java.util.Comparator;
import java.util.function.Function;

/**
 * One column of a table, as data: the TUI header and cells, the sort order, the help text, the batch text table and
 * the JSON field all come from here, so they cannot disagree.
 *
 * @param id       stable identifier (used for the JSON field where there is one, and in the man page)
 * @param header   column title
 * @param width    cell width in characters (the minimum for a flexible column)
 * @param flex     takes the remaining width of the line (only the last column)
 * @param order    natural sort order (ascending); null = not sortable
 * @param firstDescending  whether choosing this column sorts highest first (numbers) or lowest first (names)
 * @param text     cell text
 * @param help     one-line description for the help screen and the man page
 */
public record Column<R>(String id, String header, int width, Align align, boolean flex, Comparator<R> order,
                        boolean firstDescending, Function<R, String> text, String help) {

    public boolean sortable() { return order != null; }

    /**
     * Position of a column in a list, by identity (columns are constants). Not List.indexOf: a record's equals is
     * bootstrapped through method handles on first use, tens of milliseconds before the first frame.
     */
    public static int indexOf(java.util.List<? extends Column<?>> columns, Column<?> c) {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i) == c) return i;
        return -1;
    }
}
