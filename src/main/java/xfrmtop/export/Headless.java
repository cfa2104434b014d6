package xfrmtop.export;

import xfrmtop.feed.Feed;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * --quiet: no terminal and no output, only the feed (the sampler) feeding the endpoint. Runs until SIGTERM, SIGINT or
 * SIGHUP (then exits 0, as a service manager expects of a clean stop) or, with --count, for that many ticks; exits 1
 * with the reason on stderr (the journal) when sampling stops on its own (out of memory).
 */
public final class Headless {
    private Headless() {}

    /** @param feed a feed that already hands its frames to the exporter ({@link Exporter#wrap}) */
    public static int run(Feed feed) {
        CountDownLatch done = new CountDownLatch(1), finished = new CountDownLatch(1);
        // A signal starts the JVM's shutdown: stop sampling, close the sources, then halt with 0 (not 143).
        Thread hook = new Thread(() -> {
            done.countDown();
            try {
                finished.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                // halt anyway
            }
            Runtime.getRuntime().halt(0);
        }, "xfrmtop-headless-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        feed.start(f -> {}, done::countDown);
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            feed.close();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running and halts with 0
        }
        finished.countDown();
        String failure = feed.failure();               // sampling that died: said, and not a clean stop
        if (failure != null) System.err.println("xfrmtop: " + failure);
        return failure != null ? 1 : 0;
    }
}
