package xfrmtop.tui;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.GroupKey;
import xfrmtop.view.Diagnostics;
import xfrmtop.view.Ticks;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The detail view's trend line in a replay, whose history covers the whole recording before any tick is shown. */
@Tag("fast")
class CounterTrendTest {
    @Test
    void aReplayTellsAFirstMoveStillToComeFromOneThatHappened() {
        Diagnostics d = Diagnostics.recording();
        Ticks t = new Ticks();
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < 40; i++) frames.add(t.xfrm("", "XfrmOutPolBlock", i < 20 ? 0 : 5).tick());
        frames.forEach(d::scan);
        UiContext ctx = Pictures.context(1);
        int at = frames.get(0).group(GroupKey.xfrmStat("")).names().indexOf("XfrmOutPolBlock");

        d.observe(frames.get(10));
        assertEquals("has not moved since xfrmtop started", trend(frames.get(10), at, d, ctx),
                "it first moves at tick 20, after the tick shown");
        d.observe(frames.get(38));                                // a jump ahead, then a step back
        d.observe(frames.get(37));
        String s = trend(frames.get(37), at, d, ctx);
        assertTrue(s.startsWith("first moved at ") && s.contains("steady: "), s);
    }

    private static String trend(Frame f, int i, Diagnostics d, UiContext ctx) {
        GroupRates g = f.group(GroupKey.xfrmStat(""));
        return CounterDetail.trend(g, i, d.recent(), f.sample().seq(), ctx);
    }
}
