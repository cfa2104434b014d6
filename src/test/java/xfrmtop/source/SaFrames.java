package xfrmtop.source;

import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.Group;
import xfrmtop.sample.SampleBuilder;
import xfrmtop.sys.DumpBuilder;
import xfrmtop.sys.TestDumps;

import java.util.List;

/**
 * Drives the SA path of a real tick without a kernel: builder-made dump bytes through the parser, {@link XfrmGroups}
 * and the calculator, one frame per call, one second apart (monotonic and wall clock).
 */
public final class SaFrames {
    public static final long START_WALL_MS = 1_700_000_100_000L;

    private final XfrmGroups groups = new XfrmGroups("", i -> "eth" + i);
    private Frame prev;
    private long seq;

    public Frame tick(List<DumpBuilder.Sa> sas, List<DumpBuilder.Policy> policies, Group... extra) {
        long mono = 1_000_000_000L * (seq + 1);
        SampleBuilder b = new SampleBuilder(seq, mono, START_WALL_MS + 1000 * seq);
        seq++;
        for (Group g : extra) b.add(g);
        groups.add(b, mono, TestDumps.sas(sas), TestDumps.policies(policies));
        prev = Calculator.next(prev, b.build());
        return prev;
    }

    /** A tick whose dump failed (e.g. EPERM): the groups say why. */
    public Frame failed(xfrmtop.sample.Health health, String reason, boolean keepKnown) {
        long mono = 1_000_000_000L * (seq + 1);
        SampleBuilder b = new SampleBuilder(seq, mono, START_WALL_MS + 1000 * seq);
        seq++;
        groups.failed(b, mono, health, reason, keepKnown);
        prev = Calculator.next(prev, b.build());
        return prev;
    }
}
