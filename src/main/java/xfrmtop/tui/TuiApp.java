package xfrmtop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import xfrmtop.config.Config;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.Sample;
import xfrmtop.sample.Sampler;
import xfrmtop.sample.Source;
import xfrmtop.source.HostInfo;
import xfrmtop.view.KeyMap;
import xfrmtop.view.ViewState;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The full-screen UI. Three threads: the sampler (reads and calculates, hands over the newest frame), the key
 * reader (blocks on the terminal) and this UI thread, which sleeps until one of them or a resize wakes it, then
 * draws. Nothing on the UI thread reads the kernel.
 */
public final class TuiApp {
    private static final Object FRAME = new Object(), RESIZE = new Object();
    /** How long the UI loop gets to restore the terminal after a signal before the process halts anyway. */
    private static final long SIGNAL_GRACE_MS = 2000;

    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final AtomicReference<Frame> latest = new AtomicReference<>();
    private final AtomicBoolean framePending = new AtomicBoolean();
    private Frame calcPrev;                         // sampler thread only
    private volatile int signalExit;                // 128 + signal number once a signal asked us to end
    private volatile boolean finished;

    private TuiApp() {}

    public static int run(Config c, HostInfo host, List<Source> sources) {
        if (System.console() == null) {
            System.err.println("xfrmtop: standard input/output is not a terminal; use --batch for pipes and files");
            return 1;
        }
        return new TuiApp().loop(c, host, sources);
    }

    private void onSample(Sample s) {
        Frame f = Calculator.next(calcPrev, s);
        calcPrev = f;
        latest.set(f);
        if (!framePending.getAndSet(true)) events.offer(FRAME);
    }

    private int loop(Config c, HostInfo host, List<Source> sources) {
        Sampler sampler = new Sampler(sources, c.intervalNanos(), 0, this::onSample, null);
        ViewState vs = new ViewState();
        KeyMap keys = KeyMap.defaults();
        Renderer renderer = new Renderer(c.color());
        Controller controller = new Controller(vs, keys, renderer, sampler);
        TerminalSession session = null;
        Throwable failure = null;
        try {
            session = TerminalSession.open();
            Screen screen = session.screen;
            TerminalSession restoreOnHalt = session;
            Signals.install(code -> onSignal(code, restoreOnHalt));
            session.terminal.addResizeListener((t, size) -> events.offer(RESIZE));
            sampler.start();
            startKeyReader(screen);
            boolean running = true;
            while (running) {
                Object e = events.take();
                do {
                    if (signalExit != 0) running = false;
                    else if (e == FRAME) framePending.set(false);
                    else if (e instanceof KeyStroke k) {
                        running = controller.handle(Keys.name(k), k.getKeyType() == KeyType.Character ? k.getCharacter() : null,
                                latest.get(), screen.getTerminalSize().getRows());
                    }
                } while (running && (e = events.poll()) != null);
                if (!running) break;
                screen.doResizeIfNecessary();
                UiContext ctx = new UiContext(host, sampler.intervalNanos() / 1e9, System.currentTimeMillis(),
                        ZoneId.systemDefault(), keys);
                renderer.draw(screen, latest.get(), vs, ctx);
                screen.refresh(Screen.RefreshType.DELTA);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        } finally {
            sampler.close();
            if (session != null) session.close();
            finished = true;
        }
        if (failure != null) {
            System.err.println("xfrmtop: " + failure);
            return 1;
        }
        return signalExit;
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

    private void startKeyReader(Screen screen) {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    KeyStroke k = screen.readInput();
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
