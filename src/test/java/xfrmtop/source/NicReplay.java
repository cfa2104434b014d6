package xfrmtop.source;

import xfrmtop.knowledge.NicTables;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.Group;
import xfrmtop.sample.SampleBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/** Plays a recorded dump through a real {@link NicSource} and the calculator, one frame per recorded tick. */
public final class NicReplay {
    public static final Path DIR = Path.of("src/test/resources/fixtures/ethtool");

    private NicReplay() {}

    public static EthtoolDump dump(String file) throws IOException { return EthtoolDump.load(DIR.resolve(file)); }

    public static NicSource source(EthtoolDump dump, List<String> named) {
        Pattern p = Pattern.compile(NicTables.IPSEC_NAME_REGEX);
        return new NicSource(dump, "", named, n -> p.matcher(n).find());
    }

    /**
     * @param wallEnd wall clock of the last tick (earlier ticks one recorded interval apart)
     * @param extra   another group to read at each tick (e.g. xfrm_stat), given the tick's time; or null
     */
    public static List<Frame> play(EthtoolDump dump, List<String> named, long wallEnd, LongFunction<Group> extra) {
        NicSource src = source(dump, named);
        List<Frame> frames = new ArrayList<>();
        Frame f = null;
        int n = dump.ticks();
        for (int k = 0; dump.next(); k++) {
            long t = dump.nanoTime();
            SampleBuilder b = new SampleBuilder(k, t, wallEnd - (n - 1 - k) * 1000L);
            if (extra != null) b.add(extra.apply(t));
            src.read(b);
            f = Calculator.next(f, b.build());
            frames.add(f);
        }
        return frames;
    }
}
