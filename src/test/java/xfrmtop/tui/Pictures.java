package xfrmtop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import xfrmtop.rate.Frame;
import xfrmtop.source.HostInfo;
import xfrmtop.view.KeyMap;
import xfrmtop.view.ViewState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Renders screens into Lanterna's DefaultVirtualTerminal and compares them with ASCII pictures under
 * src/test/resources/pictures (as Lanterna's own tests do). -Dpictures.update=true rewrites the pictures.
 */
public final class Pictures {
    static final Path DIR = Path.of("src/test/resources/pictures");
    public static final HostInfo HOST = new HostInfo("gw1", "6.18.0-test", "host");
    public static final long NOW = Instant.parse("2026-11-23T12:00:05Z").toEpochMilli();

    private Pictures() {}

    /** A rendered screen: its text and the virtual terminal for colour checks. */
    public record Shot(String text, DefaultVirtualTerminal vt) {
        /** Foreground colour at the first cell of the first line that contains the given text. */
        public TextColor fgOfLine(String contains) {
            String[] lines = text.split("\n", -1);
            for (int y = 0; y < lines.length; y++) {
                int x = lines[y].indexOf(contains);
                if (x >= 0) return vt.getCharacter(x, y).getForegroundColor();
            }
            throw new AssertionError("no line contains " + contains + "\n" + text);
        }

        /** Background colour at the first cell of the first line that contains the given text. */
        public TextColor bgOfLine(String contains) { return at(contains).getBackgroundColor(); }

        /** Text attributes at the first cell of the first line that contains the given text. */
        public java.util.Set<com.googlecode.lanterna.SGR> sgrOfLine(String contains) { return at(contains).getModifiers(); }

        private TextCharacter at(String contains) {
            String[] lines = text.split("\n", -1);
            for (int y = 0; y < lines.length; y++) {
                int x = lines[y].indexOf(contains);
                if (x >= 0) return vt.getCharacter(x, y);
            }
            throw new AssertionError("no line contains " + contains + "\n" + text);
        }
    }

    static UiContext context(double intervalS) {
        return new UiContext(HOST, intervalS, NOW, ZoneOffset.UTC, KeyMap.defaults());
    }

    static Shot render(Renderer r, Frame f, ViewState vs, int w, int h) {
        return render(r, f, vs, w, h, context(1));
    }

    static Shot render(Renderer r, Frame f, ViewState vs, int w, int h, UiContext ctx) {
        try {
            DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(w, h));
            Display screen = new Display(vt, r.theme(), vt.getTerminalSize());
            screen.start();
            r.draw(screen, f, vs, ctx);
            screen.refresh();
            StringBuilder sb = new StringBuilder();
            for (int y = 0; y < h; y++) {
                StringBuilder line = new StringBuilder();
                for (int x = 0; x < w; x++) {
                    TextCharacter c = vt.getCharacter(x, y);
                    line.append(c == null ? " " : c.getCharacterString());
                }
                int end = line.length();
                while (end > 0 && line.charAt(end - 1) == ' ') end--;
                sb.append(line, 0, end).append('\n');
            }
            return new Shot(sb.toString(), vt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares with pictures/NAME.txt (or writes it with -Dpictures.update=true). */
    public static void assertPicture(String name, String actual) {
        Path p = DIR.resolve(name + ".txt");
        try {
            if (Boolean.getBoolean("pictures.update")) {
                Files.createDirectories(DIR);
                Files.writeString(p, actual);
                return;
            }
            if (!Files.exists(p)) {
                Files.writeString(p, actual);
                fail("new picture " + p + " written: review it and commit it\n" + actual);
            }
            assertEquals(Files.readString(p), actual, "screen differs from " + p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
