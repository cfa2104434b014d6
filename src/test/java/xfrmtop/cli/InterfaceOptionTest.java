package xfrmtop.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** -i and --nic-filter are checked before use: a bad one is a usage error (exit 2) that says what is wrong. */
@Tag("fast")
class InterfaceOptionTest {
    @TempDir
    Path proc;

    /** Runs the command line with a /proc whose net/dev lists lo and eth0; returns exit status and stderr. */
    String[] run(String... args) throws IOException {
        Files.createDirectories(proc.resolve("net"));
        Files.writeString(proc.resolve("net/dev"), """
                Inter-|   Receive                                                |  Transmit
                 face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
                    lo:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
                  eth0: 1234567    8901    0    0    0     0          0         0   765432    4321    0    0    0     0       0          0
                """);
        String[] all = new String[args.length + 2];
        all[0] = "--proc-root";
        all[1] = proc.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int rc = XfrmtopCommand.run(all);
            return new String[] {String.valueOf(rc), buf.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void badNamesAreUsageErrors() throws IOException {
        for (String bad : new String[] {"", "eth0/1", "a b", "eth0:1", "abcdefghijklmnop", "..", "tab\there"}) {
            String[] r = run("-b", "-n", "1", "-i", bad);
            assertEquals("2", r[0], "'" + bad + "': " + r[1]);
            assertTrue(r[1].startsWith("-i: "), r[1]);
        }
    }

    @Test
    void aMissingInterfaceIsAUsageErrorThatListsTheOnesThere() throws IOException {
        String[] r = run("-b", "-n", "1", "-i", "eth0", "-i", "eth9");
        assertEquals("2", r[0], r[1]);
        assertTrue(r[1].startsWith("-i eth9: no such interface (here: lo, eth0)"), r[1]);
    }

    @Test
    void aBadRegexIsAUsageError() throws IOException {
        String[] r = run("-b", "-n", "1", "--nic-filter", "ipsec_(");
        assertEquals("2", r[0], r[1]);
        assertTrue(r[1].startsWith("--nic-filter: not a regular expression"), r[1]);
    }

    @Test
    void theKernelsNameRules() {
        assertNull(InterfaceNames.syntaxProblem("enp65s0f0np0"));
        assertNull(InterfaceNames.syntaxProblem("abcdefghijklmno"), "15 bytes is the longest");
        assertTrue(InterfaceNames.syntaxProblem("abcdefghijklmnop").contains("longer than 15 bytes"));
    }
}
