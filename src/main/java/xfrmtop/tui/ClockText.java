package xfrmtop.tui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * HH:mm:ss of a wall-clock time in the display's zone. The header shows the clock on every frame, and java.time's
 * formatter runs a few hundred JDK methods for it, which a once-a-frame caller runs interpreted (a fifth of the UI
 * thread's CPU at 1 s). The zone's offset is looked up once and kept until the zone's next transition (daylight
 * saving), so the text is java.time's own.
 */
final class ClockText {
    /** The offset of one zone over [fromMs, untilMs). */
    private record Span(ZoneId zone, long fromMs, long untilMs, int offsetS) {
        boolean holds(ZoneId z, long ms) { return z.equals(zone) && ms >= fromMs && ms < untilMs; }
    }

    private static volatile Span last;   // read by the UI thread; replaced whole, so no lock

    private ClockText() {}

    static String of(long millis, ZoneId zone) {
        Span s = last;
        if (s == null || !s.holds(zone, millis)) last = s = span(zone, millis);
        int sod = (int) Math.floorMod(Math.floorDiv(millis, 1000) + s.offsetS, 86_400L);   // second of the day
        char[] t = {'0', '0', ':', '0', '0', ':', '0', '0'};
        two(t, 0, sod / 3600);
        two(t, 3, sod / 60 % 60);
        two(t, 6, sod % 60);
        return new String(t);
    }

    private static void two(char[] t, int at, int v) {
        t[at] = (char) ('0' + v / 10);
        t[at + 1] = (char) ('0' + v % 10);
    }

    private static Span span(ZoneId zone, long millis) {
        ZoneRules rules = zone.getRules();
        Instant at = Instant.ofEpochMilli(millis);
        // the last transition at or before this instant (previousTransition is strictly before its argument), and
        // the next one after it: the offset holds from the one up to, not including, the other
        ZoneOffsetTransition prev = rules.previousTransition(at.plusMillis(1)), next = rules.nextTransition(at);
        long from = prev == null ? Long.MIN_VALUE : prev.toEpochSecond() * 1000;
        long until = next == null ? Long.MAX_VALUE : next.toEpochSecond() * 1000;
        return new Span(zone, from, until, rules.getOffset(at).getTotalSeconds());
    }
}
