package xfrmtop.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 9 end to end: build the .deb with the documented command, install it with apt on this machine, use it as an
 * operator would (version, batch run, man page, bash completion), then remove it and check nothing is left.
 */
@Tag("e2e")
class DebPackageTest {
    @Test
    void buildInstallUseAndRemove() {
        assumeTrue("0".equals(Cmd.ok("id", "-u").trim()), "SKIPPED: installing a package needs root");
        assumeTrue(Cmd.exists("dpkg-deb") && Cmd.exists("apt-get"), "SKIPPED: needs dpkg-deb and apt-get");
        assumeTrue(!installed(), "SKIPPED: an xfrmtop package is already installed");
        Path base = Path.of(System.getProperty("xfrmtop.basedir", ".")).toAbsolutePath();
        String built = Cmd.run(List.of(base.resolve("dev/build-deb.sh").toString()), 300).out();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("target/xfrmtop_\\S+_all\\.deb").matcher(built);
        assertTrue(m.find(), built);
        String deb = m.group();
        Path debPath = base.resolve(deb);
        assertTrue(Files.exists(debPath), built);
        Cmd.Result purged;
        try {
            Cmd.Result install = Cmd.run(List.of("apt-get", "install", "-y", "--no-install-recommends", debPath.toString()), 300);
            assertEquals(0, install.exit(), install.out());
            String version = Cmd.ok("/usr/bin/xfrmtop", "--version");
            assertTrue(version.startsWith("xfrmtop ") && version.contains("commit") && version.contains("Java 17"), version);
            Cmd.Result batch = Cmd.run(List.of("/usr/bin/xfrmtop", "-b", "-n", "2", "-d", "0.2"), 60);
            assertEquals(0, batch.exit(), batch.out());
            assertTrue(batch.out().contains("XfrmInError"), batch.out());
            assertEquals("/usr/share/man/man1/xfrmtop.1.gz", Cmd.ok("man", "-w", "xfrmtop").trim());
            String complete = Cmd.ok("bash", "-c", "source /usr/share/bash-completion/completions/xfrmtop && complete -p xfrmtop");
            assertEquals("complete -F _xfrmtop xfrmtop", complete.trim());
            String words = Cmd.ok("bash", "-c", "source /usr/share/bash-completion/completions/xfrmtop; "
                    + "COMP_WORDS=(xfrmtop --fo); COMP_CWORD=1; _xfrmtop; echo ${COMPREPLY[*]}");
            assertEquals("--format", words.trim());
            assertTrue(Files.exists(Path.of("/var/lib/xfrmtop/xfrmtop.jsa")), "postinst made the CDS archive");
            assertEquals(1, Cmd.ok("find", "/var/lib/xfrmtop", "-name", "libjnidispatch-*.so").lines().count(),
                    "postinst kept JNA's native library, so starts do not unpack it");
            exporterUnit();
        } finally {
            purged = purge();
        }
        assertEquals(0, purged.exit(), "dpkg --purge xfrmtop: " + purged.out());
        assertFalse(Files.exists(Path.of("/usr/bin/xfrmtop")));
        assertFalse(Files.exists(Path.of("/usr/share/xfrmtop")));
        assertFalse(Files.exists(Path.of("/var/lib/xfrmtop")));
        assertFalse(installed(), "package removed");
        assertFalse(Files.exists(Path.of(UNIT)), "unit removed");
    }

    static final String UNIT = "/lib/systemd/system/xfrmtop-exporter.service";

    /** The packaged unit: valid for systemd, disabled, and its command serves /metrics as installed (in a netns). */
    static void exporterUnit() {
        assertTrue(Files.exists(Path.of(UNIT)), UNIT);
        if (Cmd.exists("systemd-analyze")) {
            Cmd.Result verify = Cmd.run("systemd-analyze", "verify", UNIT);
            assertEquals(0, verify.exit(), "systemd-analyze verify: " + verify.out());
        }
        if (Cmd.exists("systemctl")) {
            assertEquals("disabled", Cmd.run("systemctl", "is-enabled", "xfrmtop-exporter.service").out().trim());
        }
        String exec = Cmd.ok("sed", "-n", "s/^ExecStart=//p", UNIT).trim();
        assertEquals("/usr/bin/xfrmtop --listen 127.0.0.1:9109 --quiet", exec);
        try (Netns ns = Netns.create("d")) {
            Path log = Files.createTempFile("xfrmtop-unit", ".out");
            Process p = new ProcessBuilder(ns.exec(exec.split(" "))).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            try {
                Fetch f = Fetch.get(ns, "-w", "20", "-c", "xfrm_stat_total{", "http://127.0.0.1:9109/metrics");
                assertEquals(0, f.exit(), f.err());
                assertTrue(f.out().contains("xfrm_stat_total{counter=\"XfrmInError\""), f.out());
                p.destroy();
                assertTrue(p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0, "clean stop");
                assertEquals("", Files.readString(log), "--quiet says nothing");
            } catch (java.io.IOException | InterruptedException e) {
                throw new AssertionError(e);
            } finally {
                p.destroyForcibly();
                Files.deleteIfExists(log);
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** dpkg --purge, retried while another dpkg run (a concurrent apt-get on this machine) holds the lock. */
    static Cmd.Result purge() {
        Cmd.Result r = null;
        for (int i = 0; i < 10; i++) {
            r = Cmd.run(List.of("dpkg", "--purge", "xfrmtop"), 120);
            if (r.exit() == 0 || !r.out().contains("lock")) break;
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return r;
    }

    static boolean installed() {
        return Cmd.run("dpkg-query", "-W", "-f=${Status}", "xfrmtop").out().contains("install ok installed");
    }
}
