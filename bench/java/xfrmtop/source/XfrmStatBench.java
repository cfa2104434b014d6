package xfrmtop.source;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import xfrmtop.bench.Bench;
import xfrmtop.sample.Sample;
import xfrmtop.sample.SampleBuilder;

import java.nio.file.Files;
import java.nio.file.Path;

/** /proc/net/xfrm_stat: the parser alone on the 6.18 text, and a whole read of the real file (held fd, pread). */
@State(Scope.Thread)
public class XfrmStatBench extends Bench {
    private byte[] text;
    private final XfrmStatParser parser = new XfrmStatParser();
    private XfrmStatSource proc;
    private long seq;

    @Setup
    public void setUp() throws Exception {
        text = Files.readAllBytes(Path.of("src/test/resources/fixtures/xfrm_stat/linux-6.18.txt"));
        proc = new XfrmStatSource(Path.of("/proc/net"), "");
    }

    @Benchmark
    public XfrmStatParser.Result parse() { return parser.parse(text, text.length); }

    @Benchmark
    public Sample readProc() {
        SampleBuilder b = new SampleBuilder(seq++, System.nanoTime(), 0);
        proc.read(b);
        return b.build();
    }
}
