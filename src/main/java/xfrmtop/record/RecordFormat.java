package xfrmtop.record;

/**
 * The recording format, version 1.1 (documented in the README, "Recording format"). A recording is a sequence of
 * segments, each one gzip member (RFC 1952) whose text is UTF-8 lines of TAB-separated fields:
 * <pre>
 *   xfrmtop-recording  1.0  key value ...     segment header: format version, then host, kernel, netns, ...
 *   T  seq  mono  wall  lines  interval_ns    a tick (one Sample); the next `lines` lines belong to it
 *   K  gid  kind  netns  instance              declares a group id (segment-local)
 *   N  nid  name ...                           declares a counter-name list id (segment-local; 0 = no names)
 *   L  gid  key value ...                      the group's labels from now on
 *   G  gid  nid  health  epoch  mono  values  note    one group of the tick
 *   V  wall  netns  type  text                 an XFRM event read in the tick (1.1+)
 * </pre>
 * Numbers in T (mono ns, wall ms) are differences from the previous T of the segment, G's epoch from the group's
 * previous epoch, G's mono from the tick's mono, V's wall (ms) from the tick's wall. Values are "=" (unchanged), "+" and signed differences, or
 * absolute unsigned values, comma-separated. Each segment starts afresh (ids, differences), so a reader can start at
 * any segment: that is how replay seeks. Unknown record types and extra fields are skipped; a newer major version is
 * refused.
 */
final class RecordFormat {
    static final String MAGIC = "xfrmtop-recording";
    static final int MAJOR = 1, MINOR = 1;
    /** A new segment (gzip member) every this many ticks, or sooner when its text grows past SEGMENT_BYTES. */
    static final int SEGMENT_TICKS = 120;
    static final long SEGMENT_BYTES = 4L << 20;
    /** Longest line a reader accepts (a NIC with 2,500 counters needs ~100 KiB). */
    static final int MAX_LINE = 4 << 20;
    /** Most lines one tick may announce (a sanity bound for corrupt counts). */
    static final long MAX_TICK_LINES = 50_000_000L;

    static final String TICK = "T", KEY = "K", NAMES = "N", LABELS = "L", GROUP = "G", EVENT = "V";
    static final String SAME = "=";
    static final char DELTA = '+';

    private RecordFormat() {}

    /** Appends text with backslash, TAB, LF and CR escaped (so a field never contains a separator). */
    static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
    }

    /** Reverses {@link #escape}; null when the text holds an escape that escape never writes. */
    static String unescape(String s) {
        int bs = s.indexOf('\\');
        if (bs < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, bs);
        for (int i = bs; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (++i >= s.length()) return null;
            switch (s.charAt(i)) {
                case '\\' -> sb.append('\\');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                default -> { return null; }
            }
        }
        return sb.toString();
    }
}
