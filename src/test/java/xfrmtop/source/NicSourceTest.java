package xfrmtop.source;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.rate.Status;
import xfrmtop.sample.Group;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.sample.Sample;
import xfrmtop.sample.SampleBuilder;
import xfrmtop.sys.DriverInfo;
import xfrmtop.sys.NativeException;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The NIC source on recorded dumps: discovery, names mapped once, counts and interfaces changing, gone, no stats. */
@Tag("fast")
class NicSourceTest {

    static Sample tick(NicSource src, NicDevices dev, long seq) {
        SampleBuilder b = new SampleBuilder(seq, dev.nanoTime(), 0);
        src.read(b);
        return b.build();
    }

    static GroupRates nic(Frame f, String iface) {
        for (GroupRates g : f.groups(Kind.NIC)) if (g.key().instance().equals(iface)) return g;
        throw new AssertionError("no group for " + iface + " in " + f.groups());
    }

    @Test
    void discoveryWatchesTheOffloadDriverNotVethOrLo() throws IOException {
        EthtoolDump d = NicReplay.dump("mlx5-connectx6dx.txt");
        NicSource src = NicReplay.source(d, List.of());
        d.next();
        Sample s = tick(src, d, 0);
        assertEquals(List.of("eth2"), src.watched());
        assertEquals(1, s.groups().size());
        Group g = s.groups().get(0);
        assertEquals(Health.OK, g.health());
        assertEquals(2774, g.names().size());
        assertEquals("mlx5_core", g.label("driver"));
        assertEquals(4, g.epoch(), "epoch is the ifindex");
    }

    @Test
    void namesAreMappedOnceAndValuesReadEachTick() throws IOException {
        EthtoolDump d = NicReplay.dump("mlx5-connectx6dx.txt");
        NicSource src = NicReplay.source(d, List.of("eth2"));
        d.next();
        Group g0 = tick(src, d, 0).groups().get(0);
        d.next();
        Group g1 = tick(src, d, 1).groups().get(0);
        assertSame(g0.names(), g1.names(), "same layout, same CounterNames instance");
        int i = g1.names().indexOf("ipsec_rx_drop_sadb_miss");
        assertEquals(17, g0.values()[i]);
        assertEquals(168, g1.values()[i]);
        assertEquals(1_000_000_000L, g1.monoNanos() - g0.monoNanos());
    }

    @Test
    void discoveryAlsoTakesUnknownDriversWithIpsecNames() {
        EthtoolDump d = EthtoolDump.parse("""
                @tick 0
                @iface eth0 ifindex=2 driver=acme_nic
                     rx_packets: 5
                     rx_ipsec_ok: 3
                @iface eth1 ifindex=3 driver=acme_nic
                     rx_packets: 5
                     rx_responses: 1
                """);
        NicSource src = NicReplay.source(d, List.of());
        d.next();
        tick(src, d, 0);
        assertEquals(List.of("eth0"), src.watched(), "esp/ipsec/xfrm as a word, not inside 'responses'");
    }

    @Test
    void interfaceWithoutStatisticsSaysSo() throws IOException {
        EthtoolDump d = NicReplay.dump("mlx5-connectx6dx.txt");
        NicSource src = NicReplay.source(d, List.of("lo"));
        d.next();
        Group g = tick(src, d, 0).groups().get(0);
        assertEquals(Health.UNSUPPORTED, g.health());
        assertEquals("no ethtool statistics", g.note());
    }

    /** ifb0 deleted at 1 s, back at 2 s with a new ifindex: gone, then rates restart from no data. */
    @Test
    void goneInterfaceComesBackWithANewIdentity() {
        EthtoolDump d = EthtoolDump.parse("""
                @tick 0
                @iface ifb0 ifindex=5 driver=ifb
                     rx_queue_0_packets: 100
                @tick 1000
                @tick 2000
                @iface ifb0 ifindex=7 driver=ifb
                     rx_queue_0_packets: 3
                @tick 3000
                @iface ifb0 ifindex=7 driver=ifb
                     rx_queue_0_packets: 53
                """);
        List<Frame> f = NicReplay.play(d, List.of("ifb0"), 0, null);
        assertEquals(Health.GONE, nic(f.get(1), "ifb0").health());
        assertTrue(nic(f.get(1), "ifb0").note().contains("no such device"), nic(f.get(1), "ifb0").note());
        assertEquals(Status.GONE, nic(f.get(1), "ifb0").status(0), "the rows stay, marked gone");
        assertEquals(100, nic(f.get(1), "ifb0").total(0), "with the last value");
        assertEquals(Status.NO_DATA, nic(f.get(2), "ifb0").status(0), "a new interface: no rate yet, never negative");
        assertEquals(7, nic(f.get(2), "ifb0").group().epoch());
        assertEquals(Status.OK, nic(f.get(3), "ifb0").status(0));
        assertEquals(50.0, nic(f.get(3), "ifb0").rate(0), 1e-9);
    }

