package xfrmtop.export;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.feed.Feed;
import xfrmtop.rate.Frame;

import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

@Tag("fast")
class HeadlessTest {
    /** A feed that ends at once, with or without a reason. */
    private static Feed ending(String failure) {
        return new Feed() {
            @Override public void start(Consumer<Frame> sink, Runnable onEnd) { onEnd.run(); }

            @Override public long intervalNanos() { return 1_000_000_000L; }

            @Override public void setIntervalNanos(long nanos) {}

            @Override public String failure() { return failure; }

            @Override public void close() {}
        };
    }

    @Test
    void aCountedRunEndsCleanlyButDeadSamplingIsAFailure() {
        assertEquals(0, Headless.run(ending(null)), "--count ticks done: a clean stop");
        assertEquals(1, Headless.run(ending("sampling stopped: out of memory")), "the service manager must see it");
    }
}
