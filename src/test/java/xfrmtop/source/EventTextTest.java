package xfrmtop.source;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.sample.Event;
import xfrmtop.sys.DumpBuilder;
import xfrmtop.sys.EventMessages;
import xfrmtop.sys.KeyForms;
import xfrmtop.sys.XfrmEventReader;
import xfrmtop.sys.XfrmNotice;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Event lines read like "ip xfrm" and never carry key material, from messages built byte for byte. */
@Tag("fast")
class EventTextTest {
    private static List<XfrmNotice> read(byte[]... m) {
        ByteBuffer b = EventMessages.datagram(m);
        List<XfrmNotice> out = new ArrayList<>();
        new XfrmEventReader().feed(b, b.capacity(), out);
        return out;
    }

    @Test
    void linesNameTheSaOrPolicy() {
        DumpBuilder.Sa s = new DumpBuilder.Sa();
        s.spi = 0x101;
        DumpBuilder.Policy p = EventMessages.udpFlowPolicy();
        List<XfrmNotice> l = read(EventMessages.sa(XfrmNotice.NEWSA, s), EventMessages.delSa(s),
                EventMessages.expire(s, false), EventMessages.acquire(p, "198.51.100.1", "198.51.100.2"),
                EventMessages.policy(XfrmNotice.NEWPOLICY, p), EventMessages.polExpire(p, true),
                EventMessages.flushSa(0));
        List<String> text = new ArrayList<>();
        List<Event.Type> types = new ArrayList<>();
        for (XfrmNotice n : l) {
            text.add(EventText.of(n));
            types.add(EventText.type(n));
        }
        assertEquals(List.of(Event.Type.NEWSA, Event.Type.DELSA, Event.Type.EXPIRE, Event.Type.ACQUIRE,
                Event.Type.NEWPOLICY, Event.Type.POLEXPIRE, Event.Type.FLUSHSA), types);
        String sa = "esp 192.0.2.1 -> 192.0.2.2 spi 0x00000101 reqid 1 tunnel";
        assertEquals(List.of(sa, sa, "soft " + sa,
                "esp 198.51.100.1 -> 198.51.100.2 reqid 77 tunnel for 198.51.100.1/32 -> 198.51.100.2/32 udp dport 9",
                "out 198.51.100.1/32 -> 198.51.100.2/32 udp dport 9 tmpl esp tunnel 198.51.100.1->198.51.100.2 reqid 77",
                "hard out 198.51.100.1/32 -> 198.51.100.2/32 udp dport 9 tmpl esp tunnel 198.51.100.1->198.51.100.2 reqid 77",
                "all SAs"), text);
        for (String t : text) {
            KeyForms.assertAbsent("event text", t, s.authKey);
            KeyForms.assertAbsent("event text", t, s.encKey);
        }
    }
}
