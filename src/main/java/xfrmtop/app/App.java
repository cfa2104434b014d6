package xfrmtop.app;

import xfrmtop.batch.BatchRunner;
import xfrmtop.config.Config;
import xfrmtop.sample.Source;
import xfrmtop.source.HostInfo;
import xfrmtop.source.XfrmStatSource;
import xfrmtop.source.XfrmSource;
import xfrmtop.tui.Training;
import xfrmtop.tui.TuiApp;

import java.util.ArrayList;
import java.util.List;

/** Wires the sources the configuration asks for to the batch writer or the TUI. */
public final class App {
    private App() {}

    public static int run(Config c) {
        HostInfo host = HostInfo.read(c.procRoot());
        List<Source> sources = new ArrayList<>();
        sources.add(new XfrmStatSource(c.procNet(), ""));
        if (c.cdsTraining()) return train(c, host, sources);
        sources.add(new XfrmSource("", c.batch()));     // opens its netlink socket (and JNA) off the first frame
        if (c.batch()) return new BatchRunner(c, host, sources).run();
        return TuiApp.run(c, host, sources);
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
