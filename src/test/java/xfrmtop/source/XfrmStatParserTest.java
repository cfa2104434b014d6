package xfrmtop.source;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Group;
import xfrmtop.sample.Health;
import xfrmtop.sample.Sample;
import xfrmtop.sample.SampleBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("fast")
class XfrmStatParserTest {
    static final Path FIX = Path.of("src/test/resources/fixtures/xfrm_stat");

    static XfrmStatParser.Result parse(XfrmStatParser p, String fixture) throws IOException {
        byte[] b = Files.readAllBytes(FIX.resolve(fixture));
        return p.parse(b, b.length);
    }

    @Test
    void todaysKernelHas32CountersInFileOrder() throws IOException {
        XfrmStatParser.Result r = parse(new XfrmStatParser(), "linux-6.18.txt");
        assertEquals(32, r.names().size());
        assertEquals("XfrmInError", r.names().name(0));
        assertEquals("XfrmOutStateDirError", r.names().name(28));
        assertEquals("XfrmOutNoQueueSpace", r.names().name(31));
        assertEquals(0, r.malformed());
        assertEquals(2, r.values()[1]);     // (1*7)%5 as written by the fixture
    }

    @Test
    void olderKernelWithoutNewerCounters() throws IOException {
        XfrmStatParser.Result r = parse(new XfrmStatParser(), "linux-4.19.txt");
        assertEquals(28, r.names().size());
        assertEquals("XfrmAcquireError", r.names().name(27));
    }

    @Test
    void unknownNamesAreKeptWithTheirValues() throws IOException {
        XfrmStatParser.Result r = parse(new XfrmStatParser(), "unknown-names.txt");
        assertEquals(34, r.names().size());
        assertEquals(30, r.names().indexOf("XfrmNoSkbError"));
        assertEquals(3, r.values()[30]);
        assertEquals(12345678901234L, r.values()[r.names().indexOf("XfrmFutureCounter")]);
    }

    @Test
    void garbageLinesAreSkippedAndCounted() throws IOException {
        XfrmStatParser.Result r = parse(new XfrmStatParser(), "garbage.txt");
        assertEquals(CounterNames.of("XfrmInError", "XfrmInHdrError", "XfrmInStateProtoError").toString(),
                r.names().toString());
        assertArrayEquals(new long[] {1, 3, -1L /* 2^64-1 unsigned */}, r.values());
        assertEquals(5, r.malformed());
    }

    @Test
    void layoutIsMappedOnceAndReusedWhileUnchanged() throws IOException {
        XfrmStatParser p = new XfrmStatParser();
        CounterNames first = parse(p, "linux-6.18.txt").names();
        assertSame(first, parse(p, "zeros-6.18.txt").names(), "same names: same instance, no new strings");
        CounterNames older = parse(p, "linux-4.19.txt").names();
        assertEquals(28, older.size());
        assertTrue(older != first);
    }

    @Test
    void emptyInput() {
        XfrmStatParser.Result r = new XfrmStatParser().parse(new byte[0], 0);
        assertEquals(0, r.names().size());
        assertEquals(0, r.malformed());
    }

    @Test
    void sourceReportsAMissingFileAsStaleWithTheReason(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        XfrmStatSource src = new XfrmStatSource(dir, "");
        SampleBuilder b = new SampleBuilder(0, 1, 2);
        src.read(b);
        Group g = b.build().groups().get(0);
        assertEquals(Health.STALE, g.health());
        assertTrue(g.note().contains("CONFIG_XFRM_STATISTICS"), g.note());
        // the file appears later: the next read picks it up
        Files.copy(FIX.resolve("linux-6.18.txt"), dir.resolve("xfrm_stat"));
        SampleBuilder b2 = new SampleBuilder(1, 2, 3);
        src.read(b2);
        Sample s = b2.build();
        assertEquals(Health.OK, s.groups().get(0).health());
        assertEquals(32, s.groups().get(0).names().size());
        src.close();
    }

    @Test
    void sourceRereadsTheHeldFileEachTick(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("xfrm_stat");
        Files.copy(FIX.resolve("zeros-6.18.txt"), f);
        try (XfrmStatSource src = new XfrmStatSource(dir, "")) {
            SampleBuilder b = new SampleBuilder(0, 1, 2);
            src.read(b);
            assertEquals(0, b.build().groups().get(0).values()[0]);
            Files.write(f, Files.readAllBytes(FIX.resolve("linux-6.18.txt")));  // same inode, new content
            SampleBuilder b2 = new SampleBuilder(1, 2, 3);
            src.read(b2);
            assertEquals(2, b2.build().groups().get(0).values()[1]);
        }
    }
}
