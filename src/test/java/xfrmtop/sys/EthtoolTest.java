package xfrmtop.sys;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The ethtool ioctls on the real kernel, without root (the stats commands need no privilege): every namespace has
 * lo at ifindex 1, and lo has no ETH_SS_STATS. Interfaces with statistics are covered by the e2e tests (veth, ifb).
 */
@Tag("fast")
class EthtoolTest {

    @Test
    void loHasIfindexOneAndNoStatistics() throws NativeException {
        assumeTrue(NativeSupport.problem() == null, () -> "SKIPPED: " + NativeSupport.problem());
        try (Ethtool e = Ethtool.open()) {
            assertEquals(1, e.ifindex("lo"));
            assertEquals(-1, e.statsCount("lo"), "lo answers GSSET_INFO with the ETH_SS_STATS bit cleared");
            NativeException x = assertThrows(NativeException.class, () -> e.readStats("lo", 4, new long[4]));
            assertEquals(Errno.EOPNOTSUPP, x.errno());
        }
    }

    @Test
    void aMissingInterfaceIsEnodev() throws NativeException {
        assumeTrue(NativeSupport.problem() == null, () -> "SKIPPED: " + NativeSupport.problem());
        try (Ethtool e = Ethtool.open()) {
            NativeException x = assertThrows(NativeException.class, () -> e.ifindex("xt-no-such-if"));
            assertEquals(Errno.ENODEV, x.errno());
            assertEquals("SIOCGIFINDEX xt-no-such-if: ENODEV (no such device)", x.getMessage());
            assertThrows(NativeException.class, () -> e.statsCount("xt-no-such-if"));
        }
    }
}
