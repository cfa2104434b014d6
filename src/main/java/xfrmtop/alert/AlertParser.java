package xfrmtop.alert;

import xfrmtop.sample.Kind;

import java.util.Locale;

/**
 * Parses an --alert expression. Grammar (spaces allowed between the parts):
 * <pre>
 *   alert   = [ measure "(" counter ")" | counter ] op number
 *   measure = "value" | "rate" | "delta"                 (no measure: value)
 *   counter = [ kind [ "[" instance "]" ] ":" ] name [ "@" netns ]
 *   kind    = "xfrm_stat" | "xfrm" | "nic" | "sa" | ...  (the pane kinds; no kind: every kind)
 *   op      = ">" | ">=" | "<" | "<=" | "==" | "!="
 *   number  = digits [ "." digits ]
 * </pre>
 * "@-" names the namespace xfrmtop was started in. Errors say what was expected where.
 */
public final class AlertParser {
    private static final String NAME_STOP = "()<>=!@[]: \t";

    private final String text;
    private int pos;

    private AlertParser(String text) { this.text = text; }

    /** @throws IllegalArgumentException with a message fit for the user */
    public static Alert parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty alert expression");
        return new AlertParser(text).expr();
    }

    private Alert expr() {
        skipSpace();
        int start = pos;
        String first = word();
        Alert.Measure measure = Alert.Measure.VALUE;
        boolean wrapped = false;
        skipSpace();
        if (peek() == '(') {
            measure = switch (first.toLowerCase(Locale.ROOT)) {
                case "value" -> Alert.Measure.VALUE;
                case "rate" -> Alert.Measure.RATE;
                case "delta" -> Alert.Measure.DELTA;
                default -> throw error("unknown measure '" + first + "' (value, rate or delta)");
            };
            pos++;
            skipSpace();
            wrapped = true;
        } else {
            pos = start;                   // no measure: the word was the counter
        }
        Kind kind = null;
        String instance = null;
        String name = word();
        if (peek() == '[' || peek() == ':') {
            kind = kind(name);
            if (peek() == '[') {
                int close = text.indexOf(']', pos);
                if (close < 0) throw error("missing ']' after the instance");
                instance = text.substring(pos + 1, close);
                if (instance.isEmpty()) throw error("empty instance in []");
                pos = close + 1;
            }
            if (peek() != ':') throw error("expected ':' and a counter name after the kind");
            pos++;
            name = word();
        }
        if (name.isEmpty()) throw error("expected a counter name");
        String netns = null;
        if (peek() == '@') {
            pos++;
            netns = word();
            if (netns.isEmpty()) throw error("expected a namespace name after '@' (\"-\" for the one xfrmtop started in)");
            if (netns.equals("-")) netns = "";
        }
        skipSpace();
        if (wrapped) {
            if (peek() != ')') throw error("expected ')' after the counter");
            pos++;
            skipSpace();
        }
        Alert.Op op = op();
        skipSpace();
        double threshold = number();
        skipSpace();
        if (pos < text.length()) throw error("unexpected '" + text.substring(pos) + "' after the number");
        return new Alert(text.trim(), measure, kind, instance, name, netns, op, threshold);
    }

    private static Kind kind(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("xfrm")) return Kind.XFRM_STAT;
        StringBuilder known = new StringBuilder("xfrm");
        for (Kind k : Kind.values()) {
            String n = k.name().toLowerCase(Locale.ROOT);
            if (n.equals(w)) return k;
            known.append(", ").append(n);
        }
        throw new IllegalArgumentException("unknown kind '" + word + "' (" + known + ")");
    }

    private Alert.Op op() {
        int start = pos;
        while (pos < text.length() && "<>=!".indexOf(text.charAt(pos)) >= 0) pos++;
        String s = text.substring(start, pos);
        for (Alert.Op op : Alert.Op.values()) if (op.symbol().equals(s)) return op;
        pos = start;
        if (s.equals("=")) throw error("use == to compare for equality");
        throw error(s.isEmpty() ? "expected a comparison (>, >=, <, <=, ==, !=)" : "unknown comparison '" + s + "'");
    }

    private double number() {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
        if (pos == start) throw error("expected a number (digits, optionally with a fraction)");
        if (peek() == '.') {
            pos++;
            int frac = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
            if (pos == frac) throw error("expected digits after '.'");
        }
        return Double.parseDouble(text.substring(start, pos));
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && NAME_STOP.indexOf(text.charAt(pos)) < 0) pos++;
        return text.substring(start, pos);
    }

    private char peek() { return pos < text.length() ? text.charAt(pos) : '\0'; }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("'" + text + "' at column " + (pos + 1) + ": " + what);
    }
}
