package xfrmtop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.Terminal;
import xfrmtop.alert.Tripwire;
import xfrmtop.config.Config;
import xfrmtop.feed.Feed;
import xfrmtop.feed.Playback;
import xfrmtop.rate.Frame;
import xfrmtop.source.HostInfo;
import xfrmtop.sys.NativeSupport;
import xfrmtop.view.Diagnostics;
import xfrmtop.view.Glyphs;
import xfrmtop.view.KeyMap;
import xfrmtop.view.NicSelection;
import xfrmtop.view.ViewState;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The full-screen UI. Three threads: the feed (the sampler reading and calculating, or a replay), which hands over
 * the newest frame; the key reader (blocks on the terminal); and this UI thread, which sleeps until one of them or a
 * resize wakes it, then draws. Nothing on the UI thread reads the kernel or the recording.
 */
public final class TuiApp {
    private static final Object FRAME = new Object(), RESIZE = new Object(), FEED_ENDED = new Object();
    /** How long the UI loop gets to restore the terminal after a signal before the process halts anyway. */
    private static final long SIGNAL_GRACE_MS = 2000;
    /** How long the first frame may take before the screen says it is reading counters (usually it is there at
     *  once, and drawing the placeholder first would delay it by a whole draw and write). */
    private static final long PLACEHOLDER_AFTER_MS = 150;

    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final AtomicReference<Frame> latest = new AtomicReference<>();
    private final AtomicBoolean framePending = new AtomicBoolean();
    private volatile int signalExit;                // 128 + signal number once a signal asked us to end
    private volatile boolean finished;

    private final Diagnostics diag;

    private TuiApp(Diagnostics diag) { this.diag = diag; }

    /** Why the TUI cannot run here (no terminal), or null. */
    public static String terminalProblem() {
        return System.console() == null
                ? "standard input/output is not a terminal; use --batch for pipes and files" : null;
    }

    /** @param notice a first line for the status bar (e.g. a recording that was cut short), or "" */
    public static int run(Config c, HostInfo host, Feed feed, Tripwire tripwire, String notice) {
        return run(c, host, feed, tripwire, notice, Diagnostics.live());
    }

    /** @param diag history and events: a live one, or a recording's scanned at start */
    public static int run(Config c, HostInfo host, Feed feed, Tripwire tripwire, String notice, Diagnostics diag) {
        String problem = terminalProblem();
        if (problem != null) {
            feed.close();
            System.err.println("xfrmtop: " + problem);
            return 1;
        }
        return new TuiApp(diag).loop(c, host, feed, tripwire, notice);
    }

    /** Feed thread: history and events take in every frame; the UI keeps only the newest and is woken once. */
    private void publish(Frame f) {
        diag.observe(f);
        latest.set(f);
        if (!framePending.getAndSet(true)) events.offer(FRAME);
    }

    private int loop(Config c, HostInfo host, Feed feed, Tripwire tripwire, String notice) {
        PendingSession opening = PendingSession.start(c.color());  // meanwhile the screen is built, the first sample read
        NativeSupport.holdUntilFirstFrame();
        feed.start(this::publish, () -> events.offer(FEED_ENDED));
        TerminalSession session = null;
        Throwable failure = null;
        boolean feedDied = false;
        try {
            ViewState vs = new ViewState();
            vs.setAlerts(tripwire.alerts());
            vs.say(notice);
            vs.nicSelection(NicSelection.of(c.interfaces(), c.nicFilter()));
            KeyMap keys = feed.playback() != null ? KeyMap.replay() : KeyMap.defaults();
            Renderer renderer = new Renderer(Theme.of(c.color()), Glyphs.forCharset(Charset.defaultCharset()), diag);
            Controller controller = new Controller(vs, keys, renderer, feed);
            session = opening.get();
            Display display = session.display;
            TerminalSession restoreOnHalt = session;
            Signals.install(code -> onSignal(code, restoreOnHalt));
            session.onResize(size -> {
                display.resized(size);
                events.offer(RESIZE);
            });
            startKeyReader(session.terminal);
            boolean running = true, drawn = false;
            while (running) {
                Object e = drawn ? events.take() : events.poll(PLACEHOLDER_AFTER_MS, TimeUnit.MILLISECONDS);
                if (e == null) e = RESIZE;              // no frame yet: draw the placeholder
                boolean onlyFrames = true;              // nothing but new frames: a paused screen has nothing to redo
                do {
                    if (e != FRAME) onlyFrames = false;
                    if (signalExit != 0) running = false;
                    else if (e == FRAME) framePending.set(false);
                    else if (e == FEED_ENDED) running = !(feedDied = feed.failure() != null);   // not a live screen
                    else if (e instanceof KeyStroke k) {
                        running = controller.handle(Keys.name(k), k.getKeyType() == KeyType.Character ? k.getCharacter() : null,
                                latest.get(), display.height());
                    }
                } while (running && (e = events.poll()) != null);
                if (!running) break;
                if (onlyFrames && vs.paused()) continue;    // sampling goes on; the screen holds without a redraw
                display.resizeIfNeeded();
                Frame newest = latest.get();
                renderer.draw(display, newest, vs, context(host, feed, tripwire, vs.shown(newest), keys));
                session.refresh();
                drawn = true;
                if (newest != null) NativeSupport.firstFrameShown();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        } finally {
            feed.close();                               // a recording ends properly here, also after a signal
            if (session == null) session = opening.whenOpened();
            if (session != null) session.close();
            finished = true;
        }
        if (feed.failure() != null) System.err.println("xfrmtop: " + feed.failure());
        if (failure != null) System.err.println("xfrmtop: " + failure);
        if (failure != null || feedDied) return 1;
        return signalExit;
    }

    private static UiContext context(HostInfo host, Feed feed, Tripwire tripwire, Frame shown, KeyMap keys) {
        Playback p = feed.playback();
        return new UiContext(host, feed.intervalNanos() / 1e9, System.currentTimeMillis(), ZoneId.systemDefault(), keys,
                p == null ? null : p.status(shown), feed.recordingStatus(),
                shown == null ? null : tripwire.tripsUpTo(shown.sample().seq()));
    }

    /** A signal: wake the loop to quit; if it cannot (stuck writing to a dead terminal), restore and halt. */
    private void onSignal(int exitCode, TerminalSession session) {
        if (signalExit != 0) return;
        signalExit = exitCode;
        events.offer(RESIZE);
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(SIGNAL_GRACE_MS);
            } catch (InterruptedException ignored) {
                // halt below
            }
            if (!finished) {
                session.close();
                Runtime.getRuntime().halt(exitCode);
            }
        }, "xfrmtop-signal-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private void startKeyReader(Terminal terminal) {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    KeyStroke k = terminal.readInput();
                    events.put(k);
                    if (k.getKeyType() == KeyType.EOF) return;
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                events.offer(new KeyStroke(KeyType.EOF));
            }
        }, "xfrmtop-keys");
        t.setDaemon(true);
        t.start();
    }
}
