package xfrmtop.tui;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Standard output for the terminal. Lanterna writes every escape sequence and character separately, and through
 * System.out each of them was a write(2) of its own (several per changed cell); here a refresh's bytes collect
 * while the display holds and go out in one write at the flush. Outside a refresh every write goes out at once
 * (Lanterna's own sequences, such as the cursor position query, expect to reach the terminal immediately).
 */
final class TtyOut extends OutputStream {
    private final FileOutputStream out = new FileOutputStream(FileDescriptor.out);
    private byte[] buf = new byte[8192];
    private int len;
    private boolean holding;

    /** Collects writes until the next flush. */
    synchronized void hold() { holding = true; }

    @Override
    public synchronized void write(int b) throws IOException {
        ensure(1);
        buf[len++] = (byte) b;
        if (!holding) flush();
    }

    @Override
    public synchronized void write(byte[] b, int off, int n) throws IOException {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
        if (!holding) flush();
    }

    private void ensure(int n) {
        if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }

    @Override
    public synchronized void flush() throws IOException {
        holding = false;
        if (len == 0) return;
        int n = len;
        len = 0;
        out.write(buf, 0, n);
    }
}
