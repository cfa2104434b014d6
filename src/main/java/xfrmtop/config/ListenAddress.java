package xfrmtop.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where --listen serves /metrics: an IP address literal and a TCP port. "PORT" alone means 127.0.0.1 (loopback only);
 * any other address, including the wildcard (0.0.0.0, [::]), has to be written out. Host names are refused rather
 * than resolved: no DNS lookup at start-up, and no doubt about which address is exposed.
 *
 * @param host the address as given ("127.0.0.1", "::1"), without brackets
 */
public record ListenAddress(String host, int port) {
    public static final String DEFAULT_HOST = "127.0.0.1";

    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]+)\\]:(.*)");

    /** Parses "[ADDR:]PORT"; IPv6 as "[ADDR]:PORT". Throws IllegalArgumentException with a message for the user. */
    public static ListenAddress parse(String text) {
        String s = text.trim();
        if (PORT.matcher(s).matches()) return new ListenAddress(DEFAULT_HOST, port(s));
        Matcher m = BRACKETED.matcher(s);
        if (m.matches()) {
            String host = m.group(1);
            try {
                InetAddress a = InetAddress.getByName("[" + host + "]");     // a literal: never a DNS lookup
                if (a.getAddress().length != 16) throw new UnknownHostException(host);
            } catch (UnknownHostException | RuntimeException e) {
                throw new IllegalArgumentException("'" + host + "' is not an IPv6 address");
            }
            return new ListenAddress(host, port(m.group(2)));
        }
        int colon = s.lastIndexOf(':');
        if (colon < 0) throw new IllegalArgumentException("'" + text + "' is not [ADDR:]PORT (e.g. 9109, 127.0.0.1:9109, [::1]:9109)");
        String host = s.substring(0, colon);
        if (host.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' has no address: give it explicitly (e.g. 0.0.0.0:9109 to listen on "
                    + "every IPv4 address, or just the port for 127.0.0.1)");
        }
        if (host.indexOf(':') >= 0) throw new IllegalArgumentException("write an IPv6 address in brackets: [" + host + "]:PORT");
        if (!IPV4.matcher(host).matches()) {
            throw new IllegalArgumentException("'" + host + "' is not an IP address (host names are not resolved; "
                    + "use e.g. 127.0.0.1, 192.0.2.10 or [::1])");
        }
        return new ListenAddress(host, port(s.substring(colon + 1)));
    }

    private static int port(String s) {
        int p = PORT.matcher(s).matches() ? Integer.parseInt(s) : -1;
        if (p < 1 || p > 65535) throw new IllegalArgumentException("port must be a number from 1 to 65535, not '" + s + "'");
        return p;
    }

    /** The address to bind (a literal, so no lookup). */
    public InetAddress inetAddress() {
        try {
            return InetAddress.getByName(host.indexOf(':') >= 0 ? "[" + host + "]" : host);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("checked when parsed: " + host, e);
        }
    }

    /** As the user would write it: "127.0.0.1:9109", "[::1]:9109". */
    @Override
    public String toString() { return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port; }
}
