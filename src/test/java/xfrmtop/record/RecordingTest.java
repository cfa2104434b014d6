package xfrmtop.record;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.Sample;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is recorded comes back exactly: every field of every sample, and every frame, in any order. */
@Tag("fast")
class RecordingTest {
    @TempDir Path dir;

    static List<Sample> decodeAll(Path p, boolean gzip) throws Exception {
        List<Sample> out = new ArrayList<>();
        try (RecordDecoder d = new RecordDecoder(new LineReader(MemberReader.open(p, gzip, 0, 0), 0), 0, null,
                new SegmentSharing())) {
            Sample s;
            while ((s = d.next()) != null) out.add(s);
        }
        return out;
    }

    static List<Frame> chain(List<Sample> samples) {
        List<Frame> out = new ArrayList<>();
        Frame f = null;
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            f = Calculator.next(f, new Sample(i, s.monoNanos(), s.wallMillis(), s.groups(), s.events()));
            out.add(f);
        }
        return out;
    }

    @Test
    void everyFieldOfEverySampleComesBack() throws Exception {
        Path p = dir.resolve("a.xtr");
        List<Sample> want = Synth.write(p, 300, 1);
        List<Sample> got = decodeAll(p, true);
        assertEquals(want.size(), got.size());
        for (int i = 0; i < want.size(); i++) Synth.assertSameSample(want.get(i), got.get(i), i);
        Recording r = Recording.open(p, null);
        assertEquals(300, r.size());
        assertEquals(3, r.segments(), "a new gzip member every " + RecordFormat.SEGMENT_TICKS + " ticks");
        assertEquals("", r.notice());
        assertEquals(Synth.HOST, r.header().host());
        assertEquals(1, r.header().major());
        assertEquals(want.get(299).wallMillis(), r.wallMillis(299));
        assertEquals(Synth.S, r.intervalNanos(5));
    }

    @Test
    void framesAreTheSameForwardBackwardAndInAnyOrder() throws Exception {
        Path p = dir.resolve("b.xtr");
        List<Frame> want = chain(Synth.write(p, 300, 2));
        List<Frame> scanned = new ArrayList<>();
        Recording r = Recording.open(p, scanned::add);
        for (int i = 0; i < want.size(); i++) FrameAssert.assertSameFrame(want.get(i), scanned.get(i), "scan tick " + i);
        try (Frames f = r.frames()) {
            for (int i = want.size() - 1; i >= 0; i--) FrameAssert.assertSameFrame(want.get(i), f.at(i), "backwards tick " + i);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < want.size(); i++) order.add(i);
            Collections.shuffle(order, new java.util.Random(7));
            for (int i : order) FrameAssert.assertSameFrame(want.get(i), f.at(i), "random tick " + i);
        }
    }

    @Test
    void anUnzippedRecordingReplaysTheSame() throws Exception {
        Path gz = dir.resolve("c.xtr"), plain = dir.resolve("c.txt");
        List<Frame> want = chain(Synth.write(gz, 250, 3));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            Files.write(plain, in.readAllBytes());
        }
        assertTrue(Files.readString(plain).startsWith("xfrmtop-recording\t1.1\thost\tgw\\t1\t"), "escaped host name");
        Recording r = Recording.open(plain, null);
        assertEquals(250, r.size());
        try (Frames f = r.frames()) {
            for (int i = want.size() - 1; i >= 0; i -= 7) FrameAssert.assertSameFrame(want.get(i), f.at(i), "plain tick " + i);
        }
    }

    @Test
    void concatenatedRecordingsReplayOneAfterTheOther() throws Exception {
        Path a = dir.resolve("a1.xtr"), b = dir.resolve("b1.xtr"), both = dir.resolve("ab.xtr");
        Synth.write(a, 130, 4);
        Synth.write(b, 10, 5);
        Files.write(both, Files.readAllBytes(a));
        Files.write(both, Files.readAllBytes(b), java.nio.file.StandardOpenOption.APPEND);
        Recording r = Recording.open(both, null);
        assertEquals(140, r.size());
        try (Frames f = r.frames()) {
            assertEquals(139, f.at(139).sample().seq());
        }
    }

    @Test
    void theRecorderWritesEveryTickAndEndsTheFileProperly() throws Exception {
        Path p = dir.resolve("r.xtr");
        Synth s = new Synth(6);
        List<Sample> want = new ArrayList<>();
        Recorder rec = Recorder.open(p, Synth.HOST);
        for (int i = 0; i < 130; i++) {
            Sample x = s.next();
            want.add(x);
            rec.accept(x, Synth.S);
            if (i % 50 == 0) Thread.sleep(20);      // let the queue drain now and then
        }
        rec.close();
        assertEquals(null, rec.failure());
        assertEquals(130, rec.ticksWritten());
        assertTrue(rec.status().startsWith("REC r.xtr "), rec.status());
        Recording r = Recording.open(p, null);
        assertEquals("", r.notice(), "closed properly: no truncation notice");
        List<Sample> got = decodeAll(p, true);
        for (int i = 0; i < want.size(); i++) Synth.assertSameSample(want.get(i), got.get(i), i);
    }

    /** A kill -9 leaves the file as it was after the last flushed tick: every tick written so far replays. */
    @Test
    void aKilledRecordingKeepsEveryFlushedTick() throws Exception {
        Path p = dir.resolve("k.xtr");
        Synth s = new Synth(8);
        List<Sample> want = new ArrayList<>();
        RecordingWriter w = new RecordingWriter(new FileOutputStream(p.toFile()), Synth.HOST, "test");
        for (int i = 0; i < 140; i++) {
            Sample x = s.next();
            want.add(x);
            w.write(x, Synth.S);
            if (i % 13 != 0 && i != 121) continue;
            Path snap = dir.resolve("snap" + i);
            Files.copy(p, snap);
            Recording r = Recording.open(snap, null);
            assertEquals(i + 1, r.size(), "ticks replayed from a copy taken after tick " + i);
            assertTrue(r.notice().contains("cut short"), r.notice());
        }
        w.close();
        List<Sample> got = decodeAll(p, true);
        for (int i = 0; i < want.size(); i++) Synth.assertSameSample(want.get(i), got.get(i), i);
    }

    /** Cut anywhere, a recording replays a prefix of what was recorded, or says it has no complete sample. */
    @Test
    void aRecordingCutAtAnyByteReplaysWhatCameBefore() throws Exception {
        Path p = dir.resolve("t.xtr");
        List<Sample> want = Synth.write(p, 6, 9);
        byte[] all = Files.readAllBytes(p);
        Path cut = dir.resolve("cut.xtr");
        int last = -1;
        for (int len = 1; len < all.length; len++) {
            Files.write(cut, java.util.Arrays.copyOf(all, len));
            Recording r;
            try {
                r = Recording.open(cut, null);
            } catch (RecordingException e) {
                assertTrue(e.getMessage().contains("cut short before its first complete sample"), len + ": " + e.getMessage());
                continue;
            }
            assertTrue(r.size() >= last && r.size() <= want.size(), "prefix grows with the length");
            last = r.size();
            assertTrue(r.notice().contains("cut short"), r.notice());
            try (Frames f = r.frames()) {
                assertEquals(want.get(r.size() - 1).wallMillis(), f.at(r.size() - 1).sample().wallMillis());
            }
        }
        assertEquals(want.size(), Recording.open(p, null).size());
        assertTrue(last >= want.size() - 1, "a cut in the gzip trailer still gives every tick");
    }
}