    /** With -N, -i names interfaces of some namespace: one that never had it adds no rows; a vanished one is gone. */
    @Test
    void aNamedInterfaceAWatchedNamespaceNeverHadIsNotListed() {
        EthtoolDump d = EthtoolDump.parse("""
                @tick 0
                @iface ifb0 ifindex=5 driver=ifb
                     rx_queue_0_packets: 1
                @tick 1000
                """);
        NicSource src = new NicSource(d, "vpn1", List.of("ifb0", "eth9"), n -> false);
        d.next();
        Sample s0 = tick(src, d, 0);
        assertEquals(List.of("ifb0"), s0.groups().stream().map(g -> g.key().instance()).toList());
        assertEquals("vpn1", s0.groups().get(0).key().netns());
        d.next();
        Sample s1 = tick(src, d, 1);
        assertEquals(1, s1.groups().size());
        assertEquals(Health.GONE, s1.groups().get(0).health());
    }

    @Test
    void discoveredInterfaceThatStaysAwayIsDropped() {
        EthtoolDump d = EthtoolDump.parse("""
                @tick 0
                @iface eth0 ifindex=2 driver=ixgbe
                     tx_ipsec: 1
                @tick 1000
                @tick 6000
                """);
        NicSource src = NicReplay.source(d, List.of());
        d.next();
        tick(src, d, 0);
        d.next();
        assertEquals(Health.GONE, tick(src, d, 1).groups().get(0).health());
        d.next();
        assertEquals(List.of(), tick(src, d, 2).groups(), "gone at the next discovery: no longer watched");
        assertEquals(List.of(), src.watched());
    }

    /** mlx5 adds its IPsec group (0 entries until IPsec offload is initialised): names are read again. */
    @Test
    void aChangedStatCountIsMappedAgain() {
        EthtoolDump d = EthtoolDump.parse("""
                @tick 0
                @iface eth2 ifindex=4 driver=mlx5_core
                     rx_packets: 10
                     tx_packets: 20
                @tick 1000
                @iface eth2 ifindex=4 driver=mlx5_core
                     rx_packets: 15
                     tx_packets: 20
                     ipsec_rx_pkts: 0
                """);
        List<Frame> f = NicReplay.play(d, List.of("eth2"), 0, null);
        GroupRates g = nic(f.get(1), "eth2");
        assertNotSame(nic(f.get(0), "eth2").names(), g.names());
        assertEquals(3, g.size());
        assertEquals(Status.OK, g.status(0));
        assertEquals(5.0, g.rate(0), 1e-9);
        assertEquals(Status.NO_DATA, g.status(2), "a counter seen for the first time has no rate yet");
    }

    /** The kernel answers a count that is no longer current with 0 (new kernels): the source asks again. */
    @Test
    void aCountChangeBetweenTheCallsIsRetriedInTheSameTick() throws NativeException {
        EthtoolDump d = EthtoolDump.parse("""
                @tick 0
                @iface eth0 ifindex=2 driver=ixgbe
                     tx_ipsec: 1
                     rx_ipsec: 2
                """);
        d.next();
        int[] races = {1};
        NicDevices racing = new NicDevices() {
            @Override public String unavailable() { return null; }
            @Override public boolean starting() { return false; }
            @Override public List<String> list() { return d.list(); }
            @Override public int ifindex(String n) throws NativeException { return d.ifindex(n); }
            @Override public DriverInfo driverInfo(String n) throws NativeException { return d.driverInfo(n); }
            @Override public int statsCount(String n) throws NativeException { return d.statsCount(n); }
            @Override public String[] statNames(String n, int c) throws NativeException { return d.statNames(n, c); }
            @Override public boolean readStats(String n, int c, long[] into) throws NativeException {
                return races[0]-- <= 0 && d.readStats(n, c, into);
            }
            @Override public long nanoTime() { return d.nanoTime(); }
            @Override public void close() {}
        };
        NicSource src = new NicSource(racing, "", List.of("eth0"), n -> false);
        Group g = tick(src, racing, 0).groups().get(0);
        assertEquals(Health.OK, g.health());
        assertEquals(2, g.values()[1]);
    }

    @Test
    void nativeSupportStillLoadingSkipsTheTickWithANote() {
        NicDevices loading = new NicDevices() {
            @Override public String unavailable() { return KernelNicDevices.STARTING; }
            @Override public boolean starting() { return true; }
            @Override public List<String> list() { throw new AssertionError("not while loading"); }
            @Override public int ifindex(String n) { throw new AssertionError("not while loading"); }
            @Override public DriverInfo driverInfo(String n) { throw new AssertionError("not while loading"); }
            @Override public int statsCount(String n) { throw new AssertionError("not while loading"); }
            @Override public String[] statNames(String n, int c) { throw new AssertionError("not while loading"); }
            @Override public boolean readStats(String n, int c, long[] into) { throw new AssertionError("not while loading"); }
            @Override public long nanoTime() { return 0; }
            @Override public void close() {}
        };
        Group g = tick(new NicSource(loading, "", List.of("eth0"), n -> false), loading, 0).groups().get(0);
        assertEquals(Health.STALE, g.health());
        assertEquals(KernelNicDevices.STARTING, g.note());
    }
}
