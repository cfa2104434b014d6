package xfrmtop.knowledge;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The knowledge tables the detail view, the likely-cause line, the help and the man page read: every counter of the
 * newest kernel's xfrm_stat and every counter of every driver table must say what it means, its usual causes and
 * the commands to run next; the funnel map must name counters the driver tables know, in their direction.
 */
@Tag("fast")
class KnowledgeCoverageTest {
    /** The newest kernel's /proc/net/xfrm_stat, as recorded. */
    static final Path NEWEST = Path.of("src/test/resources/fixtures/xfrm_stat/linux-6.18.txt");

    @Test
    void everyCounterOfTheNewestKernelIsDescribedWithCausesAndNextSteps() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(NEWEST)) {
            if (line.isBlank()) continue;
            String name = line.trim().split("\\s+")[0];
            names.add(name);
            CounterInfo c = Knowledge.xfrmStat().find(name);
            if (c == null) missing.add(name + ": not in xfrm_stat.tsv");
            else complete(c, "xfrm_stat.tsv", missing);
        }
        assertEquals(32, names.size(), "the 6.14+ kernel has 32 counters");
        assertTrue(missing.isEmpty(), "incomplete knowledge:\n" + String.join("\n", missing));
        List<String> table = new ArrayList<>();
        for (CounterInfo c : Knowledge.xfrmStat().all()) table.add(c.name());
        assertEquals(names, table, "xfrm_stat.tsv lists the counters in the kernel's order");
    }

    @Test
    void everyCounterOfEveryDriverTableIsDescribedWithCausesAndNextSteps() {
        List<String> missing = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<CounterInfo>> t : NicTables.get().tables().entrySet()) {
            for (CounterInfo c : t.getValue()) {
                complete(c, t.getKey(), missing);
                n++;
            }
        }
        assertTrue(n > 40, "driver table entries: " + n);
        assertTrue(missing.isEmpty(), "incomplete knowledge:\n" + String.join("\n", missing));
    }

    private static void complete(CounterInfo c, String table, List<String> missing) {
        String at = table + " " + c.name();
        if (!List.of("in", "out", "fwd", "-").contains(c.dir())) missing.add(at + ": direction '" + c.dir() + "'");
        if (c.meaning().isBlank()) missing.add(at + ": no meaning");
        if (c.causes().isEmpty()) missing.add(at + ": no usual causes");
        if (c.next().isEmpty()) missing.add(at + ": no next commands");
    }

    @Test
    void theFunnelNamesDriverTableCountersInTheirDirection() {
        int n = 0;
        for (Map.Entry<String, Map<String, FunnelTable.Entry>> t : FunnelTable.get().all().entrySet()) {
            String driver = null;
            for (Map.Entry<String, List<CounterInfo>> d : NicTables.get().tables().entrySet()) {
                if (d.getKey().equals(t.getKey())) driver = d.getKey();
            }
            assertNotNull(driver, "funnel.tsv names a table drivers.tsv does not: " + t.getKey());
            for (Map.Entry<String, FunnelTable.Entry> e : t.getValue().entrySet()) {
                CounterInfo c = entry(t.getKey(), e.getKey());
                assertNotNull(c, t.getKey() + " has no " + e.getKey());
                assertEquals(c.dir(), e.getValue().dir(), "direction of " + e.getKey());
                Role want = e.getValue().stage() == FunnelTable.Stage.PACKETS ? Role.TRAFFIC : Role.DROP;
                assertEquals(want, c.role(), "role of " + e.getKey() + " for its funnel stage");
                n++;
            }
        }
        assertTrue(n >= 6, "funnel entries: " + n);
        assertEquals(FunnelTable.Stage.PACKETS, FunnelTable.get().find("mlx5_core", "ipsec_rx_pkts").stage());
        assertEquals("out", FunnelTable.get().find("ixgbevf", "tx_ipsec").dir());
        assertEquals(null, FunnelTable.get().find("veth", "rx_queue_0_xdp_packets"));
    }

    private static CounterInfo entry(String table, String name) {
        for (CounterInfo c : NicTables.get().tables().get(table)) if (c.name().equals(name)) return c;
        return null;
    }

    /** The IPsec counters of the recorded ethtool -S dumps are all in their driver's table. */
    @Test
    void recordedDumpsHaveNoIpsecCounterTheTablesMiss() throws IOException {
        Pattern iface = Pattern.compile("^@iface \\S+ .*driver=(\\S+)");
        Pattern ipsec = Pattern.compile(NicTables.IPSEC_NAME_REGEX);
        List<String> missing = new ArrayList<>();
        try (var files = Files.list(Path.of("src/test/resources/fixtures/ethtool"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String driver = "";
                for (String line : Files.readAllLines(f)) {
                    Matcher m = iface.matcher(line);
                    if (m.find()) driver = m.group(1);
                    int colon = line.indexOf(':');
                    if (line.startsWith("#") || line.startsWith("@") || colon < 0) continue;
                    String name = line.substring(0, colon).trim();
                    if (!ipsec.matcher(name).find() || !NicTables.get().ipsecDriver(driver)) continue;
                    if (NicTables.get().find(driver, name) == null) missing.add(f.getFileName() + " " + driver + " " + name);
                }
            }
        }
        assertTrue(missing.isEmpty(), "IPsec counters without a table entry:\n" + String.join("\n", missing));
    }
}
