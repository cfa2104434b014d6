package xfrmtop.tui;

import xfrmtop.view.ColorRole;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of labelled text for the detail and funnel views: a label column, then text wrapped at word boundaries to the
 * screen width (continuation lines indented under the text). Drawn top down; what does not fit is cut, with a note.
 */
final class TextBlock {
    static final int LABEL = 11;

    private record Line(String label, String text, ColorRole role) {}

    private final List<Line> lines = new ArrayList<>();
    private final int width;

    TextBlock(int width) { this.width = Math.max(LABEL + 10, width); }

    /** A labelled paragraph ("" label continues the previous item's column), wrapped. */
    TextBlock add(String label, String text, ColorRole role) {
        int room = width - LABEL;
        String rest = text;
        boolean first = true;
        while (true) {
            String part = rest;
            if (part.length() > room) {
                int cut = part.lastIndexOf(' ', room);
                if (cut <= room / 3) cut = room;
                part = rest.substring(0, cut);
                rest = rest.substring(cut).stripLeading();
            } else {
                rest = "";
            }
            lines.add(new Line(first ? label : "", part, role));
            first = false;
            if (rest.isEmpty()) return this;
        }
    }

    TextBlock add(String label, String text) { return add(label, text, ColorRole.NORMAL); }

    int size() { return lines.size(); }

    /** Draws at most rows lines from top; returns the rows used. */
    int draw(Canvas c, int top, int rows) {
        int n = Math.min(rows, lines.size());
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            boolean cut = i == n - 1 && n < lines.size();
            StringBuilder sb = new StringBuilder(LABEL);
            sb.append(' ').append(l.label());
            while (sb.length() < LABEL) sb.append(' ');
            int x = c.put(0, top + i, sb, ColorRole.HEADING);
            x = c.put(x, top + i, cut ? "(" + (lines.size() - n + 1) + " more lines on a taller screen)" : l.text(),
                    cut ? ColorRole.DIM : l.role());
            c.fill(x, top + i, ColorRole.NORMAL);
        }
        return n;
    }
}
