package xfrmtop.sample;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("fast")
class SamplerTest {
    private static Source throwingOnRead(int n, Throwable t) {
        AtomicInteger reads = new AtomicInteger();
        return new Source() {
            @Override public String name() { return "test"; }

            @Override
            public void read(SampleBuilder out) {
                if (reads.incrementAndGet() == n) {
                    if (t instanceof Error e) throw e;
                    throw (RuntimeException) t;
                }
            }
        };
    }

    private static Sampler run(Source s, AtomicInteger samples, CountDownLatch done) {
        Sampler sampler = new Sampler(List.of(s), Sampler.MIN_INTERVAL_NS, 3, x -> samples.incrementAndGet(), done::countDown);
        sampler.start();
        return sampler;
    }

    @Test
    void outOfMemoryStopsSamplingWithAReasonTheUserCanActOn() throws Exception {
        AtomicInteger samples = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        try (Sampler sampler = run(throwingOnRead(2, new OutOfMemoryError("Java heap space")), samples, done)) {
            assertTrue(done.await(10, TimeUnit.SECONDS), "the end is reported, not left hanging");
            assertEquals(1, samples.get());
            assertTrue(sampler.failure().contains("out of memory"), sampler.failure());
            assertTrue(sampler.failure().contains("XFRMTOP_HEAP="), sampler.failure());
        }
    }

    @Test
    void aBugInOneSourceIsSkippedButAnErrorStopsSampling() throws Exception {
        AtomicInteger samples = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        try (Sampler sampler = run(throwingOnRead(1, new IllegalStateException("bug")), samples, done)) {
            assertTrue(done.await(10, TimeUnit.SECONDS));
            assertEquals(3, samples.get(), "a source's exception costs that source's groups, not the tick");
            assertNull(sampler.failure());
        }
        CountDownLatch done2 = new CountDownLatch(1);
        try (Sampler sampler = run(throwingOnRead(1, new StackOverflowError()), samples, done2)) {
            assertTrue(done2.await(10, TimeUnit.SECONDS));
            assertTrue(sampler.failure().startsWith("sampling stopped: java.lang.StackOverflowError"), sampler.failure());
        }
    }
}
