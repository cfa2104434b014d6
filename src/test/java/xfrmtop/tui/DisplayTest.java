package xfrmtop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.view.ColorRole;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cell buffer never lets a character reach the terminal that could move its cursor or start a sequence. */
@Tag("fast")
class DisplayTest {

    /** An ANSI terminal writing into memory, 20x2. */
    private static final class Recorded extends ANSITerminal {
        final ByteArrayOutputStream bytes;

        Recorded(ByteArrayOutputStream bytes) {
            super(new ByteArrayInputStream(new byte[0]), bytes, StandardCharsets.UTF_8);
            this.bytes = bytes;
        }

        @Override protected TerminalSize findTerminalSize() { return new TerminalSize(20, 2); }
    }

    @Test
    void onlyCharactersOfOneColumnPass() {
        for (char c : " ~aZé\u00ff\u024f\u2500\u2581\u2588".toCharArray()) assertTrue(Display.oneColumn(c), "U+" + (int) c);
        // C0, DEL, C1 (U+009B is CSI), soft hyphen, combining acute, zero-width space, joiner, BOM, CJK, a surrogate
        for (char c : "\u0000\u001b\u007f\u0085\u009b\u00ad\u0301\u200b\u200d\ufeff\u4e2d\ud83d".toCharArray()) {
            assertFalse(Display.oneColumn(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void aHostileInterfaceNameIsDrawnAsQuestionMarks() throws Exception {
        Recorded t = new Recorded(new ByteArrayOutputStream());
        Display d = new Display(t, Theme.of(false), t.getTerminalSize());
        d.start();
        t.bytes.reset();
        String name = "e\u009b2J\u200bth\u4e2d0";                       // a CSI, a zero-width space, a wide character
        for (int i = 0; i < name.length(); i++) d.set(i, 0, name.charAt(i), ColorRole.NORMAL);
        d.refresh();
        String out = t.bytes.toString(StandardCharsets.UTF_8);
        assertFalse(out.contains("\u009b") || out.contains("\u200b") || out.contains("\u4e2d"), out);
        assertTrue(out.contains("e?2J?th?0"), out);
    }

    /** A pending size is taken once and a later one is taken next (the race itself is not provoked here). */
    @Test
    void eachPendingSizeIsTakenOnce() throws Exception {
        Recorded t = new Recorded(new ByteArrayOutputStream());
        Display d = new Display(t, Theme.of(false), t.getTerminalSize());
        d.resized(new TerminalSize(30, 5));
        assertTrue(d.resizeIfNeeded());
        assertEquals(30, d.width());
        assertFalse(d.resizeIfNeeded());
        d.resized(new TerminalSize(40, 6));
        assertTrue(d.resizeIfNeeded());
        assertEquals(6, d.height());
    }
}
