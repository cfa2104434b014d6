package xfrmtop.sys;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import xfrmtop.bench.Bench;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.SampleBuilder;
import xfrmtop.source.XfrmGroups;

/**
 * XFRM netlink: parsing an N-SA GETSA dump (datagram bytes to SA records), and one SA tick: the parse, the groups
 * (identity, u32 unwrapping, labels kept) and the diff against the previous tick.
 */
@State(Scope.Thread)
public class SaDumpBench extends Bench {
    @Param({"1000", "10000", "100000"})
    public int sas;

    private SaDumpFeed feed;
    private final XfrmGroups groups = new XfrmGroups("", i -> "eth" + i);
    private Frame last;
    private long seq;

    @Setup
    public void setUp() { feed = new SaDumpFeed(sas); last = tick(); }

    @Benchmark
    public XfrmDump<XfrmSa> parse() { return feed.sas(); }

    @Benchmark
    public Frame parseGroupAndDiff() { return last = tick(); }

    private Frame tick() {
        long mono = (seq + 1) * 1_000_000_000L;
        SampleBuilder b = new SampleBuilder(seq++, mono, 0);
        groups.add(b, mono, feed.sas(), feed.policies());
        return Calculator.next(last, b.build());
    }
}
