package xfrmtop.tui;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Frame;
import xfrmtop.alert.Alerts;
import xfrmtop.alert.Tripwire;
import xfrmtop.feed.LiveFeed;
import xfrmtop.view.CounterColumns;
import xfrmtop.view.KeyMap;
import xfrmtop.view.Pane;
import xfrmtop.view.ViewState;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys change only view state (and the feed's interval), through the key table. */
@Tag("fast")
class ControllerTest {
    final ViewState vs = new ViewState();
    final Renderer renderer = new Renderer(true);
    final LiveFeed sampler = new LiveFeed(List.of(), 1_000_000_000L, 0, null, new Tripwire(Alerts.NONE));
    final Controller c = new Controller(vs, KeyMap.defaults(), renderer, sampler);

    boolean press(String key, Frame f) { return c.handle(key, key.length() == 1 ? key.charAt(0) : null, f, 40); }

    @Test
    void quitKeys() {
        assertFalse(press("q", null));
        assertFalse(press("F10", null));
        assertFalse(press("Ctrl-C", null));
        assertFalse(press("EOF", null));
        assertTrue(press("x", null), "unbound keys do nothing");
    }

    @Test
    void pauseFreezesTheFrameShown() throws Exception {
        Frame f = XfrmPanePictureTest.frame();
        press("Space", f);
        assertTrue(vs.paused());
        assertSame(f, vs.shown(null));
        press("Space", f);
        assertFalse(vs.paused());
    }

    @Test
    void sortKeysCycleAndReverse() {
        int rate = CounterColumns.xfrmPane(false).indexOf(CounterColumns.RATE);
        assertEquals(rate, vs.pane(Pane.XFRM_STAT).sortColumn());
        press("s", null);
        assertEquals(rate + 1, vs.pane(Pane.XFRM_STAT).sortColumn());
        press("<", null);
        press("<", null);
        assertEquals(rate - 1, vs.pane(Pane.XFRM_STAT).sortColumn());
        press(">", null);
        press("r", null);
        assertTrue(vs.pane(Pane.XFRM_STAT).reversed());
    }

    @Test
    void filterIsTypedLiveKeptWithEnterClearedWithEsc() {
        press("/", null);
        assertTrue(vs.editingFilter());
        for (String k : List.of("n", "o", "q")) press(k, null);   // q is text here, not quit
        press("Backspace", null);
        assertEquals("no", vs.pane(Pane.XFRM_STAT).filter());
        press("Enter", null);
        assertFalse(vs.editingFilter());
        assertEquals("no", vs.pane(Pane.XFRM_STAT).filter());
        press("Esc", null);
        assertEquals("", vs.pane(Pane.XFRM_STAT).filter());
    }

    @Test
    void helpOpensAndAnyKeyClosesIt() {
        press("h", null);
        assertTrue(vs.help());
        press("s", null);
        assertFalse(vs.help());
        assertEquals(CounterColumns.xfrmPane(false).indexOf(CounterColumns.RATE), vs.pane(Pane.XFRM_STAT).sortColumn(),
                "the key that closes help does nothing else");
    }

    @Test
    void intervalStepsThroughTheTable() {
        press("+", null);
        assertEquals(2_000_000_000L, sampler.intervalNanos());
        press("-", null);
        press("-", null);
        press("-", null);
        assertEquals(200_000_000L, sampler.intervalNanos());
        press("-", null);
        assertEquals(200_000_000L, sampler.intervalNanos(), "0.2 s is the floor");
    }

    @Test
    void baselineAndHideIdle() throws Exception {
        Frame f = XfrmPanePictureTest.frame();
        press("b", f);
        assertSame(f, vs.baseline());
        press("z", f);
        assertTrue(vs.hideIdle());
    }
}
