package xfrmtop.source;

import xfrmtop.sys.DriverInfo;
import xfrmtop.sys.NativeException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Interfaces eth0..ethN-1, each with the first {@code stats} counters of the recorded ConnectX-6 Dx dump, served
 * through the device interface the NIC source reads (the ioctls' place): every read copies the values out as GSTATS
 * does, with a seventh of the counters moving since the last read. The clock advances one second per tick (or is
 * the real one, for a live run).
 */
public final class BusyNics implements NicDevices {
    private final List<String> ifaces = new ArrayList<>();
    private final String[] names;
    private final long[][] values;
    private final boolean realClock;
    private long now = 1_000_000_000L;

    public BusyNics(int count, int stats) { this(count, stats, false); }

    /** @param realClock reads are stamped with System.nanoTime (a live run) instead of one second per tick */
    public BusyNics(int count, int stats, boolean realClock) {
        this.realClock = realClock;
        try {
            EthtoolDump d = NicReplay.dump("mlx5-connectx6dx.txt");
            d.next();
            String port = d.list().get(0);
            int have = d.statsCount(port);
            String[] all = d.statNames(port, have);
            long[] v = new long[have];
            d.readStats(port, have, v);
            names = new String[stats];
            long[] base = new long[stats];
            for (int i = 0; i < stats; i++) {               // past the recorded count: more of the same, renamed
                names[i] = i < have ? all[i] : all[i % have] + "_" + i / have;
                base[i] = v[i % have];
            }
            values = new long[count][];
            for (int k = 0; k < count; k++) {
                ifaces.add("eth" + k);
                values[k] = base.clone();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<String> names() { return ifaces; }

    /** The next tick, one second later. */
    public void tick() { now += 1_000_000_000L; }

    private int at(String ifname) throws NativeException {
        int i = ifaces.indexOf(ifname);
        if (i < 0) throw new NativeException("SIOCGIFINDEX " + ifname, xfrmtop.sys.Errno.ENODEV);
        return i;
    }

    @Override public String unavailable() { return null; }

    @Override public boolean starting() { return false; }

    @Override public List<String> list() { return new ArrayList<>(ifaces); }

    @Override public int ifindex(String ifname) throws NativeException { return at(ifname) + 2; }

    @Override
    public DriverInfo driverInfo(String ifname) throws NativeException {
        at(ifname);
        return new DriverInfo("mlx5_core", "", "", "", names.length);
    }

    @Override public int statsCount(String ifname) throws NativeException { at(ifname); return names.length; }

    @Override
    public String[] statNames(String ifname, int count) throws NativeException {
        at(ifname);
        return count == names.length ? names.clone() : null;
    }

    @Override
    public boolean readStats(String ifname, int count, long[] into) throws NativeException {
        long[] v = values[at(ifname)];
        if (count != v.length) return false;
        for (int i = 0; i < count; i += 7) v[i] += 1 + i;
        System.arraycopy(v, 0, into, 0, count);
        return true;
    }

    @Override public long nanoTime() { return realClock ? System.nanoTime() : now; }

    @Override public void close() {}
}
