package xfrmtop.view;

import java.nio.charset.Charset;

/**
 * The characters sparklines and plots are drawn with: Unicode block elements where the terminal's charset can show
 * them, ASCII where it cannot (Lanterna writes in the locale's charset; LANG=C, common in CI and over SSH, is ASCII).
 * No data is a blank, a rate of 0 the lowest mark, any other rate at least the next one up.
 */
public enum Glyphs {
    UNICODE(' ', '\u2581', "\u2582\u2583\u2584\u2585\u2586\u2587\u2588", "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588",
            '\u2500', '\u2502', '\u2514', '\u2524'),
    ASCII(' ', '_', ".:-=+*#", "########", '-', '|', '+', '+');

    private final char none, zero;
    private final String levels;      // sparkline: rate above 0, lowest to highest
    private final String eighths;     // plot: the top cell of a bar, 1/8 to 8/8 filled
    public final char axis, rule, corner, tick;

    Glyphs(char none, char zero, String levels, String eighths, char axis, char rule, char corner, char tick) {
        this.none = none;
        this.zero = zero;
        this.levels = levels;
        this.eighths = eighths;
        this.axis = axis;
        this.rule = rule;
        this.corner = corner;
        this.tick = tick;
    }

    /** Unicode when the charset can encode every glyph, else ASCII. */
    public static Glyphs forCharset(Charset cs) {
        var enc = cs.newEncoder();
        for (Glyphs g : values()) {
            if (g == ASCII) break;
            String all = g.levels + g.eighths + g.zero + g.axis + g.rule + g.corner + g.tick;
            if (enc.canEncode(all)) return g;
        }
        return ASCII;
    }

    /** One character per value (oldest first), scaled to the highest value shown. */
    public void spark(StringBuilder sb, double[] v, int n) {
        double max = 0;
        for (int i = 0; i < n; i++) if (v[i] > max) max = v[i];
        int l = levels.length();
        for (int i = 0; i < n; i++) {
            double x = v[i];
            if (Double.isNaN(x)) sb.append(none);
            else if (x <= 0) sb.append(zero);
            else sb.append(levels.charAt(Math.max(0, Math.min(l - 1, (int) Math.ceil(x / max * l) - 1))));
        }
    }

    /**
     * A bar plot, one column per value, {@code height} rows, top row first; bars scaled to max (a value above 0 shows
     * at least its lowest mark). NaN and 0 draw nothing here: the axis under the plot tells them apart.
     */
    public String[] plot(double[] v, int n, int height, double max) {
        StringBuilder[] rows = new StringBuilder[height];
        for (int r = 0; r < height; r++) rows[r] = new StringBuilder(n);
        int cells = height * 8;
        for (int i = 0; i < n; i++) {
            double x = v[i];
            int e = Double.isNaN(x) || x <= 0 || max <= 0 ? 0 : Math.max(1, (int) Math.round(Math.min(1, x / max) * cells));
            if (this == ASCII && e > 0) e = Math.max(8, (e + 4) / 8 * 8);     // ASCII: whole cells only
            for (int r = 0; r < height; r++) {
                int below = (height - 1 - r) * 8;                               // eighths under this row
                int here = Math.max(0, Math.min(8, e - below));
                rows[r].append(here == 0 ? ' ' : eighths.charAt(here - 1));
            }
        }
        String[] out = new String[height];
        for (int r = 0; r < height; r++) out[r] = rows[r].toString();
        return out;
    }

    /** The mark under a plot column: the axis where there is data, a blank where there is none. */
    public char axisMark(double v) { return Double.isNaN(v) ? ' ' : axis; }
}
