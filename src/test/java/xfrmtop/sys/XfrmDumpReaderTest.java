package xfrmtop.sys;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("fast")
class XfrmDumpReaderTest {
    private static final int SEQ = 77;

    private static XfrmDump<XfrmSa> sas(ByteBuffer... datagrams) throws Exception {
        XfrmDumpReader r = new XfrmDumpReader();
        r.begin(SEQ, false);
        for (int i = 0; i < datagrams.length; i++) {
            XfrmDumpReader.Step s = r.feed(datagrams[i], datagrams[i].capacity());
            assertEquals(i == datagrams.length - 1 ? XfrmDumpReader.Step.DONE : XfrmDumpReader.Step.MORE, s);
        }
        return r.sas();
    }

    @Test
    void oneSa() throws Exception {
        DumpBuilder.Sa s = new DumpBuilder.Sa();
        s.bytes = 420;
        s.packets = 5;
        s.replayWindow = 1;
        s.replay = 2;
        s.integrity = 3;
        s.oseq = 5;
        s.seq = 4;
        s.useTime = 1_700_000_010L;
        XfrmDump<XfrmSa> d = sas(DumpBuilder.datagram(DumpBuilder.sa(s, SEQ, XfrmDumpReader.NLM_F_MULTI),
                DumpBuilder.done(SEQ, 0)));
        assertEquals(1, d.items().size());
        assertFalse(d.interrupted());
        assertEquals(0, d.skipped());
        XfrmSa sa = d.items().get(0);
        assertEquals("192.0.2.1", sa.src());
        assertEquals("192.0.2.2", sa.dst());
        assertEquals(0x100, sa.spi());
        assertEquals(50, sa.proto());
        assertEquals(1, sa.mode());
        assertEquals(1, sa.reqid());
        assertEquals(420, sa.bytes());
        assertEquals(5, sa.packets());
        assertEquals(1_700_000_000L, sa.addTime());
        assertEquals(1_700_000_010L, sa.useTime());
        assertEquals(1, sa.replayWindowErrors());
        assertEquals(2, sa.replayErrors());
        assertEquals(3, sa.integrityFailed());
        assertEquals(32, sa.replayWindow());
        assertFalse(sa.esn());
        assertEquals(5, sa.oseq());
        assertEquals(4, sa.seq());
        assertSame(XfrmLimits.NONE, sa.limits());
        assertEquals(new XfrmSa.Algorithms("hmac(sha256)", 256, 128, "cbc(aes)", 128, "", 0, 0, ""), sa.algs());
        assertEquals(0, sa.dir());
    }

