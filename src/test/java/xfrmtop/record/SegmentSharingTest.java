package xfrmtop.record;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

@Tag("fast")
class SegmentSharingTest {
    private static Map<String, String> labels(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void equalLabelsOfTheNextSegmentAreTheSameInstance() {
        SegmentSharing s = new SegmentSharing();
        GroupKey k = s.key(new GroupKey(Kind.SA, "", "0x101"));
        Map<String, String> first = s.labels(k, labels("proto", "esp", "dir", "in"));
        s.nextSegment();
        assertSame(k, s.key(new GroupKey(Kind.SA, "", "0x101")));
        assertSame(first, s.labels(k, labels("proto", "esp", "dir", "in")));
    }

    @Test
    void theSasOfASegmentShareTheirLabelStrings() {
        SegmentSharing s = new SegmentSharing();
        Map<String, String> a = s.labels(s.key(new GroupKey(Kind.SA, "", "0x101")),
                labels("mode", new String("tunnel"), "spi", "0x101"));
        Map<String, String> b = s.labels(s.key(new GroupKey(Kind.SA, "", "0x102")),
                labels("mode", new String("tunnel"), "spi", "0x102"));
        assertSame(a.get("mode"), b.get("mode"), "one copy of a value the SAs share");
        s.nextSegment();
        Map<String, String> c = s.labels(s.key(new GroupKey(Kind.SA, "", "0x103")),
                labels("mode", new String("tunnel"), "spi", "0x103"));
        assertEquals("tunnel", c.get("mode"));
        assertNotSame(a.get("mode"), c.get("mode"), "strings are shared within a segment, not kept for the recording");
    }

    @Test
    void labelsInAnotherOrderKeepTheirOwnOrder() {
        SegmentSharing s = new SegmentSharing();
        GroupKey k = s.key(new GroupKey(Kind.SA, "", "0x101"));
        s.labels(k, labels("proto", "esp", "dir", "in"));
        s.nextSegment();
        Map<String, String> again = s.labels(k, labels("dir", "in", "proto", "esp"));
        assertEquals(List.of("dir", "proto"), List.copyOf(again.keySet()));
    }

    @Test
    void theSameNamesInTheNextSegmentAreTheSameListAndOtherNamesAreNot() {
        SegmentSharing s = new SegmentSharing();
        CounterNames first = s.names(new ArrayList<>(List.of("rx_packets", "ipsec_rx_drop")));
        s.nextSegment();
        assertSame(first, s.names(new ArrayList<>(List.of("rx_packets", "ipsec_rx_drop"))));
        CounterNames reordered = s.names(List.of("ipsec_rx_drop", "rx_packets"));
        assertNotSame(first, reordered);
        assertEquals("ipsec_rx_drop", reordered.name(0));
        s.nextSegment();
        s.nextSegment();                  // two segments without them: a list kept only as long as it is declared
        CounterNames later = s.names(List.of("rx_packets", "ipsec_rx_drop"));
        assertNotSame(first, later);
        assertEquals(2, later.size());
    }

    private static Fields line(String raw) {
        Fields f = new Fields();
        byte[] b = raw.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        f.split(b, b.length, 1);
        return f;
    }

    @Test
    void aLabelLineThatRepeatsTheLastSegmentsLabelsGivesThemAndAnEscapedOneIsDecoded() throws Exception {
        SegmentSharing s = new SegmentSharing();
        GroupKey k = s.key(new GroupKey(Kind.SA, "", "0x101"));
        Map<String, String> first = s.labels(k, line("L\t1\tproto\tesp\tnote\ta\\\\tb"));
        assertEquals("a\\tb", first.get("note"), "backslash, t");
        s.nextSegment();
        assertSame(first, s.labels(k, line("L\t1\tproto\tesp\tnote\ta\\\\tb")));
        s.nextSegment();
        Map<String, String> tab = s.labels(k, line("L\t1\tproto\tesp\tnote\ta\\tb"));
        assertNotSame(first, tab);
        assertEquals("a\tb", tab.get("note"), "the bytes a \\ t b are an escaped TAB, not the last segment's text");
    }
}
