package xfrmtop.sys;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * N SAs as the kernel sends their XFRM_MSG_GETSA dump: datagrams of up to 32 KiB built byte for byte by
 * {@link DumpBuilder}, copied into one direct buffer per datagram (as recv does) with each SA's byte and packet
 * counters advanced per tick, and parsed by the real {@link XfrmDumpReader} (which zeroes the buffer after each).
 */
public final class SaDumpFeed {
    private final byte[][] datagrams;
    private final int[][] saOffsets;        // per datagram: where each NEWSA payload starts
    private final ByteBuffer buf = ByteBuffer.allocateDirect(64 * 1024).order(ByteOrder.nativeOrder());
    private final XfrmDumpReader reader = new XfrmDumpReader();
    private final byte[] emptyPolicies;
    private long tick;

    /** @param n SAs: IPv4 ESP tunnels 192.0.2.1 -> 203.0.113.x, distinct SPIs, hmac(sha256) + cbc(aes) */
    public SaDumpFeed(int n) {
        List<byte[]> messages = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            DumpBuilder.Sa s = new DumpBuilder.Sa();
            s.dst = "203.0.113." + (i % 254 + 1);
            s.spi = 0x10000 + i;
            s.reqid = i % 1000 + 1;
            s.bytes = 1000L * i;
            s.packets = i;
            s.useTime = s.addTime + 5;
            messages.add(DumpBuilder.sa(s, 1, XfrmDumpReader.NLM_F_MULTI));
        }
        messages.add(DumpBuilder.done(1, 0));
        List<ByteBuffer> dgs = DumpBuilder.datagrams(messages, 32 * 1024);
        datagrams = new byte[dgs.size()][];
        saOffsets = new int[dgs.size()][];
        for (int d = 0; d < dgs.size(); d++) {
            ByteBuffer b = dgs.get(d);
            byte[] a = new byte[b.capacity()];
            b.get(0, a);
            datagrams[d] = a;
            List<Integer> offs = new ArrayList<>();
            ByteBuffer o = ByteBuffer.wrap(a).order(ByteOrder.nativeOrder());
            for (int off = 0; a.length - off >= 16; ) {
                int len = o.getInt(off);
                if ((o.getShort(off + 4) & 0xffff) == XfrmDumpReader.XFRM_MSG_NEWSA) offs.add(off + 16);
                off += (len + 3) & ~3;
            }
            saOffsets[d] = offs.stream().mapToInt(Integer::intValue).toArray();
        }
        emptyPolicies = DumpBuilder.datagram(DumpBuilder.done(1, 0)).array();
    }

    public int datagrams() { return datagrams.length; }

    /** One dump: every SA moved by 10 packets of 100 bytes since the last call (a tenth of them not at all). */
    public XfrmDump<XfrmSa> sas() {
        tick++;
        reader.begin(1, false);
        try {
            int k = 0;
            for (int d = 0; d < datagrams.length; d++) {
                buf.put(0, datagrams[d]);
                for (int p : saOffsets[d]) {
                    long moved = k++ % 10 == 0 ? 0 : tick;
                    buf.putLong(p + 160, buf.getLong(p + 160) + 1000 * moved);
                    buf.putLong(p + 168, buf.getLong(p + 168) + 10 * moved);
                }
                reader.feed(buf, datagrams[d].length);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return reader.sas();
    }

    /** An empty policy dump (the SA tick reads both). */
    public XfrmDump<XfrmPolicy> policies() {
        reader.begin(1, true);
        try {
            buf.put(0, emptyPolicies);
            reader.feed(buf, emptyPolicies.length);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return reader.policies();
    }
}
