package xfrmtop.source;

import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.sys.Errno;
import xfrmtop.sys.NativeException;

import java.util.Map;

/**
 * One watched interface: its names are mapped once and re-mapped only when the stat count or the ifindex changes.
 * Each tick costs three ioctls (SIOCGIFINDEX, GSSET_INFO, GSTATS) and one value array (the group keeps it).
 */
final class NicInterface {
    static final String NO_STATS = "no ethtool statistics";
    static final String GONE = "no such device (deleted, renamed or moved to another namespace)";
    /** Reads of a tick when the count changes between our calls (drivers regrouping their stats). */
    private static final int ATTEMPTS = 3;

    final String name;
    final boolean named;                 // given with -i: kept while missing
    private final GroupKey key;
    private int ifindex = -1;            // -1: not mapped (never seen, or gone)
    private int count = -1;              // stat count the names were read for
    private CounterNames names = CounterNames.EMPTY;
    private Map<String, String> labels = Map.of();
    boolean missing;                     // the last tick found no such interface
    boolean seen;                        // found at least once

    NicInterface(String netns, String name, boolean named) {
        this.name = name;
        this.named = named;
        this.key = new GroupKey(Kind.NIC, netns, name);
    }

    /** Names already read during discovery, so the first tick does not read them again. */
    void preset(int ifindex, String driver, int count, CounterNames names) {
        this.ifindex = ifindex;
        this.labels = labels(driver);
        this.count = count;
        this.names = names;
    }

    Group read(NicDevices dev) {
        long t = dev.nanoTime();
        try {
            int idx = dev.ifindex(name);
            missing = false;
            seen = true;
            if (idx != ifindex) remap(dev, idx);
            for (int i = 0; i < ATTEMPTS; i++) {
                int c = dev.statsCount(name);
                if (c <= 0) return failed(t, Health.UNSUPPORTED, NO_STATS);
                if (c != count) {
                    String[] n = dev.statNames(name, c);
                    if (n == null) continue;
                    names = CounterNames.of(n);
                    count = c;
                }
                long[] v = new long[count];
                t = dev.nanoTime();
                if (dev.readStats(name, count, v)) return new Group(key, t, names, v, Health.OK, "", ifindex, labels);
                count = -1;              // the layout moved under us: names again
            }
            return failed(t, Health.STALE, "statistics count keeps changing; trying again next tick");
        } catch (NativeException e) {
            if (e.errno() == Errno.ENODEV) {
                missing = true;
                ifindex = -1;
                return failed(t, Health.GONE, GONE);
            }
            if (e.errno() == Errno.EOPNOTSUPP) return failed(t, Health.UNSUPPORTED, NO_STATS);
            return failed(t, Health.STALE, e.getMessage());
        }
    }

    /** A new interface behind the name (first sight, or recreated): driver and names afresh. */
    private void remap(NicDevices dev, int idx) {
        ifindex = idx;
        count = -1;
        names = CounterNames.EMPTY;
        String driver;
        try {
            driver = dev.driverInfo(name).driver();
        } catch (NativeException e) {
            driver = "";                 // lo and some virtual devices have no GDRVINFO
        }
        labels = labels(driver);
    }

    private static Map<String, String> labels(String driver) {
        return driver.isEmpty() ? Map.of() : Map.of("driver", driver);
    }

    private Group failed(long t, Health h, String note) {
        return new Group(key, t, CounterNames.EMPTY, new long[0], h, note, Math.max(ifindex, 0), labels);
    }
}
