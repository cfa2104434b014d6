package xfrmtop.view;

/**
 * Number formatting for cells, without String.format on the per-tick path. Rates: two decimals below 10/s, one below
 * 100k/s, then k (to 1M), M (to 1G), G with one decimal. Counts: plain digits up to 12 digits, then k/M/G/T/P/E (unsigned 64-bit).
 */
public final class Format {
    private Format() {}

    /** Rate per second, or the status label where there is no rate. */
    public static String rate(double perSecond, String noRateLabel) {
        if (Double.isNaN(perSecond)) return noRateLabel;
        StringBuilder sb = new StringBuilder(10);
        appendRate(sb, perSecond);
        return sb.toString();
    }

    public static void appendRate(StringBuilder sb, double v) {
        if (v < 10) fixed(sb, v, 2);
        else if (v < 100_000) fixed(sb, v, 1);
        else if (v < 999_950) { fixed(sb, v / 1e3, 1); sb.append('k'); }
        else if (v < 999_950_000) { fixed(sb, v / 1e6, 1); sb.append('M'); }
        else { fixed(sb, v / 1e9, 1); sb.append('G'); }
    }

    /** Fixed-point with the given decimals (0..3), rounded half up. */
    public static void fixed(StringBuilder sb, double v, int decimals) {
        if (v < 0) { sb.append('-'); v = -v; }
        long scale = decimals == 0 ? 1 : decimals == 1 ? 10 : decimals == 2 ? 100 : 1000;
        long scaled = Math.round(v * scale);
        sb.append(scaled / scale);
        if (decimals > 0) {
            sb.append('.');
            String frac = Long.toString(scaled % scale);
            for (int i = frac.length(); i < decimals; i++) sb.append('0');
            sb.append(frac);
        }
    }

    private static final String[] UNITS = {"k", "M", "G", "T", "P", "E"};

    /** An unsigned 64-bit count that fits the given width: exact while it fits, else scaled with a unit. */
    public static String count(long v, int width) {
        String exact = Long.toUnsignedString(v);
        if (exact.length() <= width) return exact;
        double d = v >= 0 ? v : (v >>> 1) * 2.0;
        int u = -1;
        while (d >= 999.95 && u < UNITS.length - 1) { d /= 1000; u++; }
        StringBuilder sb = new StringBuilder();
        fixed(sb, d, 1);
        return sb.append(UNITS[u]).toString();
    }

    /** Seconds with up to three decimals, trailing zeros removed ("1", "0.2", "2.5"). */
    public static String seconds(double s) {
        StringBuilder sb = new StringBuilder();
        fixed(sb, s, 3);
        int end = sb.length();
        while (sb.charAt(end - 1) == '0') end--;
        if (sb.charAt(end - 1) == '.') end--;
        sb.setLength(end);
        return sb.toString();
    }

    /**
     * Pads or cuts text to exactly width characters (cut text ends in '~' so a cut is visible; TAIL text keeps its
     * end instead, without a mark).
     */
    public static void cell(StringBuilder sb, String text, int width, Align align) {
        int len = text.length();
        if (len > width) {
            if (width <= 0) return;
            if (align == Align.TAIL) sb.append(text, len - width, len);
            else sb.append(text, 0, width - 1).append('~');
            return;
        }
        if (align != Align.LEFT) for (int i = len; i < width; i++) sb.append(' ');
        sb.append(text);
        if (align == Align.LEFT) for (int i = len; i < width; i++) sb.append(' ');
    }
}
