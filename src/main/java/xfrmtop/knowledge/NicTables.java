package xfrmtop.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The NIC driver tables: {@code nic/drivers.tsv} says which table describes which driver's ethtool -S counters and
 * whether it lists IPsec offload counters; each table has the columns of xfrm_stat.tsv. In table names "#" stands
 * for a run of digits, so "rx_queue_#_packets" covers every queue. Loaded once, on first use.
 */
public final class NicTables {
    /** Stat names that look like IPsec offload counters: ipsec, xfrm or esp as a word ("tx_ipsec", "ipsec_rx_pkts"). */
    public static final String IPSEC_NAME_REGEX = "(?i)(^|[^a-z])(ipsec|xfrm|esp)([^a-z]|$)";

    private static volatile NicTables shared;

    private final Map<String, Knowledge> byDriver;      // in drivers.tsv order
    private final Map<String, Boolean> ipsecDriver;
    private final Map<String, String> tableOf;           // driver -> table file name

    private NicTables(Map<String, Knowledge> byDriver, Map<String, Boolean> ipsecDriver, Map<String, String> tableOf) {
        this.byDriver = byDriver;
        this.ipsecDriver = ipsecDriver;
        this.tableOf = tableOf;
    }

    public static NicTables get() {
        NicTables t = shared;
        if (t == null) {
            synchronized (NicTables.class) {
                if (shared == null) shared = load();
                t = shared;
            }
        }
        return t;
    }

    private static NicTables load() {
        Map<String, Knowledge> tables = new HashMap<>();
        Map<String, Knowledge> byDriver = new LinkedHashMap<>();
        Map<String, Boolean> ipsec = new HashMap<>();
        Map<String, String> tableOf = new HashMap<>();
        try (InputStream in = NicTables.class.getResourceAsStream("nic/drivers.tsv")) {
            if (in == null) throw new IllegalStateException("missing resource nic/drivers.tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 3 || !(f[2].equals("ipsec") || f[2].equals("info")))
                    throw new IllegalStateException("bad nic/drivers.tsv line: " + line);
                byDriver.put(f[0], tables.computeIfAbsent(f[1], t -> Knowledge.load("nic/" + t)));
                ipsec.put(f[0], f[2].equals("ipsec"));
                tableOf.put(f[0], f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NicTables(Collections.unmodifiableMap(byDriver), Collections.unmodifiableMap(ipsec),
                Collections.unmodifiableMap(tableOf));
    }

    /** Whether the driver has an IPsec offload table (its interfaces are watched without -i). */
    public boolean ipsecDriver(String driver) { return ipsecDriver.getOrDefault(driver, false); }

    /** The table file that describes a driver ("mlx5.tsv"), or null. */
    public String table(String driver) { return tableOf.get(driver); }

    /** Every table file with its entries, in drivers.tsv order (for coverage checks). */
    public Map<String, List<CounterInfo>> tables() {
        Map<String, List<CounterInfo>> out = new LinkedHashMap<>();
        byDriver.forEach((d, k) -> out.putIfAbsent(tableOf.get(d), k.all()));
        return out;
    }

    /** Table info for a driver's counter, or null when no table describes it. */
    public CounterInfo find(String driver, String name) {
        Knowledge k = byDriver.get(driver);
        if (k == null) return null;
        CounterInfo i = k.find(name);
        if (i != null) return i;
        String pattern = digitsToHash(name);
        return pattern == null ? null : k.find(pattern);
    }

    /** Table info, or a guess from the name. Never null. */
    public CounterInfo info(String driver, String name) {
        CounterInfo i = find(driver, name);
        return i != null ? i : CounterInfo.unknownNic(name);
    }

    /** The IPsec tables for the man page: drivers sharing a table ("ixgbe, ixgbevf") to its entries, in file order. */
    public Map<String, List<CounterInfo>> ipsecTables() {
        Map<Knowledge, List<String>> drivers = new LinkedHashMap<>();
        byDriver.forEach((d, k) -> {
            if (ipsecDriver(d)) drivers.computeIfAbsent(k, x -> new ArrayList<>()).add(d);
        });
        Map<String, List<CounterInfo>> out = new LinkedHashMap<>();
        drivers.forEach((k, d) -> out.put(String.join(", ", d), k.all()));
        return out;
    }

    /** The name with each run of digits replaced by "#", or null when it has no digits. */
    static String digitsToHash(String name) {
        StringBuilder sb = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (digit && sb == null) sb = new StringBuilder(name.length()).append(name, 0, i);
            if (sb == null) continue;
            if (!digit) sb.append(c);
            else if (sb.length() == 0 || sb.charAt(sb.length() - 1) != '#') sb.append('#');
        }
        return sb == null ? null : sb.toString();
    }
}
