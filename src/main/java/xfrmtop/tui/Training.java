package xfrmtop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import xfrmtop.alert.Alerts;
import xfrmtop.alert.Tripwire;
import xfrmtop.feed.LiveFeed;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.Sample;
import xfrmtop.sample.Sampler;
import xfrmtop.sample.Source;
import xfrmtop.source.HostInfo;
import xfrmtop.sys.DispatchLibrary;
import xfrmtop.sys.NativeSupport;
import xfrmtop.view.KeyMap;
import xfrmtop.view.ViewState;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A run that loads the classes of a normal TUI session without a terminal: the launcher records it into a
 * class-data-sharing archive once after each build, so later starts map those classes instead of loading them.
 */
public final class Training {
    private Training() {}

    /** An ANSI terminal on byte streams: the same encoding and key decoding as the tty, without one. */
    private static final class Piped extends ANSITerminal {
        Piped(byte[] keys) {
            super(new ByteArrayInputStream(keys), OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
        }

        @Override protected TerminalSize findTerminalSize() { return new TerminalSize(120, 40); }
    }

    public static void run(HostInfo host, List<Source> sources) throws IOException {
        // What a start loads besides the frames: the console check, JNA (in the background after the first frame)
        // and the process classes Lanterna's stty calls go through before the first frame.
        System.console();
        DispatchLibrary.keep();                  // JNA's native library, kept beside the archive for later starts
        NativeSupport.problem();
        Process p = new ProcessBuilder("stty", "--version").redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Sampler sampler = new Sampler(sources, 1_000_000_000L, 0, s -> {}, null);
        Frame f = null;
        for (int i = 0; i < 3; i++) {
            Sample s = sampler.sampleOnce();
            f = Calculator.next(f, s);
        }
        sampler.close();
        LiveFeed feed = new LiveFeed(List.of(), 1_000_000_000L, 0, null, new Tripwire(Alerts.NONE));
        Piped terminal = new Piped("s\u001b[Bq".getBytes(StandardCharsets.US_ASCII));
        while (terminal.pollInput() != null) {
            // the key decoder's classes
        }
        KeyMap keys = KeyMap.defaults();
        ViewState vs = new ViewState();
        for (boolean color : new boolean[] {true, false}) {
            Renderer r = new Renderer(color);
            Display screen = new Display(terminal, r.theme(), terminal.getTerminalSize());
            screen.start();
            Controller c = new Controller(vs, keys, r, feed);
            UiContext ctx = new UiContext(host, 1, System.currentTimeMillis(), ZoneId.systemDefault(), keys);
            for (String key : new String[] {"s", "r", "h", "Esc", "Down", "z", "t", "Enter", "Esc", "f", "e", "Esc", "t"}) {
                c.handle(key, key.length() == 1 ? key.charAt(0) : null, f, 40);
                r.draw(screen, f, vs, ctx);
                screen.refresh();
            }
            screen.stop();
        }
        // The terminal session's classes (a real session needs a tty) and what the UI loop queues and waits with.
        try {
            for (Class<?> c : List.of(QuickTtyTerminal.class, TuiApp.class, Keys.class, TerminalSession.class,
                    TtyOut.class, PendingSession.class, Signals.class)) {
                Class.forName(c.getName());
            }
            for (String n : List.of(TerminalSession.class.getName() + "$ResizeRelay", "sun.misc.Signal",
                    "com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal$CtrlCBehaviour",
                    "com.googlecode.lanterna.TerminalPosition", "java.util.concurrent.atomic.AtomicBoolean",
                    "xfrmtop.view.History$Track", "xfrmtop.view.Series")) {
                Class.forName(n);
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        new LinkedBlockingQueue<>(List.of(Boolean.TRUE)).poll();
        new FutureTask<>(() -> null).run();
    }
}
