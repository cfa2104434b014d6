package xfrmtop.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * xfrmtop -A in a real tmux pane on the host: the NETNS column, each namespace's rate on its own row and in the
 * header's per-namespace sums, a namespace created while it runs appears, a deleted one goes stale then gone, the
 * namespace focus key, and the process running on throughout.
 */
@Tag("e2e")
class NetnsTuiE2ETest {
    static final String COUNTER = "XfrmOutPolBlock";

    /** The NETNS cell as the pane prints it (12 wide, a cut name ends in '~'). */
    static String cell(String netns) { return netns.length() <= 12 ? netns : netns.substring(0, 11) + "~"; }

    /** The RATE/s text of the filtered counter's row of one namespace, or null when the row is not on screen. */
    static String rate(String screen, String netns) {
        Pattern row = Pattern.compile("^" + Pattern.quote(cell(netns)) + "\\s+" + COUNTER + "\\s+out\\s+(\\S+(?: data)?)",
                Pattern.MULTILINE);
        Matcher m = row.matcher(screen);
        return m.find() ? m.group(1) : null;
    }

    static double number(String text) {
        try {
            return text == null ? -1 : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Test
    void allNamespacesInOneScreenFollowCreationAndDeletion() {
        Testbed.assumeJar();
        assumeTrue(Tmux.available(), "SKIPPED: tmux is not installed");
        try (NetnsLab lab = new NetnsLab(); Tmux t = new Tmux(160, 60)) {
            lab.start(60);
            t.type("XFRMTOP_SKIP_BUILD=1 " + Testbed.launcher() + " -A; echo XT-EXIT=$?");
            t.waitFor("NETNS column", s -> s.contains("NETNS ") && s.contains(cell(lab.a.name)), Duration.ofSeconds(20));
            t.keys("/");
            t.type(COUNTER);
            String s = t.waitFor(COUNTER + " in " + lab.a.name + " at about " + NetnsLab.RATE_A + "/s, still in the others",
                    x -> Math.abs(number(rate(x, lab.a.name)) - NetnsLab.RATE_A) <= 0.2 * NetnsLab.RATE_A
                            && "0.00".equals(rate(x, lab.b.name)) && "0.00".equals(rate(x, lab.c.name)),
                    Duration.ofSeconds(10));
            String header = s.lines().skip(1).findFirst().orElse("");
            assertTrue(header.startsWith("drops ") && header.contains(" [") && header.contains(lab.a.name + " "),
                    "the header sums drops per namespace:\n" + s);

            try (Netns d = Netns.create("d")) {
                t.waitFor("namespace " + d.name + " created while running", x -> rate(x, d.name) != null,
                        Duration.ofSeconds(10));
                lab.c.close();
                t.waitFor("deleted namespace " + lab.c.name + " stale or gone",
                        x -> "stale".equals(rate(x, lab.c.name)) || "gone".equals(rate(x, lab.c.name)), Duration.ofSeconds(10));
                s = t.waitFor("deleted namespace gone, with a note", x -> "gone".equals(rate(x, lab.c.name))
                        && x.contains("netns " + lab.c.name + ": gone: namespace deleted"), Duration.ofSeconds(10));
                t.waitFor("the gone row dropped after a few ticks", x -> rate(x, lab.c.name) == null, Duration.ofSeconds(15));
                assertTrue(rate(t.screen(), d.name) != null, "the new namespace is still listed");
            }
            String before = t.screen().lines().findFirst().orElse("");
            t.keys("n");
            t.waitFor("focus on one namespace: its rows only", x -> x.contains(" in netns -") && rate(x, "-") != null
                    && rate(x, lab.a.name) == null && rate(x, lab.b.name) == null, Duration.ofSeconds(5));
            t.waitFor("still running (the clock moves)", x -> !x.lines().findFirst().orElse("").equals(before),
                    Duration.ofSeconds(5));
            assertNotEquals("", before);
            t.keys("q");
            String after = t.waitFor("exit", XfrmStatE2ETest::exited, Duration.ofSeconds(10));
            assertTrue(after.contains("XT-EXIT=0"), after);
        }
    }
}
