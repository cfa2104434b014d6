package xfrmtop.sys;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;

import java.nio.charset.StandardCharsets;

/**
 * The SIOCETHTOOL statistics calls `ethtool -S` makes (GSSET_INFO, GSTRINGS, GSTATS, plus GDRVINFO and SIOCGIFINDEX),
 * on one datagram socket. The device is looked up by name in the namespace the socket was created in, so open it on
 * the thread (namespace) whose interfaces it should see. Native buffers are allocated once and reused; only the
 * rare name read (GSTRINGS) allocates. Not thread-safe: one sampler thread uses it.
 *
 * <p>Stat counts change at run time (mlx5 adds groups, ethtool -L). Kernels before the Dec-2025 fix ignore the count
 * we pass and copy the current one, so buffers have headroom; fixed kernels return 0 and copy nothing when the count
 * differs. Either way a returned count that is not ours means "count changed: ask again".
 */
public final class Ethtool implements AutoCloseable {
    private static final long SIOCETHTOOL = 0x8946, SIOCGIFINDEX = 0x8933;
    private static final int GDRVINFO = 0x03, GSTRINGS = 0x1b, GSTATS = 0x1d, GSSET_INFO = 0x37;
    private static final int ETH_SS_STATS = 1, ETH_GSTRING_LEN = 32, IFNAMSIZ = 16, DRVINFO_SIZE = 196;
    private static final int EAFNOSUPPORT = 97, NETLINK_GENERIC = 16;

    private final int fd;
    private final Memory ifr = new Memory(40);             // struct ifreq
    private final Memory small = new Memory(DRVINFO_SIZE); // drvinfo or sset_info
    private Memory stats = new Memory(8 + 8 * 512);        // struct ethtool_stats + u64[], grown with headroom
    private int statsCapacity = 512;
    private String ifrName;                                 // name now written in ifr

    private Ethtool(int fd) { this.fd = fd; }

    /** A socket in the calling thread's network namespace (AF_INET; generic netlink where there is no IPv4). */
    public static Ethtool open() throws NativeException {
        try {
            return new Ethtool(Libc.socket(Libc.AF_INET, Libc.SOCK_DGRAM | Libc.SOCK_CLOEXEC, 0));
        } catch (LastErrorException e) {
            if (e.getErrorCode() != EAFNOSUPPORT) throw new NativeException("socket(AF_INET)", e.getErrorCode());
        }
        try {
            return new Ethtool(Libc.socket(Libc.AF_NETLINK, Libc.SOCK_RAW | Libc.SOCK_CLOEXEC, NETLINK_GENERIC));
        } catch (LastErrorException e) {
            throw new NativeException("socket(AF_NETLINK)", e.getErrorCode());
        }
    }

    /** The interface's index (SIOCGIFINDEX); ENODEV when there is no such interface in the socket's namespace. */
    public int ifindex(String ifname) throws NativeException {
        name(ifname);
        ioctl(SIOCGIFINDEX, "SIOCGIFINDEX", ifname);
        return ifr.getInt(16);
    }

    public DriverInfo driverInfo(String ifname) throws NativeException {
        small.clear();
        small.setInt(0, GDRVINFO);
        ethtool(small, "ETHTOOL_GDRVINFO", ifname);
        return new DriverInfo(text(small, 4, 32), text(small, 36, 32), text(small, 68, 32), text(small, 100, 32),
                small.getInt(180));
    }

    /** The ETH_SS_STATS count (GSSET_INFO), or -1 when the driver has no such string set. */
    public int statsCount(String ifname) throws NativeException {
        small.setInt(0, GSSET_INFO);
        small.setInt(4, 0);
        small.setLong(8, 1L << ETH_SS_STATS);
        small.setInt(16, 0);
        ethtool(small, "ETHTOOL_GSSET_INFO", ifname);
        return (small.getLong(8) & (1L << ETH_SS_STATS)) == 0 ? -1 : small.getInt(16);
    }

    /** The stat names (GSTRINGS), or null when the driver's count is no longer {@code count}. */
    public String[] statNames(String ifname, int count) throws NativeException {
        int capacity = headroom(count);
        try (Memory m = new Memory(12 + (long) ETH_GSTRING_LEN * capacity)) {
            m.setInt(0, GSTRINGS);
            m.setInt(4, ETH_SS_STATS);
            m.setInt(8, count);
            ethtool(m, "ETHTOOL_GSTRINGS", ifname);
            if (m.getInt(8) != count) return null;
            String[] names = new String[count];
            for (int i = 0; i < count; i++) names[i] = text(m, 12 + (long) ETH_GSTRING_LEN * i, ETH_GSTRING_LEN);
            return names;
        }
    }

    /**
     * Reads {@code count} values (GSTATS) into {@code into[0..count)}. Returns false, leaving {@code into} alone, when
     * the driver's count is no longer {@code count}. Allocation-free once the buffer has grown to the count.
     */
    public boolean readStats(String ifname, int count, long[] into) throws NativeException {
        if (count > statsCapacity) {
            statsCapacity = headroom(count);
            stats.close();
            stats = new Memory(8 + 8L * statsCapacity);
        }
        stats.setInt(0, GSTATS);
        stats.setInt(4, count);
        ethtool(stats, "ETHTOOL_GSTATS", ifname);
        if (stats.getInt(4) != count) return false;
        stats.read(8, into, 0, count);
        return true;
    }

    /** Room for a count that grew between our calls (old kernels copy the current count, whatever we ask). */
    private static int headroom(int count) { return Math.max(count * 2, count + 256); }

    private void ethtool(Memory data, String what, String ifname) throws NativeException {
        name(ifname);
        ifr.setPointer(16, data);
        ioctl(SIOCETHTOOL, what, ifname);
    }

    private void ioctl(long request, String what, String ifname) throws NativeException {
        try {
            Libc.ioctl(fd, request, ifr);
        } catch (LastErrorException e) {
            throw new NativeException(what + " " + ifname, e.getErrorCode());
        }
    }

    /** Writes the name into ifr_name unless it is already there (the tick reads one interface several times). */
    private void name(String ifname) {
        if (ifname.equals(ifrName)) return;
        byte[] b = ifname.getBytes(StandardCharsets.UTF_8);
        if (b.length >= IFNAMSIZ) throw new IllegalArgumentException("interface name too long: " + ifname);
        ifr.clear();
        ifr.write(0, b, 0, b.length);
        ifrName = ifname;
    }

    /** A NUL-padded fixed-size C string (not always NUL-terminated: a full-length name fills its slot). */
    private static String text(Memory m, long off, int max) {
        byte[] b = m.getByteArray(off, max);
        int n = 0;
        while (n < max && b[n] != 0) n++;
        return new String(b, 0, n, StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            Libc.close(fd);
        } catch (LastErrorException ignored) {
            // nothing to do at close
        }
        stats.close();
    }
}
