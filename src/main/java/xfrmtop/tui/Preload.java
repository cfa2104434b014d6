package xfrmtop.tui;

import xfrmtop.knowledge.Knowledge;
import xfrmtop.view.Pane;

import java.time.ZoneId;

/**
 * The one-time set-up the first frame needs, started before the command line is parsed, on two threads of their own
 * (two cores: done one after the other on the main thread it cost ~40 ms): the terminal's settings (stty -g, which
 * changes nothing; see {@link QuickTtyTerminal#readSettingsEarly}), the pane and column registries (~170 lambdas
 * linked, ~18 ms) and the xfrm_stat knowledge table on one; the theme (Lanterna's colour table, whose String.format
 * loads locale data, ~14 ms), the time-zone database and the clock on the other. The main thread needs the panes
 * first and the theme soon after; with both on one thread it waited for them one after the other (~20 ms). First
 * frame medians, one thread against two, alternating: 183.5 / 170 and 182 / 170.5 ms (12 runs each), then 211 /
 * 216 (6 runs, on a slower VM): a gain of ~12 ms where the noise is ±30. Otherwise only class
 * initialisers and caches the JDK keeps: nothing is shown, and whatever the main thread reaches first it does
 * itself (each runs once).
 */
public final class Preload {
    private Preload() {}

    public static void start() {
        thread("xfrmtop-preload", () -> {
            QuickTtyTerminal.readSettingsEarly();
            Pane.values();
            Knowledge.xfrmStat();
        });
        thread("xfrmtop-preload-theme", () -> {
            Theme.of(true);
            HeaderView.clock(0, ZoneId.systemDefault());
        });
    }

    private static void thread(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }
}
