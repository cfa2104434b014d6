package xfrmtop.sample;

import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Reads all sources on its own thread, on ticks scheduled from a fixed start (start + k * interval) so they do not
 * drift; a tick that overran skips the missed slots rather than bunching up. Each tick becomes one immutable
 * {@link Sample}, handed to the sink on this thread.
 */
public final class Sampler implements AutoCloseable {
    /** Fastest and slowest interval the tool accepts, in nanoseconds (0.2 s .. 1 h). */
    public static final long MIN_INTERVAL_NS = 200_000_000L, MAX_INTERVAL_NS = 3_600_000_000_000L;

    private final List<Source> sources;
    private final Consumer<Sample> sink;
    private final long maxTicks;
    private final Runnable onDone;
    private volatile long intervalNanos;
    private volatile boolean intervalChanged;
    private volatile boolean running = true;
    private volatile Thread thread;
    private volatile String failure;
    private final String outOfMemory = HeapAdvice.outOfMemory("sampling stopped", "this many SAs and counters");
    private long seq;

    /**
     * @param maxTicks stop after this many ticks (0 = run until closed), then call onDone
     */
    public Sampler(List<Source> sources, long intervalNanos, long maxTicks, Consumer<Sample> sink, Runnable onDone) {
        this.sources = List.copyOf(sources);
        this.intervalNanos = intervalNanos;
        this.maxTicks = maxTicks;
        this.sink = sink;
        this.onDone = onDone == null ? () -> {} : onDone;
    }

    public long intervalNanos() { return intervalNanos; }

    /** Why sampling stopped on its own (the tool cannot go on), or null. */
    public String failure() { return failure; }

    /** Takes effect at once: the schedule restarts from now. */
    public void setIntervalNanos(long nanos) {
        intervalNanos = Math.max(MIN_INTERVAL_NS, Math.min(MAX_INTERVAL_NS, nanos));
        intervalChanged = true;
        Thread t = thread;
        if (t != null) LockSupport.unpark(t);
    }

    public void start() {
        Thread t = new Thread(this::loop, "xfrmtop-sampler");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** One tick, on the caller's thread: reads every source and returns the sealed sample. */
    public Sample sampleOnce() {
        SampleBuilder b = new SampleBuilder(seq++, System.nanoTime(), System.currentTimeMillis());
        for (Source s : sources) {
            try {
                s.read(b);
            } catch (RuntimeException e) {
                // A bug in one source must not stop the others; the pane shows the missing group as absent.
                System.getLogger("xfrmtop").log(System.Logger.Level.DEBUG, "source " + s.name() + " failed", e);
            }
        }
        return b.build();
    }

    private void loop() {
        long start = System.nanoTime();
        long k = 0;
        try {
            while (running) {
                sink.accept(sampleOnce());
                if (maxTicks > 0 && seq >= maxTicks) break;
                k++;
                long interval = intervalNanos;
                long next = start + k * interval;
                long now = System.nanoTime();
                if (next - now < 0) {             // overran: skip to the next slot in the future
                    k = (now - start) / interval + 1;
                    next = start + k * interval;
                }
                while (running && !intervalChanged && (now = System.nanoTime()) - next < 0) {
                    LockSupport.parkNanos(this, next - now);
                }
                if (intervalChanged) {             // restart the schedule from now, sample at once
                    intervalChanged = false;
                    start = System.nanoTime();
                    k = 0;
                }
            }
        } catch (OutOfMemoryError e) {
            failure = outOfMemory;
        } catch (RuntimeException | Error e) {
            // Without this the screen would go on showing the last frame as if it were live.
            failure = "sampling stopped: " + e;
        } finally {
            if (running) onDone.run();
        }
    }

    @Override
    public void close() {
        running = false;
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            LockSupport.unpark(t);
            try {
                t.join(2000);               // let a read in progress finish before its source is closed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Source s : sources) {
            try {
                s.close();
            } catch (RuntimeException ignored) {
                // closing is best effort at exit
            }
        }
    }
}
