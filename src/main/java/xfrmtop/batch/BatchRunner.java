package xfrmtop.batch;

import xfrmtop.alert.Alert;
import xfrmtop.alert.Tripwire;
import xfrmtop.config.Config;
import xfrmtop.config.OutputFormat;
import xfrmtop.feed.Feed;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.sample.Sample;
import xfrmtop.source.HostInfo;
import xfrmtop.view.NicSelection;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Batch mode: writes one table or JSON line per frame to stdout, flushed each tick, from the feed's thread (live
 * sampler or recording). Ends after --count ticks, at the end of a recording, when stdout is closed (a pipe reader
 * went away), at the first alert with --alert-exit-first, or on SIGINT/SIGTERM. Exits 3 when an alert tripped.
 */
public final class BatchRunner {
    /** Exit status when an --alert tripped. */
    public static final int ALERT_EXIT = 3;

    private final Config config;
    private final Feed feed;
    private final Tripwire tripwire;
    private final FrameWriter writer;
    private final PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    private final CountDownLatch done = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile int exit = 0;
    private volatile boolean stopped;
    private volatile long lastSeq = -1;
    private Frame last;

    public BatchRunner(Config config, HostInfo host, Feed feed, Tripwire tripwire) {
        this.config = config;
        this.feed = feed;
        this.tripwire = tripwire;
        List<Section> sections = new ArrayList<>(List.of(new XfrmStatSection(),
                new NicSection(NicSelection.of(config.interfaces(), config.nicFilter())), new SaSection(), new PolicySection(),
                new FunnelSection(), new EventSection()));
        if (!tripwire.alerts().isEmpty()) sections.add(new AlertSection(tripwire.alerts()));
        this.writer = config.format() == OutputFormat.JSON ? new JsonWriter(host, sections) : new TextWriter(host, sections);
    }

    public int run() {
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
        feed.start(this::onFrame, done::countDown);
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped = true;
            feed.close();
            out.flush();
        }
        report();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running and will halt with our status
        }
        finished.countDown();
        return exit;
    }

    private void onFrame(Frame f) {
        if (stopped) return;
        Frame prev = last;
        last = f;
        if (prev == null && missingXfrmStat(f)) return;
        StringBuilder sb = new StringBuilder(4096);
        writer.write(f, sb);
        out.print(sb);
        out.flush();
        lastSeq = f.sample().seq();
        if (out.checkError()) {      // stdout closed (e.g. "| head"): nothing more to do
            stopped = true;
            done.countDown();
        }
        if (config.alertExitFirst() && !tripwire.tripsUpTo(lastSeq).isEmpty()) {
            stopped = true;
            done.countDown();
        }
    }

    /** Why the run ended badly, on stderr: a feed failure, then each alert that tripped (which, when, what). */
    private void report() {
        String failure = feed.failure();
        if (failure != null) {
            System.err.println("xfrmtop: " + failure);
            exit = 1;
        }
        List<Tripwire.Trip> trips = tripwire.tripsUpTo(lastSeq);
        for (Tripwire.Trip t : trips) System.err.println("xfrmtop: " + AlertSection.describe(t));
        if (lastSeq >= 0) {
            for (Alert a : tripwire.neverMatched()) {
                System.err.println("xfrmtop: warning: alert " + a.text() + " never matched a counter (check the name)");
            }
        }
        if (!trips.isEmpty()) exit = ALERT_EXIT;
    }

    /** Formats a frame in both formats (class loading for the launcher's class-data-sharing archive). */
    public static void train(HostInfo host) {
        Frame f = Calculator.next(null, new Sample(0, System.nanoTime(), System.currentTimeMillis(), List.of()));
        StringBuilder sb = new StringBuilder();
        List<Section> sections = List.of(new XfrmStatSection(), new NicSection(NicSelection.of(List.of(), null)));
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
        stopped = true;
        done.countDown();
        return true;
    }
}
