package xfrmtop.sys;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dumps the Debian 6.1 kernel really sent (recorded in the guest by dev/netlink-fixtures.sh, what guest/record-dumps.sh
 * set up), through the parser: the values must be the ones configured, and every byte must be zeroed afterwards.
 */
@Tag("fast")
class RecordedDumpTest {
    static final Path DIR = Path.of("src/test/resources/fixtures/netlink");

    static List<ByteBuffer> datagrams(String file) throws Exception {
        List<ByteBuffer> out = new ArrayList<>();
        for (String hex : Files.readAllLines(DIR.resolve(file))) {
            byte[] b = DumpBuilder.hex(hex.trim());
            out.add(ByteBuffer.allocateDirect(b.length).order(ByteOrder.nativeOrder()).put(0, b));
        }
        return out;
    }

    static XfrmDumpReader feed(List<ByteBuffer> dgrams, boolean policies) throws Exception {
        XfrmDumpReader r = new XfrmDumpReader();
        r.begin(dgrams.get(0).getInt(8), policies);                 // the sequence number ip used
        XfrmDumpReader.Step last = null;
        for (ByteBuffer d : dgrams) last = r.feed(d, d.capacity());
        assertEquals(XfrmDumpReader.Step.DONE, last);
        for (ByteBuffer d : dgrams) XfrmDumpReaderTest.assertZero(d);
        return r;
    }

    @Test
    void sas() throws Exception {
        XfrmDump<XfrmSa> d = feed(datagrams("guest-6.1.0-56-amd64-state.hex"), false).sas();
        assertEquals(2, d.items().size());
        assertEquals(0, d.skipped());
        XfrmSa v6 = d.items().get(0), v4 = d.items().get(1);

        assertEquals(XfrmAddress.AF_INET6, v6.family());
        assertEquals("2001:db8::1", v6.src());
        assertEquals("2001:db8::2", v6.dst());
        assertEquals(0xc0ffee01, v6.spi());
        assertEquals(0, v6.mode());
        assertEquals(3, v6.reqid());
        assertTrue(v6.esn());
        assertEquals(128, v6.replayWindow());
        assertEquals(0x2_0000_0010L, v6.seq());
        assertEquals(0x1_0000_0020L, v6.oseq());
        assertEquals("rfc4106(gcm(aes))", v6.algs().aead());
        assertEquals(160, v6.algs().aeadBits());
        assertEquals(128, v6.algs().aeadIcvBits());
        assertEquals(5, v6.markValue());
        assertEquals(0xff, v6.markMask());
        assertEquals(3600, v6.limits().softAddSeconds());
        assertEquals(3900, v6.limits().hardAddSeconds());

        assertEquals("192.0.2.1", v4.src());
        assertEquals("192.0.2.2", v4.dst());
        assertEquals(0x100, v4.spi());
        assertEquals(1, v4.mode());
        assertEquals(1, v4.reqid());
        assertEquals(32, v4.replayWindow());
        assertEquals(0x1234, v4.seq());
        assertEquals(0x42, v4.oseq());
        assertEquals(new XfrmSa.Algorithms("hmac(sha256)", 256, 128, "cbc(aes)", 128, "", 0, 0, ""), v4.algs());
        assertTrue(v4.addTime() > 1_700_000_000L);
        assertEquals(XfrmLimits.NONE, v4.limits(), "INF byte/packet limits and 0 expiry times: no limit");

        String all = d.items().toString();
        KeyForms.assertAbsent("parsed SAs", all, DumpBuilder.hex("5e11a9c0ffee0123456789abcdef0123456789abcdef0123456789abcdef0a1b"));
        KeyForms.assertAbsent("parsed SAs", all, DumpBuilder.hex("0f1e2d3c4b5a69788796a5b4c3d2e1f0deadbeef"));
    }

    @Test
    void policies() throws Exception {
        List<XfrmPolicy> ps = feed(datagrams("guest-6.1.0-56-amd64-policy.hex"), true).policies().items();
        assertEquals(2, ps.size());
        XfrmPolicy block = ps.get(0).dir() == 0 ? ps.get(0) : ps.get(1), out = ps.get(0) == block ? ps.get(1) : ps.get(0);
        assertEquals(1, block.action());
        assertEquals("2001:db8:1::", block.sel().src());
        assertEquals(64, block.sel().srcPrefix());
        assertEquals(1, out.dir());
        assertEquals(7, out.priority());
        assertEquals(17, out.sel().proto());
        assertEquals(9, out.sel().dport());
        assertEquals("198.51.100.0", out.sel().src());
        assertEquals(24, out.sel().dstPrefix());
        assertEquals(1, out.templates().size());
        assertEquals("192.0.2.2", out.templates().get(0).dst());
        assertEquals(1, out.templates().get(0).reqid());
    }
}
