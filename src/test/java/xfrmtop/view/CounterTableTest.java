package xfrmtop.view;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Kind;
import xfrmtop.sample.Sample;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@Tag("fast")
class CounterTableTest {
    static final GroupKey K = GroupKey.xfrmStat("");
    static final CounterNames N = CounterNames.of("XfrmInNoStates", "XfrmOutPolBlock", "XfrmInError", "XfrmOutNoStates");
    static final List<Column<CounterRow>> COLS = CounterColumns.xfrmPane(false);

    static Frame frames() {
        Frame f = Calculator.next(null, new Sample(0, 0, 0, List.of(Group.ok(K, 0, N, new long[] {0, 0, 50, 9}, ""))));
        return Calculator.next(f, new Sample(1, 1_000_000_000L, 0,
                List.of(Group.ok(K, 1_000_000_000L, N, new long[] {10, 200, 50, 9}, ""))));
    }

    static List<String> names(List<CounterRow> rows) { return rows.stream().map(CounterRow::name).toList(); }

    @Test
    void defaultSortIsRateDescendingTiesByTotal() {
        List<CounterRow> rows = CounterTable.rows(frames(), Kind.XFRM_STAT, null, "", false, COLS,
                COLS.indexOf(CounterColumns.RATE), false);
        assertEquals(List.of("XfrmOutPolBlock", "XfrmInNoStates", "XfrmInError", "XfrmOutNoStates"), names(rows));
    }

    @Test
    void reverseAndSortByName() {
        Frame f = frames();
        int name = COLS.indexOf(CounterColumns.NAME);
        assertEquals(List.of("XfrmInError", "XfrmInNoStates", "XfrmOutNoStates", "XfrmOutPolBlock"),
                names(CounterTable.rows(f, Kind.XFRM_STAT, null, "", false, COLS, name, false)));
        assertEquals(List.of("XfrmOutPolBlock", "XfrmOutNoStates", "XfrmInNoStates", "XfrmInError"),
                names(CounterTable.rows(f, Kind.XFRM_STAT, null, "", false, COLS, name, true)));
    }

    @Test
    void filterIsACaseInsensitiveSubstring() {
        assertEquals(List.of("XfrmOutPolBlock", "XfrmOutNoStates"), names(CounterTable.rows(frames(), Kind.XFRM_STAT,
                null, "xfrmout", false, COLS, COLS.indexOf(CounterColumns.RATE), false)));
    }

    @Test
    void hideIdleKeepsOnlyCountersThatMoved() {
        assertEquals(List.of("XfrmOutPolBlock", "XfrmInNoStates"), names(CounterTable.rows(frames(), Kind.XFRM_STAT,
                null, "", true, COLS, COLS.indexOf(CounterColumns.RATE), false)));
    }

    @Test
    void deltaCountsFromTheBaseline() {
        Frame f = frames();
        Frame next = Calculator.next(f, new Sample(2, 2_000_000_000L, 0,
                List.of(Group.ok(K, 2_000_000_000L, N, new long[] {15, 300, 50, 9}, ""))));
        List<CounterRow> fromStart = CounterTable.rows(next, Kind.XFRM_STAT, null, "Pol", false, COLS, 0, false);
        List<CounterRow> fromBase = CounterTable.rows(next, Kind.XFRM_STAT, f, "Pol", false, COLS, 0, false);
        assertEquals(300, fromStart.get(0).delta());
        assertEquals(100, fromBase.get(0).delta());
    }

    @Test
    void sortCycleSkipsUnsortableColumnsAndWraps() {
        PaneState ps = new PaneState(COLS.indexOf(CounterColumns.RATE));
        ps.cycleSort(COLS, 1);
        assertEquals(CounterColumns.DELTA, COLS.get(ps.sortColumn()));
        ps.cycleSort(COLS, -1);
        ps.cycleSort(COLS, -1);
        assertEquals(CounterColumns.DIR, COLS.get(ps.sortColumn()));
    }
}
