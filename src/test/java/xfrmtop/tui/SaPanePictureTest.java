package xfrmtop.tui;

import com.googlecode.lanterna.TextColor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Frame;
import xfrmtop.sample.Health;
import xfrmtop.source.SaFrames;
import xfrmtop.source.SaScene;
import xfrmtop.source.XfrmSource;
import xfrmtop.view.KeyMap;
import xfrmtop.view.Pane;
import xfrmtop.view.ViewState;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("fast")
class SaPanePictureTest {
    static final String KEY = "0102030405060708091011121314151617181920212223242526272829303132";

    @Test
    void saPaneWide() throws Exception {
        Pictures.assertPicture("sa-pane-wide", Pictures.render(new Renderer(false), SaScene.scene(KEY), new ViewState(), 170, 16).text());
    }

    @Test
    void saPaneOn120ColumnsDropsTheDescriptiveColumns() throws Exception {
        Pictures.Shot r = Pictures.render(new Renderer(false), SaScene.scene(KEY), new ViewState(), 120, 16);
        Pictures.assertPicture("sa-pane-120", r.text());
        assertTrue(r.text().contains("INTEGRITY"));
    }

    @Test
    void policyViewWithKeyP() throws Exception {
        ViewState vs = new ViewState();
        Frame f = SaScene.scene(KEY);
        Controller c = new Controller(vs, KeyMap.defaults(), new Renderer(false), null);
        vs.focus(Pane.SA);
        c.handle("p", 'p', f, 16);
        assertEquals(Pane.POLICY, vs.focus());
        Pictures.assertPicture("policy-view", Pictures.render(new Renderer(false), f, vs, 140, 14).text());
        c.handle("p", 'p', f, 16);
        assertEquals(Pane.SA, vs.focus());
    }

    @Test
    void withoutCapNetAdminThePaneSaysSo() throws Exception {
        Frame f = new SaFrames().failed(Health.UNSUPPORTED, XfrmSource.NEED_ROOT, false);
        String text = Pictures.render(new Renderer(false), f, new ViewState(), 100, 10).text();
        Pictures.assertPicture("sa-pane-no-root", text);
        assertTrue(text.contains("per-SA counters need root (CAP_NET_ADMIN)"));
    }

    @Test
    void climbingIntegrityGetsTheAlarmColourAndIdleSasAreDim() throws Exception {
        Pictures.Shot r = Pictures.render(new Renderer(true), SaScene.scene(KEY), new ViewState(), 170, 16);
        assertEquals(TextColor.ANSI.RED_BRIGHT, r.fgOfLine("0x00000200"));
        assertEquals(TextColor.ANSI.BLACK_BRIGHT, r.fgOfLine("0xc0ffee01"));
        assertFalse(TextColor.ANSI.RED_BRIGHT.equals(r.fgOfLine("0x00000100")));
    }

    @Test
    void filterAndSortApplyToSaRows() throws Exception {
        ViewState vs = new ViewState();
        vs.focus(Pane.SA);
        vs.startFilter();
        for (char ch : "2001:".toCharArray()) vs.typeFilter(ch);
        vs.endFilter(true);
        String text = Pictures.render(new Renderer(false), SaScene.scene(KEY), vs, 170, 16).text();
        assertTrue(text.contains("0xc0ffee01"));
        assertFalse(text.contains("0x00000100"));
    }
}
