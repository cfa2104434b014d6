package xfrmtop.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * `-N ns -i veth0`: the NIC counters come from the watched namespace, read through a socket made inside it. The veth's
 * peer gets ifindex 4242 in a third namespace, so only a read in the right namespace shows peer_ifindex 4242.
 * Needs the NIC pane (issue 4, option -i): skipped, saying so, while this build has no such option.
 */
@Tag("e2e")
class NetnsNicE2ETest {
    static final int PEER_INDEX = 4242;

    @Test
    void aVethInsideAWatchedNamespaceIsReadThere() throws Exception {
        Testbed.assumeJar();
        String help = Cmd.run(NetnsBatchE2ETest.xfrmtop("--help"), 60).out();
        assumeTrue(help.contains("--interface"), "SKIPPED: this build has no NIC pane (-i/--interface, issue 4) yet");
        try (Netns ns = Netns.create("v"); Netns peer = Netns.create("p")) {
            Cmd.ok("ip", "link", "add", "veth0", "netns", peer.name, "index", String.valueOf(PEER_INDEX), "type", "veth",
                    "peer", "name", "veth0", "netns", ns.name);
            ns.ip("link", "set", "veth0", "up");
            peer.ip("link", "set", "veth0", "up");
            List<String> out = JsonLines.read(new ProcessBuilder(NetnsBatchE2ETest.xfrmtop("-N", ns.name, "-i", "veth0",
                    "--batch", "--format", "json", "-n", "2")).start());
            assertEquals(2, out.size(), String.join("\n", out));
            String row = nicRow(out.get(1), "veth0", "peer_ifindex");
            assertNotNull(row, "veth0's peer_ifindex in the nics section: " + out.get(1));
            assertEquals("\"" + ns.name + "\"", JsonLines.field(row, "netns"), row);
            assertEquals(String.valueOf(PEER_INDEX), JsonLines.field(row, "total"), "read inside " + ns.name + ": " + row);
        }
    }

    /** The object of one NIC counter in the "nics" list, or null. */
    static String nicRow(String json, String iface, String counter) {
        Matcher m = Pattern.compile("\\{[^{}]*\"name\":\"" + Pattern.quote(counter) + "\"[^{}]*}").matcher(json);
        List<String> rows = new ArrayList<>();
        while (m.find()) rows.add(m.group());
        for (String r : rows) if (r.contains("\"iface\":\"" + iface + "\"")) return r;
        return null;
    }
}
