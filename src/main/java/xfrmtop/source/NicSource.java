package xfrmtop.source;

import xfrmtop.knowledge.NicTables;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.sample.SampleBuilder;
import xfrmtop.sample.Source;
import xfrmtop.sys.DriverInfo;
import xfrmtop.sys.NativeException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * ethtool -S statistics: one group per interface (kind NIC, instance = interface name, epoch = ifindex, label
 * driver). With named interfaces (-i) exactly those, kept while they are missing (their rows show "gone"). Without,
 * interfaces are discovered every {@link #DISCOVER_EVERY_NS}: those whose driver has an IPsec table, plus any whose
 * stat names match the IPsec pattern; a discovered interface that stays missing until the next discovery is dropped.
 * Nothing here touches the devices outside {@link #read}, so the source can be built on one thread and read on
 * another (a namespace's).
 */
public final class NicSource implements Source {
    /** How often the interface list is re-read without -i; known interfaces are still read every tick. */
    public static final long DISCOVER_EVERY_NS = 5_000_000_000L;

    private final NicDevices dev;
    private final String netns;
    private final Predicate<String> ipsecName;
    private final Map<String, NicInterface> watched = new LinkedHashMap<>();
    private final Map<String, Long> ignored = new HashMap<>();   // name -> ifindex and count when last classified
    private final boolean discover;
    private long lastScan;
    private boolean scanned;

    /**
     * @param named     interfaces given with -i (validated names), or empty to discover
     * @param ipsecName which stat names make an interface worth watching in discovery
     */
    public NicSource(NicDevices dev, String netns, List<String> named, Predicate<String> ipsecName) {
        this.dev = dev;
        this.netns = netns;
        this.ipsecName = ipsecName;
        this.discover = named.isEmpty();
        for (String n : named) watched.put(n, new NicInterface(netns, n, true));
    }

    @Override public String name() { return "ethtool"; }

    @Override
    public void read(SampleBuilder out) {
        String why = dev.unavailable();
        if (why != null) {
            Health h = dev.starting() ? Health.STALE : Health.UNSUPPORTED;
            for (NicInterface f : watched.values()) {
                out.add(Group.failed(new GroupKey(Kind.NIC, netns, f.name), out.monoNanos(), h, why));
            }
            return;
        }
        long now = dev.nanoTime();
        if (discover && (!scanned || now - lastScan >= DISCOVER_EVERY_NS)) {
            scanned = true;
            lastScan = now;
            discover();
        }
        for (NicInterface f : watched.values()) {
            Group g = f.read(dev);
            // -i names an interface of some watched namespace: the others, which never had it, say nothing
            if (g.health() == Health.GONE && !f.seen && !netns.isEmpty()) continue;
            out.add(g);
        }
    }

    private void discover() {
        List<String> present;
        try {
            present = dev.list();
        } catch (IOException e) {
            return;                                          // try again at the next discovery
        }
        watched.values().removeIf(f -> !f.named && f.missing && !present.contains(f.name));
        ignored.keySet().retainAll(present);
        for (String name : present) {
            if (watched.containsKey(name)) continue;
            try {
                classify(name);
            } catch (NativeException e) {
                // vanished or unreadable while we looked: the next discovery looks again
            }
        }
    }

    /** Watches the interface if its driver has an IPsec table or a stat name matches; else remembers why not. */
    private void classify(String name) throws NativeException {
        int idx = dev.ifindex(name);
        int count = dev.statsCount(name);
        long signature = ((long) idx << 32) | (count & 0xffffffffL);
        Long seen = ignored.get(name);
        if (seen != null && seen == signature) return;
        DriverInfo di;
        try {
            di = dev.driverInfo(name);
        } catch (NativeException e) {
            di = new DriverInfo("", "", "", "", count);
        }
        String[] names = count > 0 ? dev.statNames(name, count) : null;
        boolean ipsecDriver = NicTables.get().ipsecDriver(di.driver());
        if (ipsecDriver || names != null && anyMatch(names)) {
            NicInterface f = new NicInterface(netns, name, false);
            if (names != null) f.preset(idx, di.driver(), count, CounterNames.of(names));
            watched.put(name, f);
            ignored.remove(name);
        } else {
            ignored.put(name, signature);
        }
    }

    private boolean anyMatch(String[] names) {
        for (String n : names) if (ipsecName.test(n)) return true;
        return false;
    }

    /** Interfaces watched now (for tests and messages). */
    public List<String> watched() { return new ArrayList<>(watched.keySet()); }

    @Override public void close() { dev.close(); }
}
