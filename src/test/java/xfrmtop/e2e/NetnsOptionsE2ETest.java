package xfrmtop.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Bad namespace names are usage errors found before anything is opened (checked with strace: no setns, no namespace
 * file, no xfrm_stat, no native library), and a namespace that cannot be entered is reported with the reason.
 */
@Tag("e2e")
class NetnsOptionsE2ETest {

    @Test
    void badNamesExitTwoWithAClearMessageAndOpenNothing() throws IOException {
        Testbed.assumeJar();
        assumeTrue(Cmd.exists("strace"), "SKIPPED: strace is not installed (dev/install-test-deps.sh installs it)");
        String longName = "a".repeat(256);
        List<String[]> cases = List.of(
                new String[] {"--netns", "xtmissing" + ProcessHandle.current().pid(), "no network namespace"},
                new String[] {"--netns", "../x", "contains '/'"},
                new String[] {"-N", "..", "'..' is not a namespace name"},
                new String[] {"--netns", longName, "longer than 255 characters"},
                new String[] {"--netns", "", "empty name"},
                new String[] {"--netns-path", "/nonexistent/ns/net", "does not exist"},
                new String[] {"--netns-path", "/etc/hostname", "is not a namespace file"});
        Path log = Files.createTempFile("xfrmtop-strace", ".log");
        try {
            for (String[] c : cases) {
                List<String> argv = new ArrayList<>(List.of("strace", "-f", "-qq", "-e", "trace=open,openat,setns", "-o",
                        log.toString(), "env", "XFRMTOP_SKIP_BUILD=1", Testbed.launcher(), c[0], c[1]));
                Cmd.Result r = Cmd.run(argv, 60);
                String what = c[0] + " '" + (c[1].length() > 20 ? c[1].substring(0, 20) + "..." : c[1]) + "'";
                assertEquals(2, r.exit(), what + ": usage error exit status\n" + r.out());
                assertTrue(r.out().contains(c[0].startsWith("--netns-path") ? "--netns-path: " : "--netns: ")
                        && r.out().contains(c[2]), what + ": message names the option and the problem\n" + r.out());
                String trace = Files.readString(log);
                assertTrue(trace.contains("openat("), "strace saw the run: " + trace.length());
                for (String line : trace.split("\n")) {
                    String l = line.toLowerCase(Locale.ROOT);
                    assertFalse(l.contains("setns(") || l.contains("/run/netns/") || l.contains("xfrm_stat")
                            || l.contains("jna") || l.contains("/ns/net"), what + ": nothing may be opened: " + line);
                }
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @Test
    void aNamespaceThatCannotBeEnteredIsStaleWithTheReason() throws Exception {
        Testbed.assumeJar();
        assumeTrue(Cmd.exists("setpriv"), "SKIPPED: setpriv (util-linux) is not installed");
        Path dir = Files.createTempDirectory("xfrmtop-nobody", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxrwxrwx")));
        Path jar = dir.resolve("xfrmtop.jar");
        Files.copy(Path.of(System.getProperty("xfrmtop.jar")), jar, StandardCopyOption.REPLACE_EXISTING);
        jar.toFile().setReadable(true, false);
        try (Netns ns = Netns.create("u")) {
            Cmd.Result one = Cmd.run(nobody(dir, jar, "-N", ns.name, "-b", "-n", "1"), 60);
            assertEquals(1, one.exit(), "nothing readable in batch mode: exit 1\n" + one.out());
            assertTrue(one.out().contains("EPERM") && one.out().contains("CAP_SYS_ADMIN"), one.out());
            Cmd.Result all = Cmd.run(nobody(dir, jar, "-A", "-b", "--format", "json", "-n", "2"), 60);
            assertEquals(0, all.exit(), "the namespace it runs in is still read: exit 0\n" + all.out());
            String last = all.out().lines().filter(l -> l.startsWith("{")).reduce((x, y) -> y).orElse("");
            assertNotNull(JsonLines.row(last, "", "XfrmInError"), "own namespace read: " + last);
            assertTrue(last.contains("{\"source\":\"xfrm_stat\",\"netns\":\"" + ns.name + "\",\"instance\":\"\","
                    + "\"health\":\"stale\",\"message\":\"cannot enter the namespace: setns "), last);
        } finally {
            Files.deleteIfExists(jar);
            Files.deleteIfExists(dir);
        }
    }

    /** java -jar as user nobody (uid 65534), with a home it can write (JNA unpacks its library there). */
    private static List<String> nobody(Path home, Path jar, String... args) {
        List<String> l = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                "env", "HOME=" + home, UdpSender.javaBin(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString()));
        l.addAll(List.of(args));
        return l;
    }
}
