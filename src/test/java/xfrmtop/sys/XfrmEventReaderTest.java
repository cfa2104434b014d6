package xfrmtop.sys;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The XFRM multicast parser on messages built byte for byte from the kernel's layouts. */
@Tag("fast")
class XfrmEventReaderTest {
    private final XfrmEventReader reader = new XfrmEventReader();

    private List<XfrmNotice> feed(byte[]... messages) {
        ByteBuffer b = EventMessages.datagram(messages);
        List<XfrmNotice> out = new ArrayList<>();
        reader.feed(b, b.capacity(), out);
        byte[] after = new byte[b.capacity()];
        b.get(0, after);
        assertTrue(Arrays.equals(after, new byte[after.length]), "the datagram is zeroed after parsing (keys)");
        return out;
    }

    @Test
    void saAddedUpdatedAndDeletedKeepTheIdentity() {
        DumpBuilder.Sa s = new DumpBuilder.Sa();
        s.spi = 0x101;
        s.reqid = 7;
        s.dir = 1;
        List<XfrmNotice> l = feed(EventMessages.sa(XfrmNotice.NEWSA, s), EventMessages.sa(XfrmNotice.UPDSA, s),
                EventMessages.delSa(s));
        assertEquals(3, l.size());
        assertEquals(List.of(XfrmNotice.NEWSA, XfrmNotice.UPDSA, XfrmNotice.DELSA), l.stream().map(XfrmNotice::type).toList());
        for (XfrmNotice n : l) {
            assertEquals(0x101, n.sa().spi());
            assertEquals("192.0.2.1", n.sa().src());
            assertEquals("192.0.2.2", n.sa().dst());
            assertEquals(7, n.sa().reqid());
        }
        assertEquals(1, l.get(0).sa().dir(), "XFRMA_SA_DIR of a NEWSA");
        assertEquals(0, reader.malformed());
    }

    @Test
    void softAndHardExpire() {
        DumpBuilder.Sa s = new DumpBuilder.Sa();
        List<XfrmNotice> l = feed(EventMessages.expire(s, false), EventMessages.expire(s, true));
        assertEquals(XfrmNotice.EXPIRE, l.get(0).type());
        assertEquals(false, l.get(0).hard());
        assertEquals(true, l.get(1).hard());
        assertEquals(0x100, l.get(1).sa().spi());
    }

    @Test
    void acquireNamesTheSaTheTemplateAndTheFlow() {
        DumpBuilder.Policy p = EventMessages.udpFlowPolicy();
        XfrmNotice n = feed(EventMessages.acquire(p, "198.51.100.1", "198.51.100.2")).get(0);
        assertEquals(XfrmNotice.ACQUIRE, n.type());
        assertEquals("198.51.100.1", n.acquire().src());
        assertEquals("198.51.100.2", n.acquire().dst());
        assertEquals(50, n.acquire().proto());
        assertEquals(77, n.acquire().template().reqid());
        assertEquals(9, n.acquire().selector().dport());
        assertEquals(17, n.acquire().selector().proto());
        assertEquals(1, n.policy().dir());
    }

    @Test
    void policyAddedDeletedExpiredAndFlushes() {
        DumpBuilder.Policy p = new DumpBuilder.Policy();
        p.index = 42;
        p.action = 1;
        List<XfrmNotice> l = feed(EventMessages.policy(XfrmNotice.NEWPOLICY, p), EventMessages.policy(XfrmNotice.UPDPOLICY, p),
                EventMessages.delPolicy(p), EventMessages.polExpire(p, true), EventMessages.flushSa(50));
        assertEquals(5, l.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(42, l.get(i).policy().index());
            assertEquals(1, l.get(i).policy().action());
            assertEquals("198.51.100.0", l.get(i).policy().sel().src());
        }
        assertTrue(l.get(3).hard());
        assertEquals(50, l.get(4).proto());
    }

    @Test
    void shortOrCutMessagesAreCountedNotHalfRead() {
        DumpBuilder.Sa s = new DumpBuilder.Sa();
        byte[] del = EventMessages.delSa(s);
        byte[] cut = Arrays.copyOf(del, 16 + 24 + 8);                 // usersa_id and a bit of XFRMA_SA
        ByteBuffer.wrap(cut).order(java.nio.ByteOrder.nativeOrder()).putInt(0, cut.length);
        byte[] exp = Arrays.copyOf(EventMessages.expire(s, true), 16 + 100);
        ByteBuffer.wrap(exp).order(java.nio.ByteOrder.nativeOrder()).putInt(0, exp.length);
        List<XfrmNotice> l = feed(cut, exp, EventMessages.flushSa(0));
        assertEquals(1, l.size(), "only the intact flush");
        assertEquals(2, reader.malformed());
        ByteBuffer lying = EventMessages.datagram(EventMessages.flushSa(0));
        lying.putInt(0, 4000);                                         // a length past the datagram
        List<XfrmNotice> none = new ArrayList<>();
        reader.feed(lying, lying.capacity(), none);
        assertTrue(none.isEmpty());
        assertEquals(3, reader.malformed());
    }

    @Test
    void messagesOfOtherGroupsAreIgnored() {
        byte[] m = EventMessages.flushSa(0);
        ByteBuffer.wrap(m).order(java.nio.ByteOrder.nativeOrder()).putShort(4, (short) 0x1e);   // NEWAE
        assertTrue(feed(m).isEmpty());
        assertEquals(0, reader.malformed());
    }
}
