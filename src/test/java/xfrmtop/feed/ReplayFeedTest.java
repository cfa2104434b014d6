package xfrmtop.feed;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xfrmtop.rate.Frame;
import xfrmtop.record.Recorder;
import xfrmtop.record.Recording;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Sample;
import xfrmtop.source.HostInfo;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The replay clock and its controls: pace, speed, pause, step, jump, the ends; batch mode all at once. */
@Tag("fast")
class ReplayFeedTest {
    @TempDir Path dir;

    static final CounterNames X = CounterNames.of("XfrmOutPolBlock");

    /** A recording of n ticks `gapMs` apart; XfrmOutPolBlock climbs 10 per tick. */
    Recording record(int n, long gapMs) throws Exception {
        Path p = dir.resolve("r" + n + "-" + gapMs + ".xtr");
        try (Recorder r = Recorder.open(p, new HostInfo("gw1", "6.18", "host"))) {
            for (int t = 0; t < n; t++) {
                long mono = t * gapMs * 1_000_000L;
                r.accept(new Sample(t, mono, 1_795_000_000_000L + t * gapMs,
                        List.of(Group.ok(GroupKey.xfrmStat(""), mono, X, new long[] {10L * t}, ""))), gapMs * 1_000_000L);
                assertEquals(0, r.dropped());
                while (t - r.ticksWritten() > 100) Thread.sleep(5);    // the recorder's queue holds 256
            }
        }
        return Recording.open(p, null);
    }

    static int next(BlockingQueue<Frame> q) throws InterruptedException {
        Frame f = q.poll(5, TimeUnit.SECONDS);
        if (f == null) throw new AssertionError("no frame within 5 s");
        return (int) f.sample().seq();
    }

    @Test
    void batchGivesEveryFrameInOrderThenEnds() throws Exception {
        Recording r = record(50, 1000);
        BlockingQueue<Frame> q = new LinkedBlockingQueue<>();
        java.util.concurrent.CountDownLatch end = new java.util.concurrent.CountDownLatch(1);
        try (ReplayFeed f = new ReplayFeed(r, false, 0)) {
            assertNull(f.playback(), "batch replay has no controls");
            f.start(q::add, end::countDown);
            assertTrue(end.await(10, TimeUnit.SECONDS));
        }
        assertEquals(50, q.size());
        for (int t = 0; t < 50; t++) assertEquals(t, next(q));
        try (ReplayFeed f = new ReplayFeed(r, false, 7)) {
            java.util.concurrent.CountDownLatch e2 = new java.util.concurrent.CountDownLatch(1);
            f.start(q::add, e2::countDown);
            assertTrue(e2.await(10, TimeUnit.SECONDS));
        }
        assertEquals(7, q.size(), "--count 7");
    }

    @Test
    void runningOutOfMemoryEndsTheReplayWithTheHeapSettingThatHelps() throws Exception {
        Recording r = record(10, 1000);
        java.util.concurrent.CountDownLatch end = new java.util.concurrent.CountDownLatch(1);
        List<Integer> seen = new java.util.ArrayList<>();
        try (ReplayFeed f = new ReplayFeed(r, false, 0)) {
            f.start(fr -> {
                if (seen.size() == 1) throw new OutOfMemoryError("Java heap space");   // at the second frame
                seen.add((int) fr.sample().seq());
            }, end::countDown);
            assertTrue(end.await(10, TimeUnit.SECONDS), "the end is reported, not a frozen screen");
            assertEquals(List.of(0), seen);
            assertTrue(f.failure().startsWith("replay stopped: out of memory ("), f.failure());
            assertTrue(f.failure().contains("start xfrmtop with XFRMTOP_HEAP="), f.failure());
        }
    }

    @Test
    void playsAtTheRecordedPaceThenStopsAtTheEnd() throws Exception {
        Recording r = record(16, 40);
        BlockingQueue<Frame> q = new LinkedBlockingQueue<>();
        try (ReplayFeed f = new ReplayFeed(r, true, 0)) {
            long t0 = System.nanoTime();
            f.start(q::add, null);
            for (int t = 0; t < 16; t++) assertEquals(t, next(q));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 15 * 40 - 20, "15 gaps of 40 ms at 1x took " + ms + " ms");
            Thread.sleep(100);
            assertTrue(f.status().atEnd() && f.status().paused(), "pauses on the last tick: " + f.status());
            assertEquals(0, q.size());
            assertEquals(1_000_000_000L / 25, f.intervalNanos(), "the recorded interval");
            f.togglePause();                                  // play at the end: again from the start
            assertEquals(0, next(q));
            f.changeSpeed(5);
            assertEquals("max", f.status().speedLabel());
            for (int t = 1; t < 16; t++) assertEquals(t, next(q));
        }
    }

    @Test
    void theHeaderNamesTheTickOfTheFrameOnScreenNotTheOneInFlight() throws Exception {
        Recording r = record(10, 1000);
        BlockingQueue<Frame> q = new LinkedBlockingQueue<>();
        try (ReplayFeed f = new ReplayFeed(r, true, 0)) {
            f.togglePause();
            f.start(q::add, null);
            Frame first = q.poll(10, TimeUnit.SECONDS);
            f.step(1);
            Frame second = q.poll(10, TimeUnit.SECONDS);
            assertEquals(1, f.status().index());
            assertEquals(0, f.status(first).index(), "a screen still drawing tick 1 says 1/10, not 2/10");
            assertEquals(1, f.status(second).index());
        }
    }

    @Test
    void pauseStepJumpAndTheEnds() throws Exception {
        Recording r = record(400, 1000);                     // one tick a second: 6 min 40 s
        BlockingQueue<Frame> q = new LinkedBlockingQueue<>();
        try (ReplayFeed f = new ReplayFeed(r, true, 0)) {
            f.togglePause();
            f.start(q::add, null);
            assertEquals(0, next(q));
            Thread.sleep(200);
            assertEquals(0, q.size(), "paused: nothing more");
            f.step(1);
            assertEquals(1, next(q));
            f.step(1);
            assertEquals(2, next(q));
            f.step(-1);
            assertEquals(1, next(q));
            f.jump(60_000_000_000L);
            assertEquals(61, next(q), "a minute later");
            f.jump(-60_000_000_000L);
            assertEquals(1, next(q));
            f.jump(-60_000_000_000L);
            assertEquals(0, next(q), "not before the start");
            f.toEdge(true);
            assertEquals(399, next(q));
            f.step(1);
            Thread.sleep(100);
            assertEquals(0, q.size(), "not past the end");
            f.toEdge(false);
            assertEquals(0, next(q));
            f.changeSpeed(-1);
            assertEquals("1x", f.status().speedLabel());
            f.changeSpeed(1);
            assertEquals("2x", f.status().speedLabel());
            assertEquals(new Playback.Status(0, 400, true, 1, ""), f.status());
        }
    }
}
