package xfrmtop.tui;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The header's clock is java.time's text, across daylight-saving changes, zones, and times before 1970. */
@Tag("fast")
class ClockTextTest {
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private static void same(long ms, ZoneId zone) {
        assertEquals(LocalTime.ofInstant(Instant.ofEpochMilli(ms), zone).format(HMS), ClockText.of(ms, zone),
                () -> ms + " ms in " + zone);
    }

    @Test
    void aroundBothDaylightSavingChangesOfAYear() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        long spring = Instant.parse("2026-03-29T01:00:00Z").toEpochMilli();   // 02:00 CET -> 03:00 CEST
        long autumn = Instant.parse("2026-10-25T01:00:00Z").toEpochMilli();   // 03:00 CEST -> 02:00 CET
        for (long t : new long[] {spring, autumn}) {
            for (long d = -3_601_000; d <= 3_601_000; d += 499) same(t + d, berlin);   // forwards, as a clock runs
            for (long d = 3_601_000; d >= -3_601_000; d -= 997) same(t + d, berlin);   // and backwards (plots, baselines)
        }
        assertEquals("01:59:59", ClockText.of(spring - 1, berlin));
        assertEquals("03:00:00", ClockText.of(spring, berlin));
        assertEquals("02:59:59", ClockText.of(autumn - 1, berlin));
        assertEquals("02:00:00", ClockText.of(autumn, berlin));
    }

    @Test
    void alternatingZonesAndOddOffsets() {
        ZoneId[] zones = {ZoneOffset.UTC, ZoneId.of("Asia/Kolkata"), ZoneId.of("America/St_Johns"),
                ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Pacific/Chatham"), ZoneOffset.ofHoursMinutes(-9, -30)};
        long t = Instant.parse("2026-11-24T12:34:56.789Z").toEpochMilli();
        for (int i = 0; i < 200; i++) {
            for (ZoneId z : zones) same(t + i * 7_777_777L, z);
        }
    }

    @Test
    void beforeTheEpochAndAtMidnight() {
        same(-1, ZoneOffset.UTC);
        same(-86_400_001L, ZoneId.of("Europe/Berlin"));
        assertEquals("23:59:59", ClockText.of(-1, ZoneOffset.UTC));
        assertEquals("00:00:00", ClockText.of(0, ZoneOffset.UTC));
        assertEquals("00:00:00", ClockText.of(86_400_000L * 20_000, ZoneOffset.UTC));
    }
}
