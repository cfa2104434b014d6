package xfrmtop.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which NIC counters feed the cross-layer funnel ({@code nic/funnel.tsv}): per driver table, the counters that count
 * packets the NIC's IPsec engine processed or dropped, and their direction. Data, so a new driver is a table change.
 */
public final class FunnelTable {
    /** What a NIC counter tells the funnel. */
    public enum Stage { PACKETS, DROPS }

    /** @param dir "in" or "out" */
    public record Entry(String dir, Stage stage) {}

    private static volatile FunnelTable shared;

    private final Map<String, Map<String, Entry>> byTable;    // table file -> counter (pattern) -> entry

    private FunnelTable(Map<String, Map<String, Entry>> byTable) { this.byTable = byTable; }

    public static FunnelTable get() {
        FunnelTable t = shared;
        if (t == null) {
            synchronized (FunnelTable.class) {
                if (shared == null) shared = load();
                t = shared;
            }
        }
        return t;
    }

    private static FunnelTable load() {
        Map<String, Map<String, Entry>> m = new LinkedHashMap<>();
        try (InputStream in = FunnelTable.class.getResourceAsStream("nic/funnel.tsv")) {
            if (in == null) throw new IllegalStateException("missing resource nic/funnel.tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 4 || !(f[2].equals("in") || f[2].equals("out"))
                        || !(f[3].equals("packets") || f[3].equals("drops"))) {
                    throw new IllegalStateException("bad nic/funnel.tsv line: " + line);
                }
                Entry e = new Entry(f[2], f[3].equals("packets") ? Stage.PACKETS : Stage.DROPS);
                if (m.computeIfAbsent(f[0], x -> new HashMap<>()).put(f[1], e) != null) {
                    throw new IllegalStateException("nic/funnel.tsv lists " + f[0] + " " + f[1] + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FunnelTable(Collections.unmodifiableMap(m));
    }

    /** What a driver's counter tells the funnel, or null when it does not feed it. */
    public Entry find(String driver, String name) {
        Map<String, Entry> t = byTable.get(NicTables.get().table(driver));
        if (t == null) return null;
        Entry e = t.get(name);
        if (e != null) return e;
        String pattern = NicTables.digitsToHash(name);
        return pattern == null ? null : t.get(pattern);
    }

    /** Every entry by table file (for the coverage test and the man page). */
    public Map<String, Map<String, Entry>> all() { return byTable; }
}
