package xfrmtop.sys;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An xfrm_address_t (16 bytes, network byte order) held as two longs, so a dump of thousands of SAs allocates no
 * byte arrays for addresses. IPv4 uses the first 4 bytes (the top half of {@code hi}).
 */
public final class XfrmAddress {
    public static final int AF_INET = 2, AF_INET6 = 10;

    private XfrmAddress() {}

    /** Text form: dotted quad for AF_INET, RFC 5952 (as inet_ntop) for AF_INET6, "?" for anything else. */
    public static String format(int family, long hi, long lo) {
        if (family == AF_INET) {
            int v = (int) (hi >>> 32);
            return (v >>> 24) + "." + ((v >>> 16) & 0xff) + "." + ((v >>> 8) & 0xff) + "." + (v & 0xff);
        }
        if (family != AF_INET6) return "?";
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (hi >>> (56 - 8 * i));
            b[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        try {
            return compress(((Inet6Address) InetAddress.getByAddress(b)).getHostAddress());
        } catch (UnknownHostException | ClassCastException e) {
            return "?";
        }
    }

    /** Java prints 2001:db8:0:0:0:0:0:1; inet_ntop prints 2001:db8::1 (longest run of zero groups, first if tied). */
    static String compress(String full) {
        String[] g = full.split(":", -1);
        int best = -1, bestLen = 1, run = -1;
        for (int i = 0; i <= g.length; i++) {
            boolean zero = i < g.length && g[i].equals("0");
            if (zero && run < 0) run = i;
            if (!zero && run >= 0) {
                if (i - run > bestLen) { best = run; bestLen = i - run; }
                run = -1;
            }
        }
        if (best < 0) return full;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < best; i++) sb.append(i > 0 ? ":" : "").append(g[i]);
        sb.append("::");
        for (int i = best + bestLen; i < g.length; i++) sb.append(i > best + bestLen ? ":" : "").append(g[i]);
        return sb.toString();
    }
}
