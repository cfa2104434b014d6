package xfrmtop.sys;

import java.nio.ByteBuffer;

/** Overwrites buffers that held key material. */
final class Zero {
    private static final byte[] ZEROS = new byte[4096];

    private Zero() {}

    static void fill(ByteBuffer b, int len) {
        for (int off = 0; off < len; off += ZEROS.length) b.put(off, ZEROS, 0, Math.min(ZEROS.length, len - off));
    }
}