    @Test
    void thousandSasOverSeveralDatagrams() throws Exception {
        List<byte[]> msgs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            DumpBuilder.Sa s = new DumpBuilder.Sa();
            s.spi = 0x1000 + i;
            s.packets = i;
            s.dst = "203.0.113." + (i % 250 + 1);
            msgs.add(DumpBuilder.sa(s, SEQ, XfrmDumpReader.NLM_F_MULTI));
        }
        msgs.add(DumpBuilder.done(SEQ, 0));
        List<ByteBuffer> dgrams = DumpBuilder.datagrams(msgs, 16 * 1024);
        assertTrue(dgrams.size() > 10, "several datagrams: " + dgrams.size());
        XfrmDump<XfrmSa> d = sas(dgrams.toArray(new ByteBuffer[0]));
        assertEquals(1000, d.items().size());
        for (int i = 0; i < 1000; i++) {
            assertEquals(0x1000 + i, d.items().get(i).spi());
            assertEquals(i, d.items().get(i).packets());
            assertEquals("203.0.113." + (i % 250 + 1), d.items().get(i).dst());
        }
    }

    @Test
    void ipv6Sa() throws Exception {
        DumpBuilder.Sa s = new DumpBuilder.Sa();
        s.family = DumpBuilder.AF_INET6;
        s.src = "2001:db8::1";
        s.dst = "2001:db8:0:1::2";
        XfrmSa sa = sas(DumpBuilder.datagram(DumpBuilder.sa(s, SEQ, 2), DumpBuilder.done(SEQ, 0))).items().get(0);
        assertEquals(10, sa.family());
        assertEquals("2001:db8::1", sa.src());
        assertEquals("2001:db8:0:1::2", sa.dst());
    }

    @Test
    void esnSequenceNumbersAre64Bit() throws Exception {
        DumpBuilder.Sa s = new DumpBuilder.Sa();
        s.esn = true;
        s.window = 1024;
        s.oseq = 0x2_0000_0005L;
        s.seq = 0x1_FFFF_FFFEL;
        XfrmSa sa = sas(DumpBuilder.datagram(DumpBuilder.sa(s, SEQ, 2), DumpBuilder.done(SEQ, 0))).items().get(0);
        assertTrue(sa.esn());
        assertEquals(1024, sa.replayWindow());
        assertEquals(0x2_0000_0005L, sa.oseq());
        assertEquals(0x1_FFFF_FFFEL, sa.seq());
    }

    @Test
    void unknownAttributesAreSkipped() throws Exception {
        DumpBuilder.Sa s = new DumpBuilder.Sa();
        s.unknownType = 99;
        s.dir = 2;
        s.markValue = 5;
        s.markMask = 0xff;
        XfrmDump<XfrmSa> d = sas(DumpBuilder.datagram(DumpBuilder.sa(s, SEQ, 2), DumpBuilder.done(SEQ, 0)));
        assertEquals(1, d.items().size());
        assertEquals(0, d.skipped());
        assertEquals(2, d.items().get(0).dir());
        assertEquals(5, d.items().get(0).markValue());
    }

    @Test
    void truncatedMessageFailsTheDumpWithoutReadingPastTheBuffer() {
        byte[] m = DumpBuilder.sa(new DumpBuilder.Sa(), SEQ, 2);
        ByteBuffer cut = DumpBuilder.datagram(java.util.Arrays.copyOf(m, m.length - 40));
        XfrmDumpReader r = new XfrmDumpReader();
        r.begin(SEQ, false);
        assertThrows(MalformedDumpException.class, () -> r.feed(cut, cut.capacity()));
        assertZero(cut);
    }

    @Test
    void shortPayloadOrBrokenAttributeIsSkippedNotParsed() throws Exception {
        byte[] good = DumpBuilder.sa(new DumpBuilder.Sa(), SEQ, 2);
        byte[] broken = good.clone();
        ByteBuffer bb = ByteBuffer.wrap(broken).order(java.nio.ByteOrder.nativeOrder());
        bb.putShort(16 + 224, (short) 4000);          // first attribute claims more than the message holds
        byte[] small = new byte[16 + 100];            // a NEWSA with a 100-byte payload
        ByteBuffer sb = ByteBuffer.wrap(small).order(java.nio.ByteOrder.nativeOrder());
        sb.putInt(0, small.length).putShort(4, (short) 0x10).putShort(6, (short) 2).putInt(8, SEQ);
        XfrmDump<XfrmSa> d = sas(DumpBuilder.datagram(broken, small, good, DumpBuilder.done(SEQ, 0)));
        assertEquals(1, d.items().size());
        assertEquals(2, d.skipped());
    }

    @Test
    void dumpInterruptedIsReported() throws Exception {
        XfrmDump<XfrmSa> d = sas(DumpBuilder.datagram(
                DumpBuilder.sa(new DumpBuilder.Sa(), SEQ, 2 | XfrmDumpReader.NLM_F_DUMP_INTR),
                DumpBuilder.done(SEQ, XfrmDumpReader.NLM_F_DUMP_INTR)));
        assertTrue(d.interrupted());
        assertEquals(1, d.items().size());
    }

    @Test
    void errorReplyCarriesErrno() {
        ByteBuffer e = DumpBuilder.datagram(DumpBuilder.error(SEQ, Errno.EPERM));
        XfrmDumpReader r = new XfrmDumpReader();
        r.begin(SEQ, false);
        NativeException ex = assertThrows(NativeException.class, () -> r.feed(e, e.capacity()));
        assertEquals(Errno.EPERM, ex.errno());
    }

    @Test
    void repliesToAnEarlierDumpAreIgnored() throws Exception {
        DumpBuilder.Sa old = new DumpBuilder.Sa();
        old.spi = 0xdead;
        XfrmDump<XfrmSa> d = sas(DumpBuilder.datagram(DumpBuilder.sa(old, SEQ - 1, 2), DumpBuilder.done(SEQ - 1, 0),
                DumpBuilder.sa(new DumpBuilder.Sa(), SEQ, 2), DumpBuilder.done(SEQ, 0)));
        assertEquals(1, d.items().size());
        assertEquals(0x100, d.items().get(0).spi());
    }

    @Test
    void everyDatagramIsZeroedAfterParsing() throws Exception {
        ByteBuffer dg = DumpBuilder.datagram(DumpBuilder.sa(new DumpBuilder.Sa(), SEQ, 2), DumpBuilder.done(SEQ, 0));
        sas(dg);
        assertZero(dg);
    }

    @Test
    void policies() throws Exception {
        DumpBuilder.Policy p = new DumpBuilder.Policy();
        p.proto = 17;
        p.dport = 9;
        p.dportMask = 0xffff;
        p.priority = 5;
        p.index = 1234;
        DumpBuilder.Policy blk = new DumpBuilder.Policy();
        blk.template = false;
        blk.action = 1;
        blk.dir = 0;
        blk.index = 8;
        ByteBuffer dg = DumpBuilder.datagram(DumpBuilder.policy(p, SEQ, 2), DumpBuilder.policy(blk, SEQ, 2),
                DumpBuilder.done(SEQ, 0));
        XfrmDumpReader r = new XfrmDumpReader();
        r.begin(SEQ, true);
        assertEquals(XfrmDumpReader.Step.DONE, r.feed(dg, dg.capacity()));
        List<XfrmPolicy> ps = r.policies().items();
        assertEquals(2, ps.size());
        XfrmPolicy a = ps.get(0);
        assertEquals("198.51.100.0", a.sel().src());
        assertEquals(24, a.sel().srcPrefix());
        assertEquals("203.0.113.0", a.sel().dst());
        assertEquals(17, a.sel().proto());
        assertEquals(9, a.sel().dport());
        assertEquals(1, a.dir());
        assertEquals(5, a.priority());
        assertEquals(1234, a.index());
        assertEquals(1, a.templates().size());
        XfrmPolicy.Template t = a.templates().get(0);
        assertEquals("192.0.2.1", t.src());
        assertEquals("192.0.2.2", t.dst());
        assertEquals(50, t.proto());
        assertEquals(1, t.reqid());
        assertEquals(1, t.mode());
        assertEquals(1, ps.get(1).action());
        assertTrue(ps.get(1).templates().isEmpty());
    }

    static void assertZero(ByteBuffer b) {
        for (int i = 0; i < b.capacity(); i++) if (b.get(i) != 0) throw new AssertionError("byte " + i + " not zeroed");
    }
}
