package xfrmtop.record;

import java.io.IOException;
import java.util.Arrays;

/**
 * Splits the decompressed text into lines, remembering for each where it starts (member, position in the member)
 * and its number, so errors can name the line and replay can come back to it. A line longer than
 * {@link RecordFormat#MAX_LINE} is an error; an unfinished last line is a truncation.
 */
final class LineReader implements AutoCloseable {
    private final MemberReader src;
    private final byte[] buf = new byte[65536];
    private int start, end;
    private long bufMember, bufPos;          // where buf[start] came from
    private byte[] line = new byte[4096];
    private int length;
    private long number, lineMember, linePos;
    private boolean partialTail;

    /** @param firstLine number of the line before the first one read (lines count from 1) */
    LineReader(MemberReader src, long firstLine) {
        this.src = src;
        this.number = firstLine;
    }

    /** Reads the next line (without its LF) into {@link #bytes()}; false at the end of the text. */
    boolean next() throws IOException, RecordingException {
        length = 0;
        boolean started = false;
        while (true) {
            if (start == end && !fill()) {
                if (started) partialTail = true;
                return false;
            }
            if (!started) {
                started = true;
                lineMember = bufMember;
                linePos = bufPos;
                number++;
            }
            int nl = start;
            while (nl < end && buf[nl] != '\n') nl++;
            append(nl - start);
            int used = nl - start + (nl < end ? 1 : 0);
            bufPos += used;
            start += used;
            if (nl < end) return true;
        }
    }

    private void append(int n) throws RecordingException {
        if ((long) length + n > RecordFormat.MAX_LINE) {
            throw new RecordingException("line " + number + " is longer than " + (RecordFormat.MAX_LINE >> 20)
                    + " MiB: not a recording, or a corrupt one");
        }
        if (length + n > line.length) line = Arrays.copyOf(line, Math.max(length + n, line.length * 2));
        System.arraycopy(buf, start, line, length, n);
        length += n;
    }

    private boolean fill() throws IOException, RecordingException {
        int n = src.read(buf, 0, buf.length);
        if (n < 0) return false;
        start = 0;
        end = n;
        bufMember = src.lastMember();
        bufPos = src.lastPos();
        return true;
    }

    byte[] bytes() { return line; }

    int length() { return length; }

    /** Number of the line last read, from 1. */
    long number() { return number; }

    /** Member and position where the line last read starts. */
    long lineMember() { return lineMember; }

    long linePos() { return linePos; }

    /** The text stopped in the middle of a line, or the file inside a gzip member: a recording cut short. */
    boolean truncated() { return partialTail || src.truncated(); }

    long fileOffset() { return src.fileOffset(); }

    @Override public void close() { src.close(); }
}
