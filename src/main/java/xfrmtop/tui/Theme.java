package xfrmtop.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import xfrmtop.view.ColorRole;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/** Maps semantic colour roles to terminal colours; the monochrome theme keeps only bold and reverse. */
final class Theme {
    record Style(TextColor fg, TextColor bg, EnumSet<SGR> sgr) {}

    private static final TextColor D = TextColor.ANSI.DEFAULT;
    private final Map<ColorRole, Style> styles = new EnumMap<>(ColorRole.class);

    private Theme() {}

    static Theme of(boolean color) { return color ? colour() : mono(); }

    private static Theme colour() {
        Theme t = new Theme();
        t.set(ColorRole.TITLE, D, D, SGR.BOLD);
        t.set(ColorRole.HEADING, TextColor.ANSI.BLACK, TextColor.ANSI.GREEN);
        t.set(ColorRole.SORTED_HEADING, TextColor.ANSI.BLACK, TextColor.ANSI.CYAN, SGR.BOLD);
        t.set(ColorRole.NORMAL, D, D);
        t.set(ColorRole.DIM, TextColor.ANSI.BLACK_BRIGHT, D);
        t.set(ColorRole.CHANGED_1, TextColor.ANSI.BLACK, TextColor.ANSI.YELLOW);
        t.set(ColorRole.CHANGED_2, TextColor.ANSI.YELLOW_BRIGHT, D, SGR.BOLD);
        t.set(ColorRole.CHANGED_3, TextColor.ANSI.YELLOW, D);
        t.set(ColorRole.ALARM, TextColor.ANSI.RED_BRIGHT, D, SGR.BOLD);
        t.set(ColorRole.STALE, TextColor.ANSI.MAGENTA, D);
        t.set(ColorRole.NOTE, TextColor.ANSI.YELLOW, D, SGR.BOLD);
        t.set(ColorRole.STATUS_BAR, TextColor.ANSI.BLACK, TextColor.ANSI.CYAN);
        t.set(ColorRole.KEY, TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLACK, SGR.BOLD);
        t.set(ColorRole.ALERT, TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.RED, SGR.BOLD);
        return t;
    }

    private static Theme mono() {
        Theme t = new Theme();
        for (ColorRole r : ColorRole.values()) t.set(r, D, D);
        t.set(ColorRole.TITLE, D, D, SGR.BOLD);
        t.set(ColorRole.HEADING, D, D, SGR.REVERSE);
        t.set(ColorRole.SORTED_HEADING, D, D, SGR.REVERSE, SGR.BOLD, SGR.UNDERLINE);
        t.set(ColorRole.CHANGED_1, D, D, SGR.BOLD);
        t.set(ColorRole.ALARM, D, D, SGR.BOLD, SGR.UNDERLINE);
        t.set(ColorRole.NOTE, D, D, SGR.BOLD);
        t.set(ColorRole.STATUS_BAR, D, D, SGR.REVERSE);
        t.set(ColorRole.KEY, D, D, SGR.BOLD);
        t.set(ColorRole.ALERT, D, D, SGR.REVERSE, SGR.BOLD);
        return t;
    }

    private void set(ColorRole r, TextColor fg, TextColor bg, SGR... sgr) {
        EnumSet<SGR> s = EnumSet.noneOf(SGR.class);
        for (SGR x : sgr) s.add(x);
        styles.put(r, new Style(fg, bg, s));
    }

    Style style(ColorRole r) { return styles.get(r); }
}
