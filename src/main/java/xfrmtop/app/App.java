package xfrmtop.app;

import xfrmtop.alert.Alerts;
import xfrmtop.alert.Tripwire;
import xfrmtop.batch.BatchRunner;
import xfrmtop.config.Config;
import xfrmtop.export.Exporter;
import xfrmtop.export.Headless;
import xfrmtop.feed.Feed;
import xfrmtop.feed.LiveFeed;
import xfrmtop.feed.ReplayFeed;
import xfrmtop.knowledge.NicTables;
import xfrmtop.record.Recorder;
import xfrmtop.record.Recording;
import xfrmtop.record.RecordingException;
import xfrmtop.sample.HeapAdvice;
import xfrmtop.config.NetnsSelection;
import xfrmtop.sample.Source;
import xfrmtop.source.HostInfo;
import xfrmtop.source.KernelNicDevices;
import xfrmtop.source.NetnsSource;
import xfrmtop.source.NicSource;
import xfrmtop.source.XfrmStatSource;
import xfrmtop.source.XfrmEventSource;
import xfrmtop.source.XfrmSource;
import xfrmtop.tui.Training;
import xfrmtop.tui.TuiApp;
import xfrmtop.view.Diagnostics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Wires the sources the configuration asks for (or a recording) to the batch writer or the TUI. */
public final class App {
    /** Bounds of how long a tick waits for a namespace's read (half the interval in between). */
    static final long MIN_NETNS_WAIT_NS = 100_000_000L, MAX_NETNS_WAIT_NS = 1_000_000_000L;

    private App() {}

    public static int run(Config c) {
        if (c.export() != null && !c.cdsTraining()) return withExporter(c);
        return run(c, null);
    }

    /** --listen: the endpoint is bound first, so an address in use is a usage error before anything else starts. */
    private static int withExporter(Config c) {
        Exporter exporter;
        try {
            exporter = Exporter.start(c);
        } catch (IOException | RuntimeException e) {
            System.err.println("xfrmtop: --listen " + c.export().listen() + ": " + ListenFailure.describe(e));
            return 2;
        }
        try {
            return run(c, exporter);
        } finally {
            exporter.close();
        }
    }

    /** @param exporter the --listen endpoint, or null */
    private static int run(Config c, Exporter exporter) {
        boolean quiet = c.export() != null && c.export().quiet();
        HostInfo host = HostInfo.read(c.procRoot());
        if (c.cdsTraining()) return train(c, host, namespaceSources(c, c.procNet(), ""));
        if (!c.batch() && !quiet && TuiApp.terminalProblem() != null) return fail(TuiApp.terminalProblem());
        Tripwire tripwire = new Tripwire(new Alerts(c.alerts()));
        if (c.replay() != null) return replay(c, tripwire);
        NetnsSelection ns = c.netns();
        List<Source> sources = new ArrayList<>();
        if (ns.includesStart()) sources.addAll(namespaceSources(c, c.procNet(), ""));
        if (ns.any()) {
            long wait = Math.max(MIN_NETNS_WAIT_NS, Math.min(MAX_NETNS_WAIT_NS, c.intervalNanos() / 2));
            sources.add(new NetnsSource(ns, c.procRoot(), (procNet, name) -> namespaceSources(c, procNet, name), wait));
            host = new HostInfo(host.host(), host.kernel(), watched(ns));
        }
        Recorder recorder = null;
        if (c.record() != null) {
            try {
                recorder = Recorder.open(c.record(), host);
            } catch (IOException | RuntimeException e) {
                return fail("cannot write the recording " + c.record() + ": " + e.getMessage());
            }
        }
        Feed feed = new LiveFeed(sources, c.intervalNanos(), c.batch() || quiet ? c.count() : 0, recorder, tripwire);
        if (exporter != null) feed = exporter.wrap(feed);
        if (quiet) return Headless.run(feed);
        if (c.batch()) return new BatchRunner(c, host, feed, tripwire).run();
        return TuiApp.run(c, host, feed, tripwire, "");
    }

    /** -r: the recording is read and checked once, alerts evaluated over all of it, then shown or printed. */
    private static int replay(Config c, Tripwire tripwire) {
        Recording r;
        Diagnostics diag = c.batch() ? null : Diagnostics.recording();   // plots and the event log span the recording
        ScanProgress progress = ScanProgress.onTerminal(diag == null ? tripwire::observe : f -> {
            tripwire.observe(f);
            diag.scan(f);
        }, String.valueOf(c.replay().getFileName()));
        String outOfMemory = HeapAdvice.outOfMemory("reading " + c.replay() + " stopped", "a recording this big");
        try {
            r = Recording.open(c.replay(), progress);
        } catch (RecordingException e) {
            progress.done();
            return fail(e.getMessage());
        } catch (OutOfMemoryError e) {                  // what was read so far is garbage now: there is room to say so
            progress.done();
            return fail(outOfMemory);
        }
        progress.done();
        if (!r.notice().isEmpty()) System.err.println("xfrmtop: " + r.notice());
        Feed feed = new ReplayFeed(r, !c.batch(), c.count());
        if (c.batch()) return new BatchRunner(c, r.header().host(), feed, tripwire).run();
        return TuiApp.run(c, r.header().host(), feed, tripwire, r.notice(), diag);
    }

    private static int fail(String message) {
        System.err.println("xfrmtop: " + message);
        return 1;
    }

    /**
     * Loads the classes of a TUI session and of batch output, for the launcher's class-data-sharing archive. Not the
     * exporter's: they would add 2.3 MB to the archive, and so to the RSS of every run, --listen or not.
     */
    private static int train(Config c, HostInfo host, List<Source> sources) {
        try {
            Training.run(host, sources);
            BatchRunner.train(host);
            return 0;
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("xfrmtop: training run failed: " + e);
            return 1;
        }
    }

    /**
     * Every source of one network namespace. Runs on the thread that will read them: the sampler for the namespace
     * xfrmtop started in, the namespace's own thread for a watched one (so what they open belongs to it).
     */
    static List<Source> namespaceSources(Config c, Path procNet, String netns) {
        boolean ownThread = !netns.isEmpty();          // a watched namespace: everything opens on its thread
        List<Source> l = new ArrayList<>();
        l.add(new XfrmStatSource(procNet, netns));
        l.add(nicSource(c, procNet, netns));           // ethtool ioctls: socket opened at the first read
        // netlink socket and JNA: in the background for the first frame, except where a background thread would be
        // in the wrong namespace, and in batch and --listen (whose first tick should hold the SAs, not "opening")
        l.add(new XfrmSource(netns, c.batch() || c.export() != null || ownThread));
        l.add(new XfrmEventSource(netns, c.batch() || c.export() != null || ownThread));   // multicast: opened likewise
        return l;
    }

    /** The header's "netns" field: what is watched. */
    static String watched(NetnsSelection ns) {
        if (ns.all()) return "all";
        List<String> l = new ArrayList<>(ns.names());
        for (Path p : ns.paths()) l.add(p.toString());
        return String.join(",", l);
    }

    /**
     * ethtool -S of the -i interfaces, or of discovered offload NICs. JNA loads in the background (the socket itself is
     * opened at the first read, on the reading thread); batch waits for it on the first tick.
     */
    static NicSource nicSource(Config c, Path procNet, String netns) {
        Pattern ipsec = Pattern.compile(c.nicFilter() != null ? c.nicFilter() : NicTables.IPSEC_NAME_REGEX);
        return new NicSource(new KernelNicDevices(procNet, c.batch()), netns, c.interfaces(),
                name -> ipsec.matcher(name).find());
    }
}
