package xfrmtop.tui;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Frame;
import xfrmtop.source.SaScene;
import xfrmtop.sys.DumpBuilder;
import xfrmtop.sys.KeyForms;
import xfrmtop.view.KeyMap;
import xfrmtop.view.Pane;
import xfrmtop.view.ViewState;

@Tag("fast")
class SaKeyLeakScreenTest {
    static final String KEY = "5e11a9c0ffee0123456789abcdef0123456789abcdef0123456789abcdef0a1b";

    @Test
    void noScreenShowsAKeyByte() throws Exception {
        Frame f = SaScene.scene(KEY);
        byte[] key = DumpBuilder.hex(KEY);
        ViewState vs = new ViewState();
        KeyForms.assertAbsent("SA pane", Pictures.render(new Renderer(true), f, vs, 200, 20).text(), key);
        vs.focus(Pane.SA);
        new Controller(vs, KeyMap.defaults(), new Renderer(true), null).handle("p", 'p', f, 20);
        KeyForms.assertAbsent("policy view", Pictures.render(new Renderer(true), f, vs, 200, 20).text(), key);
        vs.toggleHelp();
        KeyForms.assertAbsent("help", Pictures.render(new Renderer(true), f, vs, 200, 60).text(), key);
        KeyForms.assertAbsent("frame", f.groups().toString() + f.sample(), key);
    }
}
