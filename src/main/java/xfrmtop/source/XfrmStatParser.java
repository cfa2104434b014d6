package xfrmtop.source;

import xfrmtop.sample.CounterNames;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the text of /proc/net/xfrm_stat ("%-24s\t%lu\n" per line) straight from bytes. The name layout is mapped once:
 * while each line's name equals the previous tick's name at that position, no string is created and the previous
 * {@link CounterNames} instance is reused. Lines that are not "NAME whitespace DIGITS" are skipped and counted.
 */
public final class XfrmStatParser {

    /** The parse result: names (shared while unchanged), values in name order, skipped-line count. */
    public record Result(CounterNames names, long[] values, int malformed) {}

    private CounterNames layout = CounterNames.EMPTY;

    public Result parse(byte[] buf, int len) {
        long[] values = new long[Math.max(layout.size(), 8)];
        List<String> fresh = null;           // non-null once the layout differs from the previous one
        int n = 0, malformed = 0, pos = 0;
        while (pos < len) {
            int eol = pos;
            while (eol < len && buf[eol] != '\n') eol++;
            int nameStart = skipSpace(buf, pos, eol);
            int nameEnd = nameStart;
            while (nameEnd < eol && !space(buf[nameEnd])) nameEnd++;
            int numStart = skipSpace(buf, nameEnd, eol);
            int numEnd = numStart;
            long v = 0;
            boolean ok = nameEnd > nameStart && numStart < eol && nameEnd < numStart;
            while (ok && numEnd < eol && !space(buf[numEnd])) {
                int d = buf[numEnd] - '0';
                if (d < 0 || d > 9 || Long.compareUnsigned(v, 1844674407370955161L) > 0) { ok = false; break; }
                long nv = v * 10 + d;
                if (Long.compareUnsigned(nv, v) < 0) { ok = false; break; }  // above 2^64-1
                v = nv;
                numEnd++;
            }
            if (ok && skipSpace(buf, numEnd, eol) != eol) ok = false;       // trailing garbage
            if (!ok) {
                if (nameStart < eol) malformed++;                          // blank lines are not malformed
            } else {
                if (fresh == null && !(n < layout.size() && sameName(layout.name(n), buf, nameStart, nameEnd))) {
                    fresh = new ArrayList<>(Math.max(n + 8, layout.size()));
                    for (int i = 0; i < n; i++) fresh.add(layout.name(i));
                }
                if (fresh != null) fresh.add(new String(buf, nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII));
                if (n == values.length) values = java.util.Arrays.copyOf(values, n * 2);
                values[n++] = v;
            }
            pos = eol + 1;
        }
        if (fresh == null && n != layout.size()) fresh = new ArrayList<>(layoutPrefix(n));
        if (fresh != null) layout = CounterNames.of(fresh);
        return new Result(layout, n == values.length ? values : java.util.Arrays.copyOf(values, n), malformed);
    }

    private List<String> layoutPrefix(int n) {
        List<String> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) l.add(layout.name(i));
        return l;
    }

    private static boolean sameName(String name, byte[] buf, int from, int to) {
        if (name.length() != to - from) return false;
        for (int i = 0; i < name.length(); i++) if (name.charAt(i) != (char) (buf[from + i] & 0xff)) return false;
        return true;
    }

    private static int skipSpace(byte[] b, int from, int to) {
        while (from < to && space(b[from])) from++;
        return from;
    }

    private static boolean space(byte c) { return c == ' ' || c == '\t' || c == '\r'; }
}
