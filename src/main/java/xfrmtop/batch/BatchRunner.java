package xfrmtop.batch;

import xfrmtop.config.Config;
import xfrmtop.config.OutputFormat;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.sample.Sample;
import xfrmtop.sample.Sampler;
import xfrmtop.sample.Source;
import xfrmtop.source.HostInfo;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Batch mode: samples on the sampler thread, writes one table or JSON line per tick to stdout, flushed each tick.
 * Ends after --count ticks, when stdout is closed (a pipe reader went away) or on SIGINT/SIGTERM.
 */
public final class BatchRunner {
    private final Config config;
    private final List<Source> sources;
    private final FrameWriter writer;
    private final PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    private final CountDownLatch done = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile int exit = 0;
    private Frame last;

    public BatchRunner(Config config, HostInfo host, List<Source> sources) {
        this.config = config;
        this.sources = sources;
        List<Section> sections = List.of(new XfrmStatSection(), new SaSection(), new PolicySection());
        this.writer = config.format() == OutputFormat.JSON ? new JsonWriter(host, sections) : new TextWriter(host, sections);
    }

    public int run() {
        Sampler sampler = new Sampler(sources, config.intervalNanos(), config.count(), this::onSample, done::countDown);
        // SIGINT/SIGTERM/SIGHUP: stop sampling, let run() flush, then end with our own exit status (not 130/143),
        // because System.exit cannot be called once the JVM is shutting down.
        Thread hook = new Thread(() -> {
            done.countDown();
            try {
                finished.await(3, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                // halt anyway
            }
            Runtime.getRuntime().halt(exit);
        }, "xfrmtop-batch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        sampler.start();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sampler.close();
            out.flush();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running and will halt with our status
        }
        finished.countDown();
        return exit;
    }

    private void onSample(Sample s) {
        Frame f = Calculator.next(last, s);
        last = f;
        if (s.seq() == 0 && missingXfrmStat(f)) return;
        StringBuilder sb = new StringBuilder(4096);
        writer.write(f, sb);
        out.print(sb);
        out.flush();
        if (out.checkError()) {      // stdout closed (e.g. "| head"): nothing more to do
            done.countDown();
        }
    }

    /** Formats a frame in both formats (class loading for the launcher's class-data-sharing archive). */
    public static void train(HostInfo host) {
        Frame f = Calculator.next(null, new Sample(0, System.nanoTime(), System.currentTimeMillis(), List.of()));
        StringBuilder sb = new StringBuilder();
        List<Section> sections = List.of(new XfrmStatSection());
        new JsonWriter(host, sections).write(f, sb);
        new TextWriter(host, sections).write(f, sb);
    }

    /** With no readable xfrm_stat at the start there is nothing to report: say why and exit 1. */
    private boolean missingXfrmStat(Frame f) {
        for (GroupRates g : f.groups(Kind.XFRM_STAT)) {
            if (g.health() == Health.OK) return false;
            System.err.println("xfrmtop: " + g.note());
        }
        exit = 1;
        done.countDown();
        return true;
    }
}
