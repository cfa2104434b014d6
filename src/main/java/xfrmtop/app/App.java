package xfrmtop.app;

import xfrmtop.alert.Alerts;
import xfrmtop.alert.Tripwire;
import xfrmtop.batch.BatchRunner;
import xfrmtop.config.Config;
import xfrmtop.feed.Feed;
import xfrmtop.feed.LiveFeed;
import xfrmtop.feed.ReplayFeed;
import xfrmtop.record.Recorder;
import xfrmtop.record.Recording;
import xfrmtop.record.RecordingException;
import xfrmtop.sample.Source;
import xfrmtop.source.HostInfo;
import xfrmtop.source.XfrmStatSource;
import xfrmtop.source.XfrmSource;
import xfrmtop.tui.Training;
import xfrmtop.tui.TuiApp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Wires the sources the configuration asks for (or a recording) to the batch writer or the TUI. */
public final class App {
    private App() {}

    public static int run(Config c) {
        HostInfo host = HostInfo.read(c.procRoot());
        List<Source> sources = new ArrayList<>();
        sources.add(new XfrmStatSource(c.procNet(), ""));
        if (c.cdsTraining()) return train(c, host, sources);
        if (!c.batch() && TuiApp.terminalProblem() != null) return fail(TuiApp.terminalProblem());
        Tripwire tripwire = new Tripwire(new Alerts(c.alerts()));
        if (c.replay() != null) return replay(c, tripwire);
        sources.add(new XfrmSource("", c.batch()));     // opens its netlink socket (and JNA) off the first frame
        Recorder recorder = null;
        if (c.record() != null) {
            try {
                recorder = Recorder.open(c.record(), host);
            } catch (IOException | RuntimeException e) {
                return fail("cannot write the recording " + c.record() + ": " + e.getMessage());
            }
        }
        Feed feed = new LiveFeed(sources, c.intervalNanos(), c.batch() ? c.count() : 0, recorder, tripwire);
        if (c.batch()) return new BatchRunner(c, host, feed, tripwire).run();
        return TuiApp.run(c, host, feed, tripwire, "");
    }

    /** -r: the recording is read and checked once, alerts evaluated over all of it, then shown or printed. */
    private static int replay(Config c, Tripwire tripwire) {
        Recording r;
        try {
            r = Recording.open(c.replay(), tripwire::observe);
        } catch (RecordingException e) {
            return fail(e.getMessage());
        }
        if (!r.notice().isEmpty()) System.err.println("xfrmtop: " + r.notice());
        Feed feed = new ReplayFeed(r, !c.batch(), c.count());
        if (c.batch()) return new BatchRunner(c, r.header().host(), feed, tripwire).run();
        return TuiApp.run(c, r.header().host(), feed, tripwire, r.notice());
    }

    private static int fail(String message) {
        System.err.println("xfrmtop: " + message);
        return 1;
    }

    /** Loads the classes of a TUI session and of batch output, for the launcher's class-data-sharing archive. */
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
}
