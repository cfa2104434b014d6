package xfrmtop.batch;

import xfrmtop.view.Format;

/** Minimal JSON output helpers (the output is a fixed schema; no library needed). */
public final class Json {
    private Json() {}

    public static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    /** A number with up to three decimals, or null for NaN. */
    public static void number(StringBuilder sb, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            sb.append("null");
            return;
        }
        sb.append(Format.seconds(v));
    }

    public static void unsigned(StringBuilder sb, long v) { sb.append(Long.toUnsignedString(v)); }

    /** The common counter fields: "total", "rate" (null when none), "delta" (since the start), "status". */
    public static void counter(StringBuilder sb, xfrmtop.rate.GroupRates g, int i) {
        field(sb, "total");
        unsigned(sb, g.total(i));
        sb.append(',');
        field(sb, "rate");
        number(sb, g.rate(i));
        sb.append(',');
        field(sb, "delta");
        unsigned(sb, g.moved(i));
        sb.append(',');
        field(sb, "status");
        string(sb, g.status(i).json());
    }

    public static void field(StringBuilder sb, String name) {
        string(sb, name);
        sb.append(':');
    }
}
