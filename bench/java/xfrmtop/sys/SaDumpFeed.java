package xfrmtop.sys;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * N SAs as the kernel sends their XFRM_MSG_GETSA dump: each datagram (up to 32 KiB) is written into one direct
 * buffer as recv leaves it, from one NEWSA message built byte for byte by {@link DumpBuilder} with each SA's
 * address, SPI, reqid and counters patched in, and parsed by the real {@link XfrmDumpReader} (which zeroes the
 * buffer after each). Like the kernel, the feed keeps no dump bytes between reads: only xfrmtop's own memory counts.
 */
public final class SaDumpFeed {
    private static final int DATAGRAM = 32 * 1024;

    private final int n;
    private final int movingPercent;
    private final byte[] sa;                 // SA 0's message: the others differ only in the patched fields
    private final byte[] done = DumpBuilder.done(1, 0);
    private final byte[] emptyPolicies = DumpBuilder.datagram(DumpBuilder.done(1, 0)).array();
    private final ByteBuffer buf = ByteBuffer.allocateDirect(64 * 1024).order(ByteOrder.nativeOrder());
    private final XfrmDumpReader reader = new XfrmDumpReader();
    private long tick;

    /** @param n SAs: IPv4 ESP tunnels 192.0.2.1 -> 203.0.113.x, distinct SPIs, hmac(sha256) + cbc(aes); 90 % move */
    public SaDumpFeed(int n) { this(n, 90); }

    /** @param movingPercent how many SAs in a hundred move between dumps; the others keep their counters (idle) */
    public SaDumpFeed(int n, int movingPercent) {
        this.n = n;
        this.movingPercent = movingPercent;
        DumpBuilder.Sa s = new DumpBuilder.Sa();
        s.dst = "203.0.113.1";
        s.spi = 0x10000;
        s.addTime = System.currentTimeMillis() / 1000 - 3600;   // added an hour ago (the SA detail says so)
        s.useTime = s.addTime + 5;
        this.sa = DumpBuilder.sa(s, 1, XfrmDumpReader.NLM_F_MULTI);
    }

    /** One dump: each moving SA moved by 10 packets of 100 bytes since the last call, the idle ones not at all. */
    public XfrmDump<XfrmSa> sas() {
        tick++;
        reader.begin(1, false);
        try {
            int len = 0;
            for (int i = 0; i < n; i++) {
                if (len + sa.length > DATAGRAM) {
                    reader.feed(buf, len);
                    len = 0;
                }
                put(len, i, i % 100 < movingPercent ? tick : 0);
                len += sa.length;
            }
            if (len + done.length > DATAGRAM) {
                reader.feed(buf, len);
                len = 0;
            }
            buf.put(len, done);
            reader.feed(buf, len + done.length);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return reader.sas();
    }

    /** SA i's message at offset at (payload at at + 16, struct xfrm_usersa_info offsets as in XfrmMessages). */
    private void put(int at, int i, long ticks) {
        buf.put(at, sa);
        int p = at + 16;
        buf.put(p + 56 + 3, (byte) (i % 254 + 1));                       // daddr 203.0.113.x
        buf.put(p + 73, (byte) (i + 0x10000 >>> 16)).put(p + 74, (byte) (i >>> 8)).put(p + 75, (byte) i);  // SPI 0x10000+i
        buf.putInt(p + 208, i % 1000 + 1);                                // reqid
        buf.putLong(p + 160, 1000L * i + 1000 * ticks);                  // bytes
        buf.putLong(p + 168, i + 10 * ticks);                            // packets
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
