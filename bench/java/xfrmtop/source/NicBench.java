package xfrmtop.source;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import xfrmtop.bench.Bench;
import xfrmtop.knowledge.NicTables;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.Sample;
import xfrmtop.sample.SampleBuilder;

import java.util.regex.Pattern;

/**
 * ethtool -S: one tick's read of N interfaces with 2,500 stats each through the NIC source (names mapped once, the
 * values copied as GSTATS would), and the same plus the diff (calculator) against the previous tick.
 */
@State(Scope.Thread)
public class NicBench extends Bench {
    @Param({"1", "8"})
    public int interfaces;

    private BusyNics nics;
    private NicSource source;
    private Frame last;
    private long seq;

    @Setup
    public void setUp() {
        nics = new BusyNics(interfaces, 2500);
        Pattern p = Pattern.compile(NicTables.IPSEC_NAME_REGEX);
        source = new NicSource(nics, "", nics.names(), n -> p.matcher(n).find());
        last = Calculator.next(null, read());
    }

    private Sample read() {
        nics.tick();
        SampleBuilder b = new SampleBuilder(seq++, nics.nanoTime(), 0);
        source.read(b);
        return b.build();
    }

    @Benchmark
    public Sample read2500() { return read(); }

    @Benchmark
    public Frame readAndDiff2500() {
        last = Calculator.next(last, read());
        return last;
    }
}
