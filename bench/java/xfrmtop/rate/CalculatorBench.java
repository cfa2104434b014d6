package xfrmtop.rate;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import xfrmtop.bench.Bench;
import xfrmtop.bench.Gateway;
import xfrmtop.sample.Sample;

/** The calculator alone: a gateway tick (xfrm_stat, 8 NICs x 2,500 stats, N SAs) against the previous frame. */
@State(Scope.Thread)
public class CalculatorBench extends Bench {
    @Param({"10000"})
    public int sas;

    private Frame before;
    private Sample sample;

    @Setup
    public void setUp() {
        Gateway g = new Gateway(sas, 8, 2500);
        before = Calculator.next(null, g.sample());
        sample = g.sample();
    }

    @Benchmark
    public Frame next() { return Calculator.next(before, sample); }
}
