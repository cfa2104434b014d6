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

    public static void field(StringBuilder sb, String name) {
        string(sb, name);
        sb.append(':');
    }
}
