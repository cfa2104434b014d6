package xfrmtop.view;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import xfrmtop.bench.Bench;
import xfrmtop.bench.Gateway;
import xfrmtop.rate.Frame;
import xfrmtop.sample.Kind;

import java.util.List;

/**
 * Building a pane's rows from a frame and sorting them by the default column (rate, highest first): the 20,000
 * counters of 8 NICs x 2,500 stats (all shown, as with -i), the N SAs of the SA pane, the 32 xfrm_stat counters.
 */
@State(Scope.Thread)
public class FrameBuildBench extends Bench {
    @Param({"10000"})
    public int sas;

    private Frame frame;
    private NicSelection all;

    @Setup
    public void setUp() {
        Gateway g = new Gateway(sas, 8, 2500);
        g.tick();
        frame = g.tick();
        all = NicSelection.of(g.interfaces(), null);
    }

    @Benchmark
    public List<CounterRow> nicRows() {
        return CounterTable.rows(frame, Kind.NIC, all, null, "", false, CounterColumns.nicPane(false),
                Pane.NIC.defaultSortColumn(), false);
    }

    @Benchmark
    public List<SaRow> saRows() {
        return SaTables.sas(frame, "", false, SaColumns.pane(), Pane.SA.defaultSortColumn(), false);
    }

    @Benchmark
    public List<CounterRow> xfrmStatRows() {
        return CounterTable.rows(frame, Kind.XFRM_STAT, null, "", false, CounterColumns.xfrmPane(false),
                Pane.XFRM_STAT.defaultSortColumn(), false);
    }
}
