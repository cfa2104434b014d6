package xfrmtop.view;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.rate.Status;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the view makes of several namespaces: per-namespace sums, focus cycling, sort kept across column lists. */
@Tag("fast")
class NetnsViewTest {
    static final CounterNames NAMES = CounterNames.of("XfrmInError", "XfrmOutPolBlock", "XfrmInNoPols");
    static final long S = 1_000_000_000L;

    static Group g(String ns, long t, long epoch, long... v) {
        return new Group(GroupKey.xfrmStat(ns), t, NAMES, v, Health.OK, "", epoch, Map.of());
    }

    static Frame two(List<Group> first, List<Group> second) {
        Frame f = Calculator.next(null, new Sample(0, 0, 0, first));
        return Calculator.next(f, new Sample(1, S, 1000, second));
    }

    @Test
    void dropRatesAreSummedPerNamespaceHighestFirst() {
        Frame f = two(List.of(g("", 0, 1, 0, 0, 0), g("b", 0, 2, 0, 0, 0), g("a", 0, 3, 0, 0, 0)),
                List.of(g("", S, 1, 0, 0, 0), g("b", S, 2, 0, 10, 5), g("a", S, 3, 0, 100, 0)));
        Map<String, Double> per = Summary.dropRateByNetns(f);
        assertEquals(List.of("a", "b", ""), new ArrayList<>(per.keySet()));
        assertEquals(100.0, per.get("a"));
        assertEquals(15.0, per.get("b"));
        assertEquals(115.0, Summary.dropRate(f));
        assertEquals(15.0, Summary.dropRate(f, "b"));
        assertEquals(List.of("", "a", "b"), Summary.namespaces(f));
    }

    @Test
    void aNamespaceThatCouldNotBeReadHasNoSum() {
        Frame f = two(List.of(g("", 0, 1, 0, 0, 0), g("a", 0, 3, 0, 0, 0)),
                List.of(g("", S, 1, 0, 0, 0), Group.failed(GroupKey.xfrmStat("a"), S, Health.GONE, "namespace deleted")));
        assertEquals(List.of(""), new ArrayList<>(Summary.dropRateByNetns(f).keySet()));
        assertEquals(Status.GONE, f.group(GroupKey.xfrmStat("a")).status(1));
    }

    @Test
    void aRecreatedNamespaceRestartsFromNoDataNotAReset() {
        Frame f = two(List.of(g("a", 0, 4026532001L, 0, 500, 0)), List.of(g("a", S, 4026532099L, 0, 3, 0)));
        assertEquals(Status.NO_DATA, f.group(GroupKey.xfrmStat("a")).status(1));
    }

    @Test
    void focusCyclesAllThenEachNamespaceThenAll() {
        ViewState vs = new ViewState();
        List<String> present = List.of("", "a", "b");
        assertNull(vs.netnsFocus());
        vs.cycleNetns(present);
        assertEquals("", vs.netnsFocus());
        vs.cycleNetns(present);
        assertEquals("a", vs.netnsFocus());
        vs.cycleNetns(present);
        assertEquals("b", vs.netnsFocus());
        vs.cycleNetns(present);
        assertNull(vs.netnsFocus());
        vs.cycleNetns(List.of(""));
        assertNull(vs.netnsFocus(), "one namespace: nothing to cycle");
    }

    @Test
    void theSortFollowsItsColumnWhenNetnsAppearsAndFallsBackWhenItGoes() {
        List<Column<CounterRow>> single = CounterColumns.xfrmPane(false), multi = CounterColumns.withNetns(single);
        assertEquals(CounterColumns.xfrmPane(true), multi);
        PaneState ps = new PaneState(single.indexOf(CounterColumns.TOTAL));
        ps.reverse();
        ps.useColumns(multi, single, 3);
        assertEquals(multi.indexOf(CounterColumns.TOTAL), ps.sortColumn());
        assertEquals(true, ps.reversed());
        ps.useColumns(multi, single, 3);
        assertEquals(multi.indexOf(CounterColumns.TOTAL), ps.sortColumn(), "same list: unchanged");
        ps.cycleSort(multi, -5);                          // onto NETNS
        assertEquals(0, ps.sortColumn());
        ps.useColumns(single, single, single.indexOf(CounterColumns.RATE));
        assertEquals(single.indexOf(CounterColumns.RATE), ps.sortColumn(), "NETNS gone: the default sort");
    }
}
