package xfrmtop.source;

import xfrmtop.sys.DriverInfo;
import xfrmtop.sys.Errno;
import xfrmtop.sys.NativeException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recorded `ethtool -S` dumps played back as {@link NicDevices}: each {@link #next()} moves to the next recorded
 * tick and the calls answer as the kernel would have (ENODEV for an interface the tick does not list, -1 stats and
 * EOPNOTSUPP for one without statistics, null/false when asked for a count that is no longer current).
 * The format is described in src/test/resources/fixtures/ethtool/README.md.
 */
public final class EthtoolDump implements NicDevices {
    record Iface(String name, int ifindex, String driver, boolean noStats, String[] names, long[] values) {}

    private final List<Long> tickMs = new ArrayList<>();
    private final List<Map<String, Iface>> ticks = new ArrayList<>();
    private int at = -1;

    public static EthtoolDump load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static EthtoolDump parse(String text) {
        EthtoolDump d = new EthtoolDump();
        Map<String, Iface> last = new HashMap<>();
        Map<String, Iface> tick = null;
        String name = null;
        int ifindex = 0;
        String driver = "";
        boolean noStats = false, changes = false;
        List<String> names = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (String raw : (text + "\n@end").split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.equals("NIC statistics:")) continue;
            if (line.startsWith("@")) {
                if (name != null) {              // close the interface block before this line
                    Iface f = changes ? withChanges(last.get(name), ifindex, driver, names, values)
                            : new Iface(name, ifindex, driver, noStats, names.toArray(new String[0]),
                            values.stream().mapToLong(Long::longValue).toArray());
                    tick.put(name, f);
                    last.put(name, f);
                    name = null;
                }
                String[] w = line.split("\\s+");
                switch (w[0]) {
                    case "@tick" -> {
                        tick = new LinkedHashMap<>();
                        d.ticks.add(tick);
                        d.tickMs.add(Long.parseLong(w[1]));
                    }
                    case "@iface" -> {
                        name = w[1];
                        driver = "";
                        noStats = changes = false;
                        names.clear();
                        values.clear();
                        for (int i = 2; i < w.length; i++) {
                            if (w[i].startsWith("ifindex=")) ifindex = Integer.parseInt(w[i].substring(8));
                            else if (w[i].startsWith("driver=")) driver = w[i].substring(7);
                            else if (w[i].equals("nostats")) noStats = true;
                            else if (w[i].equals("changes")) changes = true;
                            else throw new IllegalArgumentException("unknown @iface word: " + w[i]);
                        }
                    }
                    case "@end" -> { }
                    default -> throw new IllegalArgumentException("unknown line: " + line);
                }
                continue;
            }
            int colon = line.lastIndexOf(':');
            names.add(line.substring(0, colon).strip());
            values.add(Long.parseUnsignedLong(line.substring(colon + 1).strip()));
        }
        return d;
    }

    private static Iface withChanges(Iface prev, int ifindex, String driver, List<String> names, List<Long> values) {
        if (prev == null) throw new IllegalArgumentException("'changes' without a previous full dump");
        long[] v = prev.values.clone();
        List<String> order = Arrays.asList(prev.names);
        for (int i = 0; i < names.size(); i++) {
            int at = order.indexOf(names.get(i));
            if (at < 0) throw new IllegalArgumentException("'changes' names a new stat: " + names.get(i));
            v[at] = values.get(i);
        }
        return new Iface(prev.name, ifindex, driver, false, prev.names, v);
    }

    /** Moves to the next recorded tick; false after the last. */
    public boolean next() {
        if (at + 1 >= ticks.size()) return false;
        at++;
        return true;
    }

    public int ticks() { return ticks.size(); }

    private Iface iface(String ifname, String call) throws NativeException {
        Iface f = ticks.get(at).get(ifname);
        if (f == null) throw new NativeException(call + " " + ifname, Errno.ENODEV);
        return f;
    }

    @Override public String unavailable() { return null; }

    @Override public boolean starting() { return false; }

    @Override public List<String> list() { return new ArrayList<>(ticks.get(at).keySet()); }

    @Override public int ifindex(String ifname) throws NativeException { return iface(ifname, "SIOCGIFINDEX").ifindex; }

    @Override
    public DriverInfo driverInfo(String ifname) throws NativeException {
        Iface f = iface(ifname, "ETHTOOL_GDRVINFO");
        if (f.driver.isEmpty()) throw new NativeException("ETHTOOL_GDRVINFO " + ifname, Errno.EOPNOTSUPP);
        return new DriverInfo(f.driver, "", "", "", f.noStats ? 0 : f.names.length);
    }

    @Override
    public int statsCount(String ifname) throws NativeException {
        Iface f = iface(ifname, "ETHTOOL_GSSET_INFO");
        return f.noStats ? -1 : f.names.length;
    }

    @Override
    public String[] statNames(String ifname, int count) throws NativeException {
        Iface f = iface(ifname, "ETHTOOL_GSTRINGS");
        if (f.noStats) throw new NativeException("ETHTOOL_GSTRINGS " + ifname, Errno.EOPNOTSUPP);
        return count == f.names.length ? f.names.clone() : null;
    }

    @Override
    public boolean readStats(String ifname, int count, long[] into) throws NativeException {
        Iface f = iface(ifname, "ETHTOOL_GSTATS");
        if (f.noStats) throw new NativeException("ETHTOOL_GSTATS " + ifname, Errno.EOPNOTSUPP);
        if (count != f.values.length) return false;
        System.arraycopy(f.values, 0, into, 0, count);
        return true;
    }

    @Override public long nanoTime() { return tickMs.get(at) * 1_000_000L; }

    @Override public void close() {}
}
