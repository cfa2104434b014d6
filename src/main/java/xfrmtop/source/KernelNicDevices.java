package xfrmtop.source;

import xfrmtop.sys.DriverInfo;
import xfrmtop.sys.Ethtool;
import xfrmtop.sys.NativeException;
import xfrmtop.sys.NativeSupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The kernel's interfaces through the ethtool ioctl. The socket is opened at the first read, on the thread that reads
 * (sockets belong to the namespace they are created in). Loading JNA takes 100-200 ms, so unless told to wait (batch
 * mode, where the first line should hold every source) it loads in the background and the first ticks skip.
 */
public final class KernelNicDevices implements NicDevices {
    static final String STARTING = "starting (loading native support)";

    private final NetDevList netDev;
    private final boolean waitForNative;
    private Ethtool ethtool;

    /** @param procNet the directory that holds dev (/proc/net, or /proc/thread-self/net in a namespace) */
    public KernelNicDevices(Path procNet, boolean waitForNative) {
        this.netDev = new NetDevList(procNet);
        this.waitForNative = waitForNative;
    }

    @Override
    public String unavailable() {
        if (ethtool != null) return null;
        if (!waitForNative && !NativeSupport.loadedInBackground()) return STARTING;
        String p = NativeSupport.problem();
        if (p != null) return p;
        try {
            ethtool = Ethtool.open();
            return null;
        } catch (NativeException e) {
            return "cannot open a socket for ethtool: " + e.getMessage();
        }
    }

    @Override public boolean starting() { return ethtool == null && !NativeSupport.loadedInBackground(); }

    @Override public List<String> list() throws IOException { return netDev.names(); }

    @Override public int ifindex(String ifname) throws NativeException { return ethtool.ifindex(ifname); }

    @Override public DriverInfo driverInfo(String ifname) throws NativeException { return ethtool.driverInfo(ifname); }

    @Override public int statsCount(String ifname) throws NativeException { return ethtool.statsCount(ifname); }

    @Override
    public String[] statNames(String ifname, int count) throws NativeException { return ethtool.statNames(ifname, count); }

    @Override
    public boolean readStats(String ifname, int count, long[] into) throws NativeException {
        return ethtool.readStats(ifname, count, into);
    }

    @Override public long nanoTime() { return System.nanoTime(); }

    @Override
    public void close() {
        if (ethtool != null) ethtool.close();
        ethtool = null;
    }
}
