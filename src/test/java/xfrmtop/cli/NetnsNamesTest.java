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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** -N / --netns-path validation: only plain names of real namespace files pass; anything else is exit 2. */
@Tag("fast")
class NetnsNamesTest {
    @TempDir Path dir;

    static void assertProblem(String problem, String contains) {
        assertNotNull(problem, "expected a problem containing " + contains);
        assertTrue(problem.contains(contains), problem);
    }

    @Test
    void namesThatCouldLeaveTheDirectoryOrAreNotNamesAreRefused() {
        assertProblem(NetnsNames.problem("", dir), "empty name");
        assertProblem(NetnsNames.problem("../x", dir), "contains '/'");
        assertProblem(NetnsNames.problem("a/b", dir), "contains '/'");
        assertProblem(NetnsNames.problem("..", dir), "'..' are refused");
        assertProblem(NetnsNames.problem(".", dir), "'..' are refused");
        assertProblem(NetnsNames.problem("x..y", dir), "'..' are refused");
        assertProblem(NetnsNames.problem("a\nb", dir), "control character");
        assertProblem(NetnsNames.problem("a".repeat(256), dir), "longer than 255 characters");
    }

    @Test
    void aNameMustExistAndBeANamespace() throws IOException {
        assertProblem(NetnsNames.problem("vpn1", dir), "no network namespace 'vpn1' in " + dir);
        Files.createFile(dir.resolve("vpn1"));           // what a failed `ip netns add` leaves: no bind mount
        assertProblem(NetnsNames.problem("vpn1", dir), "is not a namespace file");
        assertProblem(NetnsNames.problem("a".repeat(255), dir), "no network namespace");   // 255 is allowed
    }

    @Test
    void aNamespaceFileIsAccepted() {
        assertEquals(null, NetnsNames.pathProblem(Path.of("/proc/self/ns/net")));
        assertProblem(NetnsNames.pathProblem(Path.of("/proc/self/ns/nonexistent")), "does not exist");
        assertProblem(NetnsNames.pathProblem(Path.of("/proc/self/status")), "is not a namespace file");
    }

    @Test
    void theCommandLineExitsTwoWithTheReason() {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, XfrmtopCommand.run("--netns", "../x"));
            assertEquals(2, XfrmtopCommand.run("-N", "xt-no-such-namespace-" + ProcessHandle.current().pid()));
            assertEquals(2, XfrmtopCommand.run("--netns-path", "/proc/self/status"));
        } finally {
            System.setErr(err);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("--netns: '../x' contains '/'"), out);
        assertTrue(out.contains("--netns: no network namespace 'xt-no-such-namespace-"), out);
        assertTrue(out.contains("--netns-path: /proc/self/status is not a namespace file"), out);
    }
}
