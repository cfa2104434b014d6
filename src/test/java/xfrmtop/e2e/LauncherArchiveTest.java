package xfrmtop.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's class-data archive follows the checkout: the JVM silently ignores an archive made for a jar at
 * another path (a moved or copied checkout started ~70 ms slower, every time), so the launcher remakes it there.
 * Checked with -Xshare:on, which refuses to start rather than ignore an archive it cannot use.
 */
@Tag("e2e")
class LauncherArchiveTest {
    private static final Path BASE = Path.of(System.getProperty("xfrmtop.basedir", ".")).toAbsolutePath();

    /** A checkout as far as the launcher sees one without building: the launcher and the built jar. */
    static Path checkout(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("target"));
        Files.copy(BASE.resolve("xfrmtop"), dir.resolve("xfrmtop"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(BASE.resolve("target/xfrmtop.jar"), dir.resolve("target/xfrmtop.jar"));
        return dir;
    }

    private static void start(Path dir) {
        Cmd.Result r = Cmd.run(List.of("env", "XFRMTOP_SKIP_BUILD=1", dir.resolve("xfrmtop").toString(),
                "--version"), 120);
        assertEquals(0, r.exit(), r.out());
    }

    /** The archive can be used for this checkout's jar (-Xshare:on fails the start otherwise). */
    private static void assertArchiveUsable(Path dir) {
        Path jsa = dir.resolve("target/xfrmtop.jsa");
        assertTrue(Files.isRegularFile(jsa), "no archive made in " + dir);
        Cmd.Result r = Cmd.run(List.of("java", "-Xshare:on", "-XX:SharedArchiveFile=" + jsa, "-jar",
                dir.resolve("target/xfrmtop.jar").toString(), "--version"), 60);
        assertEquals(0, r.exit(), "the archive in " + dir + " is not usable there:\n" + r.out());
    }

    /**
     * After a JDK update the JVM rejects the archive and shares nothing: xfrmtop removes it and the next start makes
     * one the JVM uses. Stood in for by the JVM build the archive names (its header's version text) changed.
     */
    @Test
    void anArchiveOfAnotherJvmBuildIsRemadeForThisOne(@TempDir Path tmp) throws IOException {
        Path dir = checkout(tmp.toRealPath().resolve("c"));
        start(dir);
        assertArchiveUsable(dir);
        Path jsa = dir.resolve("target/xfrmtop.jsa");
        byte[] b = Files.readAllBytes(jsa);
        String text = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("Server VM (");
        assertTrue(at > 0, "the archive names its JVM build");
        b[at + "Server VM (".length()] ^= 1;                  // "17.0..." of another build
        jsa.toFile().setWritable(true);
        Files.write(jsa, b);
        Cmd.Result stale = Cmd.run(List.of("java", "-Xshare:on", "-XX:SharedArchiveFile=" + jsa, "-jar",
                dir.resolve("target/xfrmtop.jar").toString(), "--version"), 60);
        assertTrue(stale.exit() != 0, "the JVM must refuse the changed archive for this test to mean anything");
        start(dir);                                             // runs without sharing, and removes it
        assertTrue(!Files.exists(jsa), "a stale archive is removed");
        start(dir);                                             // makes a new one
        assertArchiveUsable(dir);
    }

    @Test
    void aMovedCheckoutGetsAnArchiveItsJvmUses(@TempDir Path tmp) throws IOException {
        Path first = checkout(tmp.toRealPath().resolve("first"));
        start(first);
        assertArchiveUsable(first);
        assertEquals(first.resolve("target/xfrmtop.jar").toString(),
                Files.readString(first.resolve("target/xfrmtop.jsa.jar")).strip());

        Path moved = Files.move(first, tmp.resolve("moved"));
        start(moved);
        assertArchiveUsable(moved);

        Path jsa = moved.resolve("target/xfrmtop.jsa");
        long made = Files.getLastModifiedTime(jsa).toMillis();
        start(moved);                                            // the same checkout again: the archive is kept
        assertEquals(made, Files.getLastModifiedTime(jsa).toMillis());
    }
}
