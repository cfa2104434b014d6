package xfrmtop.config;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("fast")
class ListenAddressTest {

    @Test
    void aPortAloneMeansLoopbackOnly() {
        ListenAddress a = ListenAddress.parse("9109");
        assertEquals("127.0.0.1", a.host());
        assertEquals(9109, a.port());
        assertTrue(a.inetAddress().isLoopbackAddress());
        assertEquals("127.0.0.1:9109", a.toString());
    }

    @Test
    void explicitAddressesIncludingTheWildcardAndIpv6() {
        assertEquals(new ListenAddress("0.0.0.0", 9109), ListenAddress.parse("0.0.0.0:9109"));
        assertEquals(new ListenAddress("192.0.2.10", 1), ListenAddress.parse("192.0.2.10:1"));
        ListenAddress v6 = ListenAddress.parse("[::1]:9109");
        assertEquals("::1", v6.host());
        assertTrue(v6.inetAddress().isLoopbackAddress());
        assertEquals("[::1]:9109", v6.toString());
        assertTrue(ListenAddress.parse("[::]:65535").inetAddress().isAnyLocalAddress());
        assertEquals(9109, ListenAddress.parse("[2001:db8::7]:9109").port());
    }

    @Test
    void badValuesSayWhatIsWrong() {
        assertMessage("0", "port must be a number from 1 to 65535");
        assertMessage("65536", "port must be a number from 1 to 65535");
        assertMessage("127.0.0.1:http", "port must be a number");
        assertMessage(":9109", "has no address");
        assertMessage("localhost:9109", "is not an IP address");
        assertMessage("gw1.example.net:9109", "host names are not resolved");
        assertMessage("256.1.1.1:9109", "is not an IP address");
        assertMessage("::1:9109", "write an IPv6 address in brackets");
        assertMessage("[::g]:9109", "is not an IPv6 address");
        assertMessage("[192.0.2.1]:9109", "is not an IPv6 address");
        assertMessage("", "is not [ADDR:]PORT");
        assertMessage("9109x", "is not [ADDR:]PORT");
    }

    private static void assertMessage(String value, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ListenAddress.parse(value), value);
        assertTrue(e.getMessage().contains(expected), value + " -> " + e.getMessage());
    }
}
