package xfrmtop.bench;

import xfrmtop.knowledge.NicTables;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Sample;
import xfrmtop.sample.SampleBuilder;
import xfrmtop.source.BusyNics;
import xfrmtop.source.NicSource;
import xfrmtop.source.XfrmGroups;
import xfrmtop.source.XfrmStatParser;
import xfrmtop.sys.SaDumpFeed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A busy gateway for the benchmarks, read through the real sources one tick at a time: xfrm_stat (the 6.18 fixture
 * parsed), NICs with thousands of stats through the NIC source, N SAs as netlink dump bytes through the parser and
 * {@link XfrmGroups}; then the calculator. Each tick is one second after the last.
 */
public final class Gateway {
    private final SaDumpFeed sas;
    private final XfrmGroups groups = new XfrmGroups("", i -> "eth" + i);
    private final BusyNics nics;
    private final NicSource nicSource;
    private final byte[] xfrmStat;
    private final XfrmStatParser parser = new XfrmStatParser();
    private long seq, wall = 1_795_000_000_000L;
    private Frame last;

    /** @param sas SAs in the dump (0: no SA source); nics interfaces watched with -i, stats counters each */
    public Gateway(int sas, int nics, int stats) { this(sas, nics, stats, 90); }

    /** @param movingPercent how many SAs in a hundred carry traffic each tick (the rest are idle) */
    public Gateway(int sas, int nics, int stats, int movingPercent) {
        this.sas = sas > 0 ? new SaDumpFeed(sas, movingPercent) : null;
        this.nics = new BusyNics(nics, stats);
        Pattern ipsec = Pattern.compile(NicTables.IPSEC_NAME_REGEX);
        this.nicSource = nics > 0 ? new NicSource(this.nics, "", this.nics.names(), n -> ipsec.matcher(n).find()) : null;
        try {
            this.xfrmStat = Files.readAllBytes(Path.of("src/test/resources/fixtures/xfrm_stat/linux-6.18.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every source once (the sampler's part of a tick). */
    public Sample sample() {
        nics.tick();
        long mono = nics.nanoTime();
        SampleBuilder b = new SampleBuilder(seq++, mono, wall += 1000);
        XfrmStatParser.Result r = parser.parse(xfrmStat, xfrmStat.length);
        b.add(Group.ok(GroupKey.xfrmStat(""), mono, r.names(), r.values(), ""));
        if (nicSource != null) nicSource.read(b);
        if (sas != null) groups.add(b, mono, sas.sas(), sas.policies());
        return b.build();
    }

    /** A whole tick: sample, then calculate. */
    public Frame tick() {
        last = Calculator.next(last, sample());
        return last;
    }

    /** The interfaces, as -i would name them. */
    public java.util.List<String> interfaces() { return nics.names(); }
}
