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

    // Identity, written out: the components hold lambdas, so two distinct columns are never equal anyway, and the
    // record's generated equals/hashCode are bootstrapped through method handles on first use (~30 ms of start-up;
    // List.indexOf and List.equals on column lists run before the first frame).
    @Override public boolean equals(Object o) { return o == this; }

    @Override public int hashCode() { return System.identityHashCode(this); }
}
