package xfrmtop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import xfrmtop.alert.Alerts;
import xfrmtop.alert.Tripwire;
import xfrmtop.feed.LiveFeed;
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

/**
 * A run that loads the classes of a normal TUI session without a terminal: the launcher records it into a
 * class-data-sharing archive once after each build, so later starts map those classes instead of loading them.
 */
public final class Training {
    private Training() {}

    public static void run(HostInfo host, List<Source> sources) throws IOException {
        Sampler sampler = new Sampler(sources, 1_000_000_000L, 0, s -> {}, null);
        Frame f = null;
        for (int i = 0; i < 3; i++) {
            Sample s = sampler.sampleOnce();
            f = Calculator.next(f, s);
        }
        sampler.close();
        LiveFeed feed = new LiveFeed(List.of(), 1_000_000_000L, 0, null, new Tripwire(Alerts.NONE));
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(120, 40));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        KeyMap keys = KeyMap.defaults();
        ViewState vs = new ViewState();
        for (boolean color : new boolean[] {true, false}) {
            Renderer r = new Renderer(color);
            Controller c = new Controller(vs, keys, r, feed);
            UiContext ctx = new UiContext(host, 1, System.currentTimeMillis(), ZoneId.systemDefault(), keys);
            for (String key : new String[] {"s", "r", "h", "Esc", "Down", "z", "t", "Enter", "Esc", "f", "e", "Esc", "t"}) {
                c.handle(key, key.length() == 1 ? key.charAt(0) : null, f, 40);
                r.draw(screen, f, vs, ctx);
                screen.refresh(Screen.RefreshType.DELTA);
            }
        }
        screen.stopScreen();
        try {
            Class.forName(QuickTtyTerminal.class.getName());
            Class.forName(TuiApp.class.getName());
            Class.forName(Keys.class.getName());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
