package xfrmtop.record;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The TAB-separated fields of one line, parsed in place from its bytes (numbers without making strings). Every
 * malformed field becomes a {@link RecordingException} naming the line and the field.
 */
final class Fields {
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] b;
    private int[] from = new int[64], to = new int[64];
    private int count;
    private long line;

    void split(byte[] bytes, int length, long lineNumber) {
        b = bytes;
        line = lineNumber;
        count = 0;
        int s = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || bytes[i] == '\t') {
                if (count == from.length) {
                    from = java.util.Arrays.copyOf(from, count * 2);
                    to = java.util.Arrays.copyOf(to, count * 2);
                }
                from[count] = s;
                to[count++] = i;
                s = i + 1;
            }
        }
    }

    int count() { return count; }

    long line() { return line; }

    boolean is(int i, String s) {
        int n = to[i] - from[i];
        if (n != s.length()) return false;
        for (int k = 0; k < n; k++) if (b[from[i] + k] != s.charAt(k)) return false;
        return true;
    }

    /**
     * Whether field i is the text s, compared in place without making a string: plain ASCII only, since an escaped
     * or UTF-8 field's bytes differ from its text (false then: decode it with {@link #str}).
     */
    boolean isText(int i, String s) {
        int n = to[i] - from[i];
        if (n != s.length()) return false;
        for (int k = 0; k < n; k++) {
            byte c = b[from[i] + k];
            if (c != s.charAt(k) || c == '\\') return false;
        }
        return true;
    }

    RecordingException error(String what) { return new RecordingException("line " + line + ": " + what); }

    /** Requires at least n fields (the record type counts as one). */
    void need(int n, String record) throws RecordingException {
        if (count < n) throw error(record + " record has " + count + " fields, needs " + n);
    }

    /** A signed decimal number. */
    long num(int i, String what) throws RecordingException {
        int p = from[i], e = to[i];
        boolean neg = p < e && b[p] == '-';
        if (neg) p++;
        if (p == e || e - p > 19) throw error(what + ": not a number");
        long v = 0;
        for (; p < e; p++) {
            int d = b[p] - '0';
            if (d < 0 || d > 9) throw error(what + ": not a number");
            v = v * 10 + d;
            if (v < 0 && !(neg && v == Long.MIN_VALUE && p == e - 1)) throw error(what + ": number out of range");
        }
        return neg ? -v : v;
    }

    /** A non-negative int (ids, counts). */
    int id(int i, String what) throws RecordingException {
        long v = num(i, what);
        if (v < 0 || v > Integer.MAX_VALUE) throw error(what + ": out of range");
        return (int) v;
    }

    /** A text field, unescaped. */
    String str(int i) throws RecordingException {
        int p = from[i], n = to[i] - p;
        boolean ascii = true;
        for (int k = 0; k < n && ascii; k++) ascii = b[p + k] >= 0;
        String s;
        if (ascii) {
            s = new String(b, p, n, StandardCharsets.ISO_8859_1);
        } else {
            try {
                CharBuffer cb = utf8.reset().decode(ByteBuffer.wrap(b, p, n));
                s = cb.toString();
            } catch (CharacterCodingException e) {
                throw error("field " + (i + 1) + " is not UTF-8 text");
            }
        }
        String u = RecordFormat.unescape(s);
        if (u == null) throw error("field " + (i + 1) + " has a bad backslash escape");
        return u;
    }

    /**
     * A comma-separated value list: "=" (same as prev), "+" then signed differences from prev, or absolute unsigned
     * values. prev is null when the group has no comparable previous values.
     */
    long[] values(int i, long[] prev) throws RecordingException {
        int p = from[i], e = to[i];
        if (p == e) return new long[0];
        if (e - p == 1 && b[p] == '=') {
            if (prev == null) throw error("values '=' but the group has no earlier values in this segment");
            return prev;
        }
        boolean delta = b[p] == RecordFormat.DELTA;
        if (delta) {
            if (prev == null) throw error("value differences but the group has no earlier values in this segment");
            p++;
        }
        int n = 1;
        for (int k = p; k < e; k++) if (b[k] == ',') n++;
        if (delta && n != prev.length) throw error(n + " value differences for " + prev.length + " values");
        long[] v = new long[n];
        int j = 0;
        for (int k = p; k <= e; k++) {
            if (k < e && b[k] != ',') continue;
            v[j] = delta ? prev[j] + signed(p, k) : unsigned(p, k);
            j++;
            p = k + 1;
        }
        return v;
    }

    private long signed(int p, int e) throws RecordingException {
        boolean neg = p < e && b[p] == '-';
        long v = unsigned(neg ? p + 1 : p, e);
        if (v < 0 && !(neg && v == Long.MIN_VALUE)) throw error("value difference out of range");
        return neg ? -v : v;
    }

    private long unsigned(int p, int e) throws RecordingException {
        if (p == e || e - p > 20) throw error("bad value '" + new String(b, p, Math.min(e - p, 24), StandardCharsets.ISO_8859_1) + "'");
        long v = 0;
        for (int k = p; k < e; k++) {
            int d = b[k] - '0';
            if (d < 0 || d > 9) throw error("bad value '" + new String(b, p, Math.min(e - p, 24), StandardCharsets.ISO_8859_1) + "'");
            long next = v * 10 + d;
            if (Long.compareUnsigned(v, 1844674407370955161L) > 0 || Long.compareUnsigned(next, v) < 0) {
                throw error("value out of the unsigned 64-bit range");
            }
            v = next;
        }
        return v;
    }
}
