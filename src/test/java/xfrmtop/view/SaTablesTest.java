package xfrmtop.view;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.sample.Sample;
import xfrmtop.source.SaCounters;
import xfrmtop.source.SaLabels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SA pane's rows: the rates a row carries are its group's, and the default order reads them. */
@Tag("fast")
class SaTablesTest {
    static final long S = 1_000_000_000L;

    /** An SA group whose packets and bytes stand at {@code packets} (errors: {@code packets / 10}). */
    static Group sa(String dst, String spi, long mono, long packets) {
        long[] v = new long[SaCounters.SA.size()];
        v[SaCounters.PACKETS] = packets;
        v[SaCounters.BYTES] = packets * 100;
        v[SaCounters.REPLAY] = packets / 10;
        return new Group(new GroupKey(Kind.SA, "", dst + "/esp/" + spi), mono, SaCounters.SA, v, Health.OK, "", 0,
                Map.of(SaLabels.SRC, "192.0.2.1", SaLabels.DST, dst, SaLabels.SPI, spi, SaLabels.PROTO, "esp"));
    }

    static Frame twoTicks(long[] before, long[] after) {
        String[][] ids = {{"198.51.100.2", "0x2"}, {"198.51.100.1", "0x1"}, {"198.51.100.1", "0x3"}};
        List<Group> a = new ArrayList<>(), b = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            a.add(sa(ids[i][0], ids[i][1], 0, before[i]));
            b.add(sa(ids[i][0], ids[i][1], S, after[i]));
        }
        return Calculator.next(Calculator.next(null, new Sample(0, 0, 0, a)), new Sample(1, S, 1000, b));
    }

    static List<String> spis(List<SaRow> rows) { return rows.stream().map(SaRow::spi).toList(); }

    @Test
    void rowsCarryTheirGroupsRates() {
        Frame f = twoTicks(new long[] {0, 0, 0}, new long[] {50, 20, 90});
        List<SaRow> rows = SaTables.sas(f, "", false, SaColumns.pane(), Pane.SA.defaultSortColumn(), false);
        assertEquals(3, rows.size());
        for (SaRow r : rows) {
            GroupRates g = r.group();
            for (int i = 0; i < SaCounters.SA.size(); i++) assertEquals(g.rate(i), r.rate(i), 0.0, "counter " + i);
            assertEquals(g.group().label(SaLabels.DST), r.dst());
        }
        assertEquals(9.0, rows.get(0).rate(SaCounters.REPLAY), 1e-9);
        assertTrue(rows.get(0).alarming());
    }

    @Test
    void keptRowsAreMadeAgainFromTheSortedGroupsAndCountWhatMovesAndAlarms() {
        Frame f = twoTicks(new long[] {0, 0, 0}, new long[] {50, 0, 90});
        SaRowList rows = SaTables.sas(f, "", false, SaColumns.pane(), Pane.SA.defaultSortColumn(), false);
        int moving = 0, alarming = 0;
        for (int i = 0; i < rows.size(); i++) {
            SaRow r = rows.get(i);
            assertEquals(r.id(), rows.id(i));
            assertEquals(r.spi(), rows.get(i).spi(), "the same row each time it is asked for");
            if (r.rate(SaCounters.PACKETS) > 0) moving++;
            if (r.alarming()) alarming++;
        }
        assertEquals(2, moving);
        assertEquals(moving, rows.moving());
        assertEquals(alarming, rows.alarming());
        assertTrue(rows.alarming() > 0);
        assertEquals(spis(rows), spis(rows.in("")), "one namespace: every row, in the same order");
        assertEquals(0, rows.in("other").size());
        assertEquals(0, rows.in("other").moving());
    }

    @Test
    void firstFrameRowsHaveNoRates() {
        Frame f = Calculator.next(null, new Sample(0, 0, 0, List.of(sa("198.51.100.1", "0x1", 0, 5))));
        SaRow r = SaTables.sas(f, "", false, SaColumns.pane(), Pane.SA.defaultSortColumn(), false).get(0);
        assertTrue(Double.isNaN(r.rate(SaCounters.PACKETS)), "no data is not 0");
    }

    @Test
    void sortedByRateThenTotalThenEnds() {
        Frame f = twoTicks(new long[] {0, 0, 0}, new long[] {50, 20, 90});
        int pkts = SaColumns.pane().indexOf(SaColumns.PKTS);
        assertEquals(List.of("0x3", "0x2", "0x1"), spis(SaTables.sas(f, "", false, SaColumns.pane(), pkts, false)));
        assertEquals(List.of("0x1", "0x2", "0x3"), spis(SaTables.sas(f, "", false, SaColumns.pane(), pkts, true)));
        // the same rate everywhere: by total, then by destination, source and SPI
        Frame tie = twoTicks(new long[] {10, 0, 0}, new long[] {20, 10, 10});
        assertEquals(List.of("0x2", "0x3", "0x1"), spis(SaTables.sas(tie, "", false, SaColumns.pane(), pkts, false)));
    }
}
