package xfrmtop.sys;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A dump's SAs keep their settings record while the settings stay, whatever came or went before them. */
@Tag("fast")
class SaSettingsReuseTest {
    private static final int SEQ = 5;
    private final XfrmDumpReader reader = new XfrmDumpReader();

    private static DumpBuilder.Sa sa(int spi, long packets) {
        DumpBuilder.Sa s = new DumpBuilder.Sa();
        s.spi = spi;
        s.packets = packets;
        s.bytes = 100 * packets;
        return s;
    }

    private List<XfrmSa> dump(List<DumpBuilder.Sa> sas) throws Exception {
        List<byte[]> messages = new ArrayList<>();
        for (DumpBuilder.Sa s : sas) messages.add(DumpBuilder.sa(s, SEQ, XfrmDumpReader.NLM_F_MULTI));
        messages.add(DumpBuilder.done(SEQ, 0));
        reader.begin(SEQ, false);
        for (ByteBuffer d : DumpBuilder.datagrams(messages, 600)) reader.feed(d, d.capacity());   // several datagrams
        return reader.sas().items();
    }

    @Test
    void unchangedSettingsAreTheSameRecordWithNewCounters() throws Exception {
        List<XfrmSa> first = dump(List.of(sa(1, 1), sa(2, 1), sa(3, 1)));
        List<XfrmSa> second = dump(List.of(sa(1, 9), sa(2, 8), sa(3, 7)));
        for (int i = 0; i < 3; i++) assertSame(first.get(i).settings(), second.get(i).settings());
        assertEquals(9, second.get(0).packets());
        assertEquals(700, second.get(2).bytes());
        assertEquals(1, first.get(0).packets());                  // the first dump's SAs are untouched
    }

    @Test
    void sasThatCameOrWentBeforeDoNotBreakTheMatch() throws Exception {
        List<XfrmSa> first = dump(List.of(sa(1, 1), sa(2, 1), sa(3, 1), sa(4, 1)));
        List<XfrmSa> gone = dump(List.of(sa(2, 2), sa(3, 2), sa(4, 2)));          // SA 1 deleted
        for (int i = 0; i < 3; i++) assertSame(first.get(i + 1).settings(), gone.get(i).settings());
        List<XfrmSa> added = dump(List.of(sa(9, 1), sa(2, 3), sa(3, 3), sa(4, 3))); // SA 9 added in front
        assertEquals(0x9, added.get(0).spi());
        for (int i = 1; i < 4; i++) assertSame(gone.get(i - 1).settings(), added.get(i).settings());
    }

    @Test
    void changedSettingsGetANewRecord() throws Exception {
        List<XfrmSa> first = dump(List.of(sa(1, 1), sa(2, 1)));
        DumpBuilder.Sa moved = sa(2, 2);
        moved.reqid = 42;
        List<XfrmSa> second = dump(List.of(sa(1, 2), moved));
        assertSame(first.get(0).settings(), second.get(0).settings());
        assertNotSame(first.get(1).settings(), second.get(1).settings());
        assertEquals(42, second.get(1).reqid());
        assertEquals(1, first.get(1).reqid());
    }
}
