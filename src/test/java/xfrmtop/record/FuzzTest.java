package xfrmtop.record;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A seeded random mutator: good recordings (plain text and gzip) with bytes flipped, inserted, deleted, lines
 * duplicated, swapped or cut, fed to the reader for a bounded time (-Dfuzz.seconds, default 4). The reader may
 * accept a mutant or refuse it with a RecordingException naming where; anything else (another exception, a hang,
 * running out of memory) fails. The seed of a failing case is in the message, so it can be replayed.
 */
@Tag("fast")
class FuzzTest {
    @TempDir Path dir;

    @Test
    @Timeout(120)
    void mutatedRecordingsNeverBreakTheReader() throws Exception {
        Path good = dir.resolve("good.xtr");
        Synth.write(good, 140, 21);           // two segments
        byte[] gz = Files.readAllBytes(good);
        byte[] plain;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(good))) {
            plain = in.readAllBytes();
        }
        long seed0 = Long.getLong("fuzz.seed", System.nanoTime());
        long end = System.nanoTime() + (long) (Double.parseDouble(System.getProperty("fuzz.seconds", "4")) * 1e9);
        int cases = 0, accepted = 0;
        Path mutant = dir.resolve("mutant");
        for (long seed = seed0; System.nanoTime() < end; seed++) {
            Random r = new Random(seed);
            boolean text = r.nextInt(3) != 0;
            byte[] m = mutate(text ? plain : gz, r, text);
            Files.write(mutant, m);
            try {
                Recording rec = Recording.open(mutant, null);
                try (Frames f = rec.frames()) {
                    for (int i = 0; i < 12; i++) f.at(r.nextInt(rec.size()));
                    f.at(rec.size() - 1);
                }
                accepted++;
            } catch (RecordingException e) {
                String msg = e.getMessage();
                assertTrue(msg.matches("(?s).*(line \\d+|byte offset \\d+|byte \\d+|empty file|not an xfrmtop recording"
                        + "|no samples|cut short).*"), "seed " + seed + ": message names no place: " + msg);
            } catch (Throwable t) {
                fail("seed " + seed + " (" + (text ? "text" : "gzip") + "): " + t, t);
            }
            cases++;
        }
        System.out.println("fuzz: " + cases + " mutated recordings from seed " + seed0 + ", " + accepted + " accepted");
        assertTrue(cases > 50, "enough cases ran: " + cases);
    }

    static byte[] mutate(byte[] in, Random r, boolean text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 64);
        byte[] b = in.clone();
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n && b.length > 0; k++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(text ? 8 : 4)) {
                case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));                    // flip a bit
                case 1 -> b = splice(b, at, at + r.nextInt(Math.min(64, b.length - at) + 1), new byte[0]);  // delete
                case 2 -> {                                                         // insert random bytes
                    byte[] ins = new byte[1 + r.nextInt(16)];
                    r.nextBytes(ins);
                    b = splice(b, at, at, ins);
                }
                case 3 -> b = java.util.Arrays.copyOf(b, Math.max(1, at));         // cut
                case 4 -> b[at] = "\t\n=+,-\\0123456789".getBytes()[r.nextInt(17)];   // a meaningful character
                case 5 -> {                                                         // duplicate a line
                    int s = lineStart(b, at), e = lineEnd(b, at);
                    b = splice(b, e, e, java.util.Arrays.copyOfRange(b, s, e));
                }
                case 6 -> {                                                         // drop a line
                    int s = lineStart(b, at), e = lineEnd(b, at);
                    b = splice(b, s, e, new byte[0]);
                }
                default -> {                                                        // a huge number
                    byte[] digits = "99999999999999999999999".getBytes();
                    b = splice(b, at, at, digits);
                }
            }
        }
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static int lineStart(byte[] b, int at) {
        while (at > 0 && b[at - 1] != '\n') at--;
        return at;
    }

    private static int lineEnd(byte[] b, int at) {
        while (at < b.length && b[at] != '\n') at++;
        return Math.min(b.length, at + 1);
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] ins) {
        byte[] o = new byte[b.length - (to - from) + ins.length];
        System.arraycopy(b, 0, o, 0, from);
        System.arraycopy(ins, 0, o, from, ins.length);
        System.arraycopy(b, to, o, from + ins.length, b.length - to);
        return o;
    }
}
