package xfrmtop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An ANSI terminal of a fixed size whose output is counted and dropped: the screen's refresh encodes and writes
 * exactly what it would write to a tty, without a tty.
 */
final class CountingTerminal extends ANSITerminal {
    private static final class Counter extends OutputStream {
        long bytes;

        @Override public void write(int b) { bytes++; }

        @Override public void write(byte[] b, int off, int len) { bytes += len; }
    }

    private final TerminalSize size;
    private final Counter out;

    private CountingTerminal(Counter out, TerminalSize size) {
        super(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8);
        this.size = size;
        this.out = out;
    }

    static CountingTerminal of(int columns, int rows) {
        return new CountingTerminal(new Counter(), new TerminalSize(columns, rows));
    }

    /** Bytes written so far. */
    long bytes() { return out.bytes; }

    @Override protected TerminalSize findTerminalSize() { return size; }
}
