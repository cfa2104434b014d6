package xfrmtop.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The NETNS column of any table and a table's columns with it in front, for while more than one network namespace is
 * watched. Sorting by it groups the rows by namespace.
 */
public final class NetnsColumns {
    static final String HELP = "network namespace (\"-\" = the one xfrmtop started in); shown with several";

    private NetnsColumns() {}

    /** @param within the order of rows inside one namespace */
    public static <R> Column<R> of(Function<R, String> netns, Comparator<R> within) {
        return new Column<>("netns", "NETNS", 12, Align.LEFT, false, Comparator.comparing(netns).thenComparing(within),
                false, r -> Summary.netnsLabel(netns.apply(r)), HELP);
    }

    /** The columns with the NETNS column in front (unchanged if it is there already). */
    public static <R> List<Column<R>> withNetns(Column<R> netns, List<Column<R>> columns) {
        if (columns.contains(netns)) return columns;
        List<Column<R>> l = new ArrayList<>(columns.size() + 1);
        l.add(netns);
        l.addAll(columns);
        return List.copyOf(l);
    }

    /** Whether a frame's rows come from more than one namespace (and so the NETNS column is shown). */
    public static boolean several(xfrmtop.rate.Frame f) { return f != null && f.namespaces().size() > 1; }
}
