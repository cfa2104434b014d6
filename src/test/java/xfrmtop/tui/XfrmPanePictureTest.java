package xfrmtop.tui;

import com.googlecode.lanterna.TextColor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Sample;
import xfrmtop.source.XfrmStatParser;
import xfrmtop.view.CounterColumns;
import xfrmtop.view.KeyMap;
import xfrmtop.view.Pane;
import xfrmtop.view.ViewState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every screen state of the xfrm_stat pane, rendered and compared with a picture. */
@Tag("fast")
class XfrmPanePictureTest {
    static final long S = 1_000_000_000L;
    static final GroupKey K = GroupKey.xfrmStat("");

    /** Three ticks one second apart: all zeros, then the 6.18 fixture, then XfrmOutPolBlock +200 and XfrmInNoStates +5. */
    static Frame frame() throws IOException {
        XfrmStatParser p = new XfrmStatParser();
        byte[] zeros = Files.readAllBytes(Path.of("src/test/resources/fixtures/xfrm_stat/zeros-6.18.txt"));
        XfrmStatParser.Result r0 = p.parse(zeros, zeros.length);
        byte[] fx = Files.readAllBytes(Path.of("src/test/resources/fixtures/xfrm_stat/linux-6.18.txt"));
        XfrmStatParser.Result r1 = p.parse(fx, fx.length);
        long[] v2 = r1.values().clone();
        v2[r1.names().indexOf("XfrmOutPolBlock")] += 200;
        v2[r1.names().indexOf("XfrmInNoStates")] += 5;
        Frame f = Calculator.next(null, new Sample(0, 0, Pictures.NOW - 2000, List.of(Group.ok(K, 0, r0.names(), r0.values(), ""))));
        f = Calculator.next(f, new Sample(1, S, Pictures.NOW - 1000, List.of(Group.ok(K, S, r1.names(), r1.values(), ""))));
        return Calculator.next(f, new Sample(2, 2 * S, Pictures.NOW, List.of(Group.ok(K, 2 * S, r1.names(), v2, ""))));
    }

    static Pictures.Shot shot(ViewState vs, int w, int h) throws IOException {
        return Pictures.render(new Renderer(true), frame(), vs, w, h);
    }

    @Test
    void normal() throws IOException {
        Pictures.Shot s = shot(new ViewState(), 120, 40);
        Pictures.assertPicture("xfrm-normal", s.text());
        String[] lines = s.text().split("\n");
        assertTrue(lines[5].startsWith("XfrmOutPolBlock"), "the climbing counter is the top row:\n" + s.text());
        assertEquals(TextColor.ANSI.RED_BRIGHT, s.fgOfLine("XfrmOutPolBlock"), "a climbing drop counter alarms");
        assertEquals(TextColor.ANSI.BLACK_BRIGHT, s.fgOfLine("XfrmInError "), "zero rows are dimmed");
        assertNotEquals(TextColor.ANSI.BLACK_BRIGHT, s.fgOfLine("XfrmInBufferError"), "non-zero rows are not dimmed");
    }

    @Test
    void sortedByNameAscending() throws IOException {
        ViewState vs = new ViewState();
        vs.pane(Pane.XFRM_STAT).cycleSort(CounterColumns.xfrmPane(false), -1);   // RATE -> DIR
        vs.pane(Pane.XFRM_STAT).cycleSort(CounterColumns.xfrmPane(false), -1);   // DIR -> NAME
        String text = shot(vs, 120, 40).text();
        Pictures.assertPicture("xfrm-sorted-by-name", text);
        assertTrue(text.split("\n")[5].startsWith("XfrmAcquireError"), text);
    }

    @Test
    void paused() throws IOException {
        ViewState vs = new ViewState();
        Frame f = frame();
        vs.togglePause(f);
        Pictures.assertPicture("xfrm-paused", Pictures.render(new Renderer(true), f, vs, 100, 20).text());
    }

    @Test
    void help() throws IOException {
        ViewState vs = new ViewState();
        vs.toggleHelp();
        String text = shot(vs, 100, 40).text();
        Pictures.assertPicture("xfrm-help", text);
        KeyMap keys = KeyMap.defaults();
        for (var a : keys.actions()) assertTrue(text.contains(a.help()), "help lists " + a);
    }

    @Test
    void helpTallerThanTheScreenScrolls() throws IOException {
        ViewState vs = new ViewState();
        vs.toggleHelp();
        String top = shot(vs, 100, 16).text();
        assertTrue(top.contains("Up/Down/PgUp/PgDn scroll"), top);
        assertTrue(top.contains("quit") && !top.contains("a counter that is still 0"), top);
        vs.scrollHelp(1000);
        String bottom = shot(vs, 100, 16).text();
        Pictures.assertPicture("xfrm-help-scrolled-to-end", bottom);
        assertTrue(bottom.contains("a counter that is still 0") && !bottom.contains("quit"), bottom);
        vs.scrollHelp(-1);
        assertTrue(vs.helpScroll() > 0, "scrolling up from the clamped end moves at once");
    }

    @Test
    void filteredWhileTyping() throws IOException {
        ViewState vs = new ViewState();
        vs.startFilter();
        for (char c : "nostat".toCharArray()) vs.typeFilter(c);
        Pictures.assertPicture("xfrm-filtered", shot(vs, 100, 14).text());
    }

    @Test
    void tooSmall() throws IOException {
        Pictures.Shot s = shot(new ViewState(), 50, 6);
        Pictures.assertPicture("xfrm-too-small", s.text());
        assertTrue(s.text().contains("terminal too small (need 68x8)"), s.text());
    }

    @Test
    void narrowTerminalDropsTheMeaningColumn() throws IOException {
        Pictures.assertPicture("xfrm-narrow", shot(new ViewState(), 72, 12).text());
    }

    @Test
    void missingFileSaysWhy() throws IOException {
        Frame f = Calculator.next(null, new Sample(0, 0, Pictures.NOW, List.of(Group.failed(K, 0, Health.STALE,
                "/proc/net/xfrm_stat does not exist: this kernel lacks CONFIG_XFRM_STATISTICS (or XFRM)"))));
        String text = Pictures.render(new Renderer(false), f, new ViewState(), 120, 10).text();
        Pictures.assertPicture("xfrm-missing-file", text);
        assertTrue(text.contains("CONFIG_XFRM_STATISTICS"));
    }
}
