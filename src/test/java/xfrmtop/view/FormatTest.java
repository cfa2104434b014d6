package xfrmtop.view;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@Tag("fast")
class FormatTest {
    @Test
    void rates() {
        assertEquals("no data", Format.rate(Double.NaN, "no data"));
        assertEquals("0.00", Format.rate(0, "-"));
        assertEquals("0.20", Format.rate(0.2, "-"));
        assertEquals("9.99", Format.rate(9.99, "-"));
        assertEquals("200.0", Format.rate(199.96, "-"));
        assertEquals("99999.0", Format.rate(99999, "-"));
        assertEquals("250.0k", Format.rate(250_000, "-"));
        assertEquals("1.5M", Format.rate(1_500_000_00.0 / 100, "-"));
    }

    @Test
    void counts() {
        assertEquals("123456789012", Format.count(123456789012L, 12));
        assertEquals("1.2T", Format.count(1234567890123L, 12));
        assertEquals("18.4E", Format.count(-1L, 12));
    }

    @Test
    void seconds() {
        assertEquals("1", Format.seconds(1));
        assertEquals("0.2", Format.seconds(0.2));
        assertEquals("2.5", Format.seconds(2.5));
        assertEquals("1.002", Format.seconds(1.0021));
    }

    @Test
    void cells() {
        StringBuilder sb = new StringBuilder();
        Format.cell(sb, "abcdef", 4, Align.LEFT);
        Format.cell(sb, "7", 3, Align.RIGHT);
        Format.cell(sb, "x", 2, Align.LEFT);
        assertEquals("abc~  7x ", sb.toString());
    }
}
