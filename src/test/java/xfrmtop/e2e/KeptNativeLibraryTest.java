package xfrmtop.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher keeps JNA's native library in target/ (written once by the training run) and the JVM loads it from
 * there: the ethtool ioctl of a veth still answers, and the home directory gets no ~/.cache/JNA, where JNA itself
 * would unpack 134 KB at every start (the control run without the launcher shows it does).
 */
@Tag("e2e")
class KeptNativeLibraryTest {
    private static List<String> nicRows(Cmd.Result r) {
        return r.out().lines().filter(l -> l.contains("\"nics\":[{\"iface\":\"kv0\"")).toList();
    }

    @Test
    void theLauncherLoadsJnaFromTargetAndWritesNothingUnderHome(@TempDir Path tmp) throws IOException {
        Path dir = LauncherArchiveTest.checkout(tmp.toRealPath().resolve("co"));
        Path home = Files.createDirectories(tmp.resolve("home"));
        String userHome = "JAVA_TOOL_OPTIONS=-Duser.home=" + home;
        try (Netns ns = Netns.create("kept")) {
            ns.ip("link", "add", "kv0", "type", "veth", "peer", "name", "kv1");
            ns.ip("link", "set", "kv0", "up");
            List<String> batch = List.of("--batch", "-n", "1", "--format", "json", "-N", ns.name, "-i", "kv0");

            Cmd.Result plain = Cmd.run(Cmd.concat(List.of("env", userHome, "java", "-jar",
                    dir.resolve("target/xfrmtop.jar").toString()), batch.toArray(new String[0])), 120);
            assertEquals(0, plain.exit(), plain.out());
            assertTrue(Files.isDirectory(home.resolve(".cache/JNA")), "JNA's own way unpacks under the home directory");
            PrometheusE2ETest.deleteTree(home.resolve(".cache"));

            Cmd.Result r = Cmd.run(Cmd.concat(List.of("env", userHome, "XFRMTOP_SKIP_BUILD=1",
                    dir.resolve("xfrmtop").toString()), batch.toArray(new String[0])), 120);
            assertEquals(0, r.exit(), r.out());
            assertEquals(1, nicRows(r).size(), "the veth's ethtool counters, read through JNA:\n" + r.out());
            try (Stream<Path> kept = Files.list(dir.resolve("target"))) {
                assertEquals(1, kept.filter(p -> p.getFileName().toString().matches("libjnidispatch-[0-9a-f]+\\.so"))
                        .count(), "one kept copy in target/");
            }
            assertFalse(Files.exists(home.resolve(".cache")), "nothing written under the home directory");
        }
    }
}
