package xfrmtop.tui;

import com.googlecode.lanterna.TextColor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.alert.AlertParser;
import xfrmtop.alert.Alerts;
import xfrmtop.alert.Tripwire;
import xfrmtop.feed.Playback;
import xfrmtop.rate.Frame;
import xfrmtop.view.Action;
import xfrmtop.view.KeyMap;
import xfrmtop.view.ViewState;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The header and status bar of a replay, a tripped alert on the header and the row, and the REC indicator. */
@Tag("fast")
class ReplayPictureTest {
    static UiContext replay(Playback.Status st, List<Tripwire.Trip> trips) {
        return new UiContext(Pictures.HOST, 1, Pictures.NOW, ZoneOffset.UTC, KeyMap.replay(), st, null, trips);
    }

    static Pictures.Shot shot(ViewState vs, UiContext ctx, int w, int h) throws IOException {
        return Pictures.render(new Renderer(true), XfrmPanePictureTest.frame(), vs, w, h, ctx);
    }

    @Test
    void playing() throws IOException {
        String text = shot(new ViewState(), replay(new Playback.Status(2, 6, false, 0, ""), null), 120, 14).text();
        Pictures.assertPicture("replay-playing", text);
        assertTrue(text.startsWith("xfrmtop  REPLAY  gw1  kernel 6.18.0-test  netns host  every 1s  2026-11-23 12:00:05  3/6  1x\n"),
                text);
        assertTrue(text.contains("Space Play  ,. Step  [] Minute  {} Start/End  +- Speed"), text);
    }

    @Test
    void pausedAtTheEndAtMaxSpeed() throws IOException {
        String text = shot(new ViewState(), replay(new Playback.Status(5, 6, true, 3, ""), null), 120, 8).text();
        Pictures.assertPicture("replay-end", text);
        assertTrue(text.contains("6/6  max  END"), text);
    }

    @Test
    void aTrippedAlertIsInTheHeaderAndOnTheRow() throws IOException {
        Alerts alerts = new Alerts(List.of(AlertParser.parse("rate(XfrmOutPolBlock)>=100")));
        Tripwire w = new Tripwire(alerts);
        Frame f = XfrmPanePictureTest.frame();
        w.observe(f);
        ViewState vs = new ViewState();
        vs.setAlerts(alerts);
        Pictures.Shot s = Pictures.render(new Renderer(true), f, vs, 120, 12,
                replay(new Playback.Status(2, 6, true, 1, ""), w.trips()));
        Pictures.assertPicture("replay-alert", s.text());
        assertTrue(s.text().contains("ALERT rate(XfrmOutPolBlock)>=100 at 12:00:05"), s.text());
        assertTrue(s.text().contains("1 alerting"), s.text());
        assertEquals(TextColor.ANSI.RED, s.bgOfLine("XfrmOutPolBlock"), "the alerting row");
        assertEquals(TextColor.ANSI.DEFAULT, s.bgOfLine("XfrmInNoStates"), "a climbing drop that meets no alert");
        Pictures.Shot mono = Pictures.render(new Renderer(false), f, vs, 120, 12,
                replay(new Playback.Status(2, 6, true, 1, ""), w.trips()));
        assertTrue(mono.sgrOfLine("XfrmOutPolBlock").contains(com.googlecode.lanterna.SGR.REVERSE), "--no-color: reverse");
    }

    @Test
    void anSaAlertMarksTheSaRow() throws Exception {
        ViewState vs = new ViewState();
        vs.setAlerts(new Alerts(List.of(AlertParser.parse("sa:integrity_failed>0"))));
        Pictures.Shot s = Pictures.render(new Renderer(true), xfrmtop.source.SaScene.scene(SaPanePictureTest.KEY), vs,
                170, 16);
        assertEquals(TextColor.ANSI.RED, s.bgOfLine("0x00000200"), "the SA failing integrity");
        assertEquals(TextColor.ANSI.DEFAULT, s.bgOfLine("0x00000100"), "a healthy SA");
    }

    @Test
    void helpListsTheReplayKeys() throws IOException {
        ViewState vs = new ViewState();
        vs.toggleHelp();
        String text = shot(vs, replay(new Playback.Status(0, 6, false, 0, ""), null), 100, 50).text();
        Pictures.assertPicture("replay-help", text);
        KeyMap keys = KeyMap.replay();
        for (Action a : keys.actions()) assertTrue(text.contains(a.help()), "help lists " + a);
        assertTrue(text.contains(". Right"), text);
        assertEquals(List.of(), keys.keys(Action.PAUSE), "Space plays and pauses the replay instead");
        assertEquals(List.of(), KeyMap.defaults().keys(Action.STEP_BACK), "live: no replay keys");
    }

    @Test
    void recordingLive() throws IOException {
        UiContext ctx = new UiContext(Pictures.HOST, 1, Pictures.NOW, ZoneOffset.UTC, KeyMap.defaults(), null,
                "REC gw1.xtr 12 KiB", null);
        String text = shot(new ViewState(), ctx, 120, 8).text();
        Pictures.assertPicture("live-recording", text);
        assertTrue(text.startsWith("xfrmtop  gw1  kernel 6.18.0-test  netns host  every 1s  12:00:05  REC gw1.xtr 12 KiB\n"), text);
    }
}
