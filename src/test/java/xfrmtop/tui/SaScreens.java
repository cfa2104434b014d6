package xfrmtop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import xfrmtop.rate.Frame;
import xfrmtop.source.HostInfo;
import xfrmtop.view.KeyMap;
import xfrmtop.view.ViewState;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Renders whole screens into Lanterna's virtual terminal (pane pictures). */
final class SaScreens {
    private SaScreens() {}

    static final class Rendered {
        final DefaultVirtualTerminal vt;
        final int w, h;

        Rendered(DefaultVirtualTerminal vt, int w, int h) {
            this.vt = vt;
            this.w = w;
            this.h = h;
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (int y = 0; y < h; y++) {
                int start = sb.length();
                for (int x = 0; x < w; x++) sb.append(vt.getCharacter(x, y).getCharacterString());
                int end = sb.length();
                while (end > start && sb.charAt(end - 1) == ' ') end--;
                sb.setLength(end);
                sb.append('\n');
            }
            return sb.toString();
        }

        TextCharacter at(int x, int y) { return vt.getCharacter(x, y); }

        int row(String containing) {
            String[] lines = text().split("\n", -1);
            for (int y = 0; y < lines.length; y++) if (lines[y].contains(containing)) return y;
            throw new AssertionError("no line with " + containing + " in\n" + text());
        }
    }

    static Rendered render(Frame f, ViewState vs, int w, int h, boolean color) throws IOException {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(w, h));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        UiContext ctx = new UiContext(new HostInfo("gw1", "6.1.0-test", "host"), 1.0,
                f.sample().wallMillis(), ZoneOffset.UTC, KeyMap.defaults());
        new Renderer(color).draw(screen.newTextGraphics(), f, vs, ctx);
        screen.refresh();
        return new Rendered(vt, w, h);
    }

    /** Compares with src/test/resources/pictures/NAME.txt; -Dpictures.update=true rewrites the file instead. */
    static void assertPicture(String name, String actual) throws IOException {
        Path p = Path.of(System.getProperty("xfrmtop.basedir", "."), "src/test/resources/pictures", name + ".txt");
        if (Boolean.getBoolean("pictures.update") || !Files.exists(p)) {
            Files.createDirectories(p.getParent());
            Files.writeString(p, actual, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("pictures.update")) throw new AssertionError("new picture written: " + p);
        }
        assertEquals(Files.readString(p, StandardCharsets.UTF_8), actual, "picture " + name);
    }
}
