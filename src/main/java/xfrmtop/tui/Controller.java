package xfrmtop.tui;

import xfrmtop.feed.Feed;
import xfrmtop.feed.Playback;
import xfrmtop.rate.Frame;
import xfrmtop.view.Action;
import xfrmtop.view.DetailTarget;
import xfrmtop.view.Format;
import xfrmtop.view.KeyMap;
import xfrmtop.view.Overlay;
import xfrmtop.view.Pane;
import xfrmtop.view.PaneState;
import xfrmtop.view.Summary;
import xfrmtop.view.ViewState;

import java.util.List;

/**
 * Turns key presses into view-state changes. Apart from quitting, the only things that reach past the view are the
 * interval, which the feed owns, and a replay's controls.
 */
final class Controller {
    /** The steps + and - move through, in seconds. */
    static final double[] INTERVALS = {0.2, 0.5, 1, 2, 3, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600};

    /** Replay controls jump by this much recorded time. */
    static final long JUMP_NANOS = 60_000_000_000L;

    private final ViewState vs;
    private final KeyMap keys;
    private final Renderer renderer;
    private final Feed feed;

    Controller(ViewState vs, KeyMap keys, Renderer renderer, Feed feed) {
        this.vs = vs;
        this.keys = keys;
        this.renderer = renderer;
        this.feed = feed;
    }

    /** @return false when the user asked to quit */
    boolean handle(String key, Character typed, Frame newest, int screenHeight) {
        if ("EOF".equals(key)) return false;
        vs.say("");
        if (vs.editingFilter()) {
            switch (key) {
                case "Enter" -> vs.endFilter(true);
                case "Esc" -> vs.endFilter(false);
                case "Backspace" -> vs.backspaceFilter();
                default -> {
                    if (typed != null && typed >= ' ' && typed != 127 && !key.startsWith("Ctrl-")) vs.typeFilter(typed);
                    else if ("Ctrl-C".equals(key)) return false;
                }
            }
            return true;
        }
        Action a = keys.action(key);
        if (vs.help()) {                       // movement keys scroll the help, quit quits, any other key closes it
            if (a == Action.QUIT) return false;
            int page = Renderer.page(screenHeight);
            switch (a == null ? Action.CLEAR : a) {
                case UP -> vs.scrollHelp(-1);
                case DOWN -> vs.scrollHelp(1);
                case PAGE_UP -> vs.scrollHelp(-page);
                case PAGE_DOWN -> vs.scrollHelp(page);
                case TOP -> vs.scrollHelp(Integer.MIN_VALUE / 2);
                case BOTTOM -> vs.scrollHelp(Integer.MAX_VALUE / 2);
                default -> vs.closeHelp();
            }
            return true;
        }
        if (a == null) return true;
        PaneState ps = vs.pane(vs.focus());
        PaneView pane = renderer.pane(vs.focus());
        int page = Renderer.page(screenHeight);
        if (vs.overlay() != null && overlayKey(a, ps, pane, page)) return true;
        switch (a) {
            case QUIT -> { return false; }
            case HELP -> vs.toggleHelp();
            case PAUSE -> vs.togglePause(newest);
            case BASELINE -> {
                vs.setBaseline(vs.shown(newest));
                vs.say("baseline set: DELTA counts from now");
            }
            case SORT_NEXT -> pane.cycleSort(ps, 1);
            case SORT_PREV -> pane.cycleSort(ps, -1);
            case SORT_REVERSE -> ps.reverse();
            case INTERVAL_UP -> stepInterval(1);
            case INTERVAL_DOWN -> stepInterval(-1);
            case FILTER -> vs.startFilter();
            case CLEAR -> ps.setFilter("");
            case HIDE_IDLE -> vs.toggleHideIdle();
            case UP -> pane.move(ps, -1);
            case DOWN -> pane.move(ps, 1);
            case PAGE_UP -> pane.move(ps, -page);
            case PAGE_DOWN -> pane.move(ps, page);
            case TOP -> pane.move(ps, Integer.MIN_VALUE / 2);
            case BOTTOM -> pane.move(ps, Integer.MAX_VALUE / 2);
            case NEXT_PANE -> focusNext();
            case POLICIES -> {
                vs.togglePolicies();
                if (vs.focus() == Pane.SA) vs.focus(Pane.POLICY);
                else if (vs.focus() == Pane.POLICY) vs.focus(Pane.SA);
            }
            case NETNS_FOCUS -> {
                List<String> present = Summary.namespaces(vs.shown(newest));
                vs.cycleNetns(present);
                vs.say(present.size() < 2 ? "only one network namespace is watched"
                        : vs.netnsFocus() == null ? "all network namespaces"
                        : "network namespace " + Summary.netnsLabel(vs.netnsFocus()) + " only");
            }
            case ALL_COUNTERS -> {
                vs.nicSelection().toggleAll();
                vs.say(vs.nicSelection().all() ? "NIC pane: all counters" : "NIC pane: IPsec counters only");
            }
            case DETAIL -> {
                DetailTarget t = pane.target(ps);
                if (t == null) vs.say("no row to show");
                else vs.toggleOverlay(Overlay.DETAIL, t);
            }
            case FUNNEL -> vs.toggleOverlay(Overlay.FUNNEL, null);
            case EVENTS -> vs.toggleOverlay(Overlay.EVENTS, null);
            case SPARKLINES -> {
                vs.toggleSparklines();
                vs.say(vs.sparklines() ? "HISTORY column on: each row's last 60 samples" : "HISTORY column off");
            }
            case FOCUS_PANE -> {
                Pane p = Pane.byKey(key);
                if (p != null && renderer.visiblePanes().contains(renderer.pane(p))) vs.focus(p);
            }
            case PLAY_PAUSE, STEP_FORWARD, STEP_BACK, JUMP_FORWARD, JUMP_BACK, TO_START, TO_END, SPEED_UP, SPEED_DOWN ->
                    replay(a);
        }
        return true;
    }

