package xfrmtop.record;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that are not good recordings: a clear message naming the line or byte, never a stack trace or a wrong replay. */
@Tag("fast")
class BadRecordingsTest {
    @TempDir Path dir;

    private String error(Path p) {
        RecordingException e = assertThrows(RecordingException.class, () -> Recording.open(p, null));
        assertTrue(e.getMessage().startsWith(p.toString()), "names the file: " + e.getMessage());
        return e.getMessage();
    }

    private Path file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private Path text(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
            gz.write(b);
        }
        return bo.toByteArray();
    }

    /** A good recording as plain text lines. */
    private String plain(int ticks) throws IOException {
        Path p = dir.resolve("good" + ticks + ".xtr");
        Synth.write(p, ticks, 11);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void emptyFile() throws IOException {
        assertTrue(error(text("empty", "")).contains("empty file: not an xfrmtop recording"));
    }

    @Test
    void missingFile() {
        assertTrue(error(dir.resolve("nope.xtr")).contains("no such file"));
    }

    @Test
    void aDirectory() {
        String m = assertThrows(RecordingException.class, () -> Recording.open(dir, null)).getMessage();
        assertTrue(m.contains("cannot read"), m);
    }

    @Test
    void somethingElseEntirely() throws IOException {
        assertTrue(error(text("hello.txt", "hello world\n")).contains("not an xfrmtop recording"));
        byte[] junk = new byte[5000];
        new java.util.Random(1).nextBytes(junk);
        junk[0] = 7;
        assertTrue(error(file("junk.bin", junk)).contains("not an xfrmtop recording"));
        String m = error(file("other.gz", gzip("just some log\nlines\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(m.contains("line 1: not an xfrmtop recording"), m);
    }

    @Test
    void aNewerFormatVersion() throws IOException {
        String good = plain(3);
        String newer = good.replace("xfrmtop-recording\t1.1", "xfrmtop-recording\t2.0");
        String m = error(file("newer.xtr", gzip(newer.getBytes(StandardCharsets.UTF_8))));
        assertTrue(m.contains("line 1: recording format 2.0 is newer than this xfrmtop reads (1.x)"), m);
        assertTrue(error(text("bad-version.xtr", good.replace("\t1.1\t", "\tone\t"))).contains("line 1: bad format version 'one'"));
    }

    @Test
    void aNewerMinorVersionWithUnknownRecordsAndFieldsReadsFine() throws Exception {
        String good = plain(4);
        StringBuilder sb = new StringBuilder();
        for (String line : good.split("\n")) {
            if (line.startsWith("T\t")) {                   // an extra field, and one more line in each tick
                String[] f = line.split("\t");
                f[4] = Integer.toString(Integer.parseInt(f[4]) + 2);
                sb.append(String.join("\t", f)).append("\tfuture=1\n").append("W\tsa-added\tspi\t0x1\n")
                        .append("V\t0\t\tsomething-new\ta future event type\tand a field\n");
                continue;
            }
            sb.append(line.replace("xfrmtop-recording\t1.1", "xfrmtop-recording\t1.7"));
            if (line.startsWith("G\t")) sb.append("\tan extra field");
            sb.append('\n');
            if (line.startsWith("xfrmtop")) sb.append("Z\ta record between ticks\n");
        }
        Recording r = Recording.open(text("future.xtr", sb.toString()), null);
        assertEquals(4, r.size());
        assertEquals(7, r.header().minor());
        try (Frames f = r.frames()) {
            assertTrue(f.at(3).sample().events().isEmpty(), "an event type this version does not know is skipped");
        }
    }

    @Test
    void groupsOfAKindThisVersionDoesNotKnowAreSkipped() throws Exception {
        String good = plain(2).replace("K\t1\txfrm_stat\t", "K\t1\ttunnels\t");
        Recording r = Recording.open(text("kinds.xtr", good), null);
        try (Frames f = r.frames()) {
            assertTrue(f.at(1).groups().stream().noneMatch(g -> g.key().netns().isEmpty()
                    && g.key().kind() == xfrmtop.sample.Kind.XFRM_STAT));
        }
    }

    @Test
    void aCorruptedLineInTheMiddle() throws IOException {
        List<String> lines = new java.util.ArrayList<>(List.of(plain(5).split("\n")));
        int at = -1;
        for (int i = 20; i < lines.size(); i++) if (lines.get(i).startsWith("G\t")) { at = i; break; }
        String[] f = lines.get(at).split("\t", -1);
        f[6] = "12,x7";
        lines.set(at, String.join("\t", f));
        String corrupt = String.join("\n", lines) + "\n";
        String m = error(text("corrupt.txt", corrupt));
        assertTrue(m.contains("line " + (at + 1) + ": bad value 'x7'"), m);
        m = error(file("corrupt.xtr", gzip(corrupt.getBytes(StandardCharsets.UTF_8))));
        assertTrue(m.contains("line " + (at + 1) + ":"), m);

        lines.set(at, "G\t999\t1\tok\t0\t0\t=\t");
        assertTrue(error(text("undeclared.txt", String.join("\n", lines) + "\n"))
                .contains("line " + (at + 1) + ": group 999 used before it is declared"));
    }

    @Test
    void aFlippedByteInTheCompressedData() throws IOException {
        Path p = dir.resolve("flip.xtr");
        Synth.write(p, 40, 12);
        byte[] b = Files.readAllBytes(p);
        b[b.length / 2] ^= 0x55;
        String m = error(file("flipped.xtr", b));
        assertTrue(m.matches(".*(byte offset \\d+|line \\d+).*"), m);
    }

    @Test
    void aTickMissingItsLines() throws IOException {
        String good = plain(3);
        int t = good.indexOf("\nT\t", good.indexOf("\nT\t") + 1);      // the second tick
        int g = good.indexOf("\nG\t", t + 1);
        String broken = good.substring(0, g + 1) + good.substring(good.indexOf('\n', g + 1) + 1);
        String m = error(text("short-tick.txt", broken));
        assertTrue(m.contains("is missing 1 of its lines"), m);
    }

    @Test
    void aHugeLine() throws IOException {
        String good = plain(1);
        byte[] huge = new byte[5 << 20];
        java.util.Arrays.fill(huge, (byte) '7');
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        bo.write(good.getBytes(StandardCharsets.UTF_8));
        bo.write("T\t1\t1\t1\t1\t1\nG\t1\t1\tok\t0\t0\t".getBytes(StandardCharsets.UTF_8));
        bo.write(huge);
        int line = good.split("\n").length + 2;
        assertTrue(error(file("huge.txt", bo.toByteArray())).contains("line " + line + " is longer than 4 MiB"));
        assertTrue(error(file("huge.xtr", gzip(bo.toByteArray()))).contains("line " + line + " is longer than 4 MiB"));
    }

    @Test
    void aTruncatedFileStillReplaysWhatCameBefore() throws IOException, RecordingException {
        Path p = dir.resolve("whole.xtr");
        Synth.write(p, 50, 13);
        byte[] b = Files.readAllBytes(p);
        Recording r = Recording.open(file("cut.xtr", java.util.Arrays.copyOf(b, b.length * 2 / 3)), null);
        assertTrue(r.size() > 10 && r.size() < 50, "size " + r.size());
        assertTrue(r.notice().matches("recording cut short at line \\d+ \\(byte \\d+; xfrmtop was probably killed\\): "
                + "replaying the \\d+ complete samples before it"), r.notice());
        assertTrue(error(file("cut-early.xtr", java.util.Arrays.copyOf(b, 40)))
                .contains("cut short before its first complete sample"));
    }

    @Test
    void aHeaderWithoutTicks() throws IOException {
        assertTrue(error(text("no-ticks.txt", "xfrmtop-recording\t1.0\thost\tgw1\n")).contains("no samples in the recording"));
    }

    @Test
    void garbageAfterTheLastSegment() throws IOException {
        Path p = dir.resolve("g.xtr");
        Synth.write(p, 3, 14);
        byte[] b = Files.readAllBytes(p);
        byte[] more = java.util.Arrays.copyOf(b, b.length + 4);
        more[b.length] = 'a';
        String m = error(file("trailing.xtr", more));
        assertTrue(m.contains("byte offset " + b.length + ": not gzip data"), m);
    }
}
