package xfrmtop.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The XFRM netlink source on the host kernel (which holds policies but no ESP SAs): policies dumped in a namespace
 * of our own, and the "needs root" note, in batch JSON and in a real tmux pane, when xfrmtop runs without
 * CAP_NET_ADMIN while the other panes keep working.
 */
@Tag("e2e")
class SaPaneHostTest {
    private static final String NS = "xfrmtop-sa-" + ProcessHandle.current().pid();
    private static final String TMUX = "xfrmtop-sa-" + ProcessHandle.current().pid();
    private static final String JAR = Path.of(System.getProperty("xfrmtop.jar", "target/xfrmtop.jar")).toAbsolutePath().toString();
    private static final List<String> JAVA = List.of("java", "-XX:+UseSerialGC", "-Xmx64m", "-XX:TieredStopAtLevel=1",
            "-jar", JAR);
    private static final List<String> NOBODY = List.of("setpriv", "--reuid", "65534", "--regid", "65534",
            "--clear-groups", "--inh-caps=-all");

    @BeforeAll
    static void namespace() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root to create a network namespace");
        Assumptions.assumeTrue(Files.exists(Path.of(JAR)), "no " + JAR);
        run("ip", "netns", "add", NS);
        run("ip", "-n", NS, "xfrm", "policy", "add", "src", "198.51.100.0/24", "dst", "203.0.113.0/24", "proto", "udp",
                "dport", "9", "dir", "out", "tmpl", "src", "192.0.2.1", "dst", "192.0.2.2", "proto", "esp", "reqid", "7",
                "mode", "tunnel");
        run("ip", "-n", NS, "xfrm", "policy", "add", "src", "203.0.113.0/24", "dst", "198.51.100.0/24", "dir", "in",
                "action", "block", "priority", "5");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        new ProcessBuilder("tmux", "-L", TMUX, "kill-server").redirectErrorStream(true).start().waitFor(5, TimeUnit.SECONDS);
        new ProcessBuilder("ip", "netns", "del", NS).redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void policiesOfTheNamespaceAreDumped() throws Exception {
        String json = lastLine(run(cmd(List.of(), "-b", "-n", "2", "-d", "0.5", "--format", "json")));
        assertTrue(json.contains("\"sas\":[]"), json);
        assertTrue(json.contains("\"dir\":\"out\",\"action\":\"allow\",\"src\":\"198.51.100.0/24\",\"dst\":\"203.0.113.0/24\","
                + "\"proto\":\"udp\",\"sport\":\"any\",\"dport\":\"9\""), json);
        assertTrue(json.contains("\"tmpl\":\"esp tunnel 192.0.2.1->192.0.2.2 reqid 7\""), json);
        assertTrue(json.contains("\"dir\":\"in\",\"action\":\"block\""), json);
        assertTrue(json.contains("\"priority\":5,"), json);
        assertFalse(json.contains("\"errors\""), json);
    }

    @Test
    void withoutCapNetAdminBatchSaysWhyAndXfrmStatStillWorks() throws Exception {
        String json = lastLine(run(cmd(NOBODY, "-b", "-n", "2", "-d", "0.5", "--format", "json")));
        assertTrue(json.contains("{\"source\":\"sa\",\"netns\":\"\",\"instance\":\"\",\"health\":\"unsupported\","
                + "\"message\":\"per-SA counters need root (CAP_NET_ADMIN)\"}"), json);
        assertTrue(json.contains("{\"name\":\"XfrmInError\",\"dir\":\"in\",\"netns\":\"\",\"total\":0,\"rate\":0,"), json);
    }

    @Test
    void withoutCapNetAdminTheSaPaneSaysSoInARealTerminal() throws Exception {
        List<String> c = new ArrayList<>(List.of("tmux", "-L", TMUX, "new-session", "-d", "-x", "150", "-y", "30"));
        c.add(String.join(" ", cmd(NOBODY)));
        run(c.toArray(new String[0]));
        String screen = "";
        for (int i = 0; i < 100 && !screen.contains("CAP_NET_ADMIN"); i++) {
            Thread.sleep(200);
            screen = run("tmux", "-L", TMUX, "capture-pane", "-p");
        }
        assertTrue(screen.contains("0 SAs, 0 moving  per-SA counters need root (CAP_NET_ADMIN)"), screen);
        assertTrue(screen.contains("XfrmInError"), "the xfrm_stat pane still works:\n" + screen);
        run("tmux", "-L", TMUX, "send-keys", "q");
    }

    private static List<String> cmd(List<String> prefix, String... args) {
        List<String> c = new ArrayList<>(List.of("ip", "netns", "exec", NS));
        c.addAll(prefix);
        c.addAll(JAVA);
        c.addAll(Arrays.asList(args));
        return c;
    }

    private static String run(List<String> c) throws Exception { return run(c.toArray(new String[0])); }

    private static String run(String... c) throws Exception {
        Process p = new ProcessBuilder(c).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + String.join(" ", c));
        assertEquals(0, p.exitValue(), String.join(" ", c) + ":\n" + out);
        return out;
    }

    private static String lastLine(String s) {
        String[] l = s.trim().split("\n");
        return l[l.length - 1];
    }
}