    /**
     * Keys that mean something else while a view replaces the panes: Esc closes it; in the detail view the movement
     * keys walk through the pane's rows (the view follows); in the event log they scroll.
     * @return whether the key was taken
     */
    private boolean overlayKey(Action a, PaneState ps, PaneView pane, int page) {
        int by = switch (a) {
            case UP -> -1;
            case DOWN -> 1;
            case PAGE_UP -> -page;
            case PAGE_DOWN -> page;
            case TOP -> Integer.MIN_VALUE / 2;
            case BOTTOM -> Integer.MAX_VALUE / 2;
            default -> 0;
        };
        if (a == Action.CLEAR) {
            vs.closeOverlay();
            return true;
        }
        if (by == 0) return false;
        if (vs.overlay() == Overlay.EVENTS) {
            vs.scrollOverlay(by);
        } else if (vs.overlay() == Overlay.DETAIL) {
            pane.move(ps, by);
            DetailTarget t = pane.target(ps);
            if (t != null) vs.retarget(t);
        }
        return true;
    }

    private void replay(Action a) {
        Playback p = feed.playback();
        if (p == null) return;
        switch (a) {
            case PLAY_PAUSE -> p.togglePause();
            case STEP_FORWARD -> p.step(1);
            case STEP_BACK -> p.step(-1);
            case JUMP_FORWARD -> p.jump(JUMP_NANOS);
            case JUMP_BACK -> p.jump(-JUMP_NANOS);
            case TO_START -> p.toEdge(false);
            case TO_END -> p.toEdge(true);
            case SPEED_UP, SPEED_DOWN -> {
                p.changeSpeed(a == Action.SPEED_UP ? 1 : -1);
                vs.say("replay speed " + p.status().speedLabel());
            }
            default -> { }
        }
    }

    private void focusNext() {
        List<PaneView> vis = renderer.visiblePanes();
        if (vis.isEmpty()) return;
        int at = vis.indexOf(renderer.pane(vs.focus()));
        vs.focus(vis.get((at + 1) % vis.size()).id());
    }

    private void stepInterval(int dir) {
        double now = feed.intervalNanos() / 1e9;
        double next = now;
        if (dir > 0) {
            for (double s : INTERVALS) if (s > now + 1e-9) { next = s; break; }
        } else {
            for (int i = INTERVALS.length - 1; i >= 0; i--) if (INTERVALS[i] < now - 1e-9) { next = INTERVALS[i]; break; }
        }
        feed.setIntervalNanos(Math.round(next * 1e9));
        vs.say("interval " + Format.seconds(next) + " s");
    }
}
