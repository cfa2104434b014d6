package xfrmtop.record;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The decompressed text of a recording file: gzip members one after the other (each checked against its CRC), or
 * the file itself when it is plain text (a recording someone unzipped). Each read returns bytes of one member only
 * and says where they came from (member offset, position in the member), so a reader can come back to any line.
 * Running out of file inside a member is a truncation (a crash while recording), not an error.
 */
final class MemberReader implements AutoCloseable {
    private static final int FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16;

    private final FileChannel ch;
    private final boolean gzip;
    private final ByteBuffer in = ByteBuffer.allocate(65536);
    private final CRC32 crc = new CRC32();
    private long inFileOffset;          // file offset of in's first byte
    private Inflater inf;
    private long member = -1, memberPos, lastMember, lastPos;
    private boolean eof, truncated;

    private MemberReader(FileChannel ch, boolean gzip) {
        this.ch = ch;
        this.gzip = gzip;
        in.limit(0);
    }

    /** Opens at a member (gzip) or byte offset (plain text) and skips `skip` decompressed bytes of that member. */
    static MemberReader open(Path p, boolean gzip, long member, long skip) throws IOException, RecordingException {
        FileChannel ch = FileChannel.open(p, StandardOpenOption.READ);
        MemberReader r = new MemberReader(ch, gzip);
        try {
            r.inFileOffset = gzip ? member : member + skip;
            ch.position(r.inFileOffset);
            if (!gzip) {
                r.member = 0;
                r.memberPos = member + skip;
                return r;
            }
            byte[] waste = new byte[8192];
            while (skip > 0) {
                int n = r.read(waste, 0, (int) Math.min(waste.length, skip));
                if (n < 0) throw new RecordingException("byte offset " + member + ": the file changed since it was opened");
                skip -= n;
            }
            return r;
        } catch (IOException | RecordingException | RuntimeException e) {
            r.close();
            throw e;
        }
    }

    /** Whether the file starts with the gzip magic (or with as much of it as a file cut after one byte has). */
    static boolean isGzip(byte[] head, int n) {
        return n >= 1 && (head[0] & 0xff) == 0x1f && (n == 1 || (head[1] & 0xff) == 0x8b);
    }

    /** Member (file offset; 0 for plain text) of the bytes the last read returned. */
    long lastMember() { return lastMember; }

    /** Position in that member (decompressed bytes before them; the file offset for plain text). */
    long lastPos() { return lastPos; }

    /** The file ended inside a gzip member (no trailer): what came before is good. */
    boolean truncated() { return truncated; }

    /** About where in the file reading is (for messages). */
    long fileOffset() { return inFileOffset + in.position(); }

    /** Up to len decompressed bytes, all from one member; -1 at the end of the file. */
    int read(byte[] b, int off, int len) throws IOException, RecordingException {
        if (!gzip) {
            if (!fill()) return -1;
            int n = Math.min(len, in.remaining());
            in.get(b, off, n);
            lastMember = 0;
            lastPos = memberPos;
            memberPos += n;
            return n;
        }
        try {
            return inflate(b, off, len);
        } catch (Truncated t) {
            return -1;                                  // the file ended inside a gzip header or trailer
        }
    }

    private int inflate(byte[] b, int off, int len) throws IOException, RecordingException {
        while (true) {
            if (inf == null && !startMember()) return -1;
            int n;
            try {
                n = inf.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new RecordingException("byte offset " + fileOffset() + ": corrupt compressed data ("
                        + e.getMessage() + ")");
            }
            if (n > 0) {
                crc.update(b, off, n);
                lastMember = member;
                lastPos = memberPos;
                memberPos += n;
                return n;
            }
            if (inf.finished()) {
                endMember();
            } else if (inf.needsDictionary()) {
                throw new RecordingException("byte offset " + fileOffset() + ": compressed data needs a dictionary: not a recording");
            } else if (inf.needsInput() && !fill()) {
                truncated = true;
                return -1;
            }
        }
    }

    private boolean startMember() throws IOException, RecordingException {
        if (!fill()) return false;
        long at = fileOffset();
        int id1 = u8(), id2 = u8(), cm = u8(), flg = u8();
        if (id1 != 0x1f || id2 != 0x8b) {
            throw new RecordingException("byte offset " + at + ": not gzip data (garbage after the recording?)");
        }
        if (cm != 8) throw new RecordingException("byte offset " + at + ": unknown gzip compression method " + cm);
        for (int i = 0; i < 6; i++) u8();                       // mtime, xfl, os
        if ((flg & FEXTRA) != 0) {
            int xlen = u8() | u8() << 8;
            for (int i = 0; i < xlen; i++) u8();
        }
        if ((flg & FNAME) != 0) while (u8() != 0) { /* file name */ }
        if ((flg & FCOMMENT) != 0) while (u8() != 0) { /* comment */ }
        if ((flg & FHCRC) != 0) { u8(); u8(); }
        member = at;
        memberPos = 0;
        crc.reset();
        inf = new Inflater(true);
        inf.setInput(in);
        return true;
    }

    private void endMember() throws IOException, RecordingException {
        long at = fileOffset();
        long sum = u32(), size = u32();
        long total = inf.getBytesWritten();
        inf.end();
        inf = null;
        if (sum != crc.getValue() || size != (total & 0xffffffffL)) {
            throw new RecordingException("byte offset " + at + ": checksum mismatch in the segment at byte " + member
                    + ": the file is corrupt");
        }
    }

    private long u32() throws IOException, RecordingException {
        return (u8() | (long) u8() << 8 | (long) u8() << 16 | (long) u8() << 24) & 0xffffffffL;
    }

    /** One byte of the file; running out here is a truncation. */
    private int u8() throws IOException, RecordingException {
        if (!fill()) {
            truncated = true;
            throw new Truncated();
        }
        return in.get() & 0xff;
    }

    /** Makes input available; false at the end of the file. Keeps the inflater pointed at the buffer. */
    private boolean fill() throws IOException {
        if (in.hasRemaining()) return true;
        if (eof) return false;
        inFileOffset += in.limit();
        in.clear();
        int n;
        do n = ch.read(in); while (n == 0);
        in.flip();
        if (n < 0) {
            eof = true;
            in.limit(0);
            return false;
        }
        if (inf != null) inf.setInput(in);
        return true;
    }

    @Override
    public void close() {
        if (inf != null) inf.end();
        try {
            ch.close();
        } catch (IOException ignored) {
            // read-only file
        }
    }

    /** Thrown inside the header/trailer parsing when the file ends; read() turns it into the end of the text. */
    private static final class Truncated extends RuntimeException {
        Truncated() { super(null, null, false, false); }
    }
}
