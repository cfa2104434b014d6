package xfrmtop.app;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

@Tag("fast")
class ScanProgressTest {
    @Test
    void saysHowManyTicksOnOneLineAndClearsIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicInteger seen = new AtomicInteger();
        ScanProgress p = new ScanProgress(f -> seen.incrementAndGet(), "big.xtr", new PrintStream(bytes, true), 0);
        p.accept(null);
        p.accept(null);                                   // within a quarter second: not written again
        p.done();
        assertEquals(2, seen.get(), "every frame goes on to the scan");
        assertEquals("\rxfrmtop: reading big.xtr: 1 ticks so far\033[K\r\033[K", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileNameCannotSendEscapeSequences() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ScanProgress p = new ScanProgress(f -> {}, "a\u001b[2J\u009bb.xtr", new PrintStream(bytes, true), 0);
        p.accept(null);
        assertEquals("\rxfrmtop: reading a?[2J?b.xtr: 1 ticks so far\033[K", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aQuickReadOrNoTerminalWritesNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ScanProgress quick = new ScanProgress(f -> {}, "small.xtr", new PrintStream(bytes, true), 60_000_000_000L);
        quick.accept(null);
        quick.done();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
        ScanProgress nowhere = new ScanProgress(f -> {}, "x.xtr", null, 0);
        nowhere.accept(null);
        nowhere.done();
    }
}
