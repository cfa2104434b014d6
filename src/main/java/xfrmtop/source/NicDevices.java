package xfrmtop.source;

import xfrmtop.sys.DriverInfo;
import xfrmtop.sys.NativeException;

import java.io.IOException;
import java.util.List;

/**
 * What the NIC source asks of the interfaces: the kernel's ethtool ioctls ({@link KernelNicDevices}) or a recording
 * of `ethtool -S` dumps played back in tests. Failures are {@link NativeException}s with the errno the kernel would
 * give (ENODEV: no such interface, EOPNOTSUPP: no statistics). Used from the sampler thread only.
 */
public interface NicDevices extends AutoCloseable {

    /** null when the devices can be read now; else why not (a note for the pane). */
    String unavailable();

    /** Whether {@link #unavailable()} is passing (native support still loading) rather than lasting. */
    boolean starting();

    /** Names of the interfaces present now, for discovery. */
    List<String> list() throws IOException;

    int ifindex(String ifname) throws NativeException;

    DriverInfo driverInfo(String ifname) throws NativeException;

    /** The ETH_SS_STATS count, or -1 when the driver has none. */
    int statsCount(String ifname) throws NativeException;

    /** Stat names, or null when the count is no longer {@code count}. */
    String[] statNames(String ifname, int count) throws NativeException;

    /** Values into {@code into[0..count)}; false when the count is no longer {@code count}. */
    boolean readStats(String ifname, int count, long[] into) throws NativeException;

    /** The monotonic clock reads are stamped with (System.nanoTime for the kernel, recorded time in playback). */
    long nanoTime();

    @Override
    void close();
}
