package xfrmtop.view;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.knowledge.Role;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.rate.Status;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.sample.Sample;
import xfrmtop.source.NicReplay;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which NIC counters show, what the driver tables say about them, and rate statuses on recorded dumps. */
@Tag("fast")
class NicSelectionTest {
    static final List<Column<CounterRow>> COLS = CounterColumns.nicPane(false);
    static final int BY_RATE = COLS.indexOf(CounterColumns.RATE);

    static List<CounterRow> rows(Frame f, NicSelection sel) {
        return CounterTable.rows(f, Kind.NIC, sel, null, "", false, COLS, BY_RATE, false);
    }

    static CounterRow row(List<CounterRow> rows, String name) {
        for (CounterRow r : rows) if (r.name().equals(name)) return r;
        throw new AssertionError("no row " + name);
    }

    @Test
    void oldFpgaNamesMapToTheirMeaningAndAlarmWhenClimbing() throws IOException {
        Frame f = NicReplay.play(NicReplay.dump("mlx5-innova-fpga.txt"), List.of(), 0, null).get(2);
        List<CounterRow> rows = rows(f, NicSelection.of(List.of(), null));
        CounterRow auth = row(rows, "ipsec_dec_auth_fail_packets");
        assertEquals("Packets dropped by the FPGA because the ICV (authentication) check failed", auth.info().meaning());
        assertEquals(Role.DROP, auth.info().role());
        assertEquals(40.0, auth.rate(), 1e-9);
        assertTrue(auth.alarming());
        assertEquals(auth, rows.get(0), "the climbing drop counter sorts first");
        assertEquals(22, rows.size(), "14 FPGA + 8 software IPsec counters of the 513, by the driver table");
        assertEquals("in", row(rows, "ipsec_dec_in_packets").info().dir());
        assertEquals(Role.ERROR, row(rows, "ipsec_add_sa_fail").info().role());
    }

    @Test
    void aCounterThatGoesBackwardsIsAReset() throws IOException {
        List<Frame> frames = NicReplay.play(NicReplay.dump("mlx5-connectx6dx.txt"), List.of(), 0, null);
        CounterRow sel = row(rows(frames.get(3), NicSelection.of(List.of(), null)), "ipsec_rx_drop_mismatch_sa_sel");
        assertEquals(Status.RESET, sel.status());
        assertTrue(Double.isNaN(sel.rate()), "no rate, never a negative one");
        assertEquals("reset", CounterColumns.RATE.text().apply(sel));
        assertEquals(0, sel.delta(), "a reset does not make DELTA negative");
    }

    @Test
    void namedInterfacesShowEverythingUnlessAFilterIsGiven() throws IOException {
        Frame f = NicReplay.play(NicReplay.dump("mlx5-connectx6dx.txt"), List.of("eth2"), 0, null).get(1);
        assertEquals(2774, rows(f, NicSelection.of(List.of("eth2"), null)).size());
        List<CounterRow> phy = rows(f, NicSelection.of(List.of("eth2"), "_phy$"));
        assertTrue(phy.size() > 40 && phy.stream().allMatch(r -> r.name().endsWith("_phy")), phy.toString());
        NicSelection discovered = NicSelection.of(List.of(), null);
        assertEquals(15, rows(f, discovered).size(), "ipsec_hw (9) and ipsec_sw (6) from the mlx5 table");
        discovered.toggleAll();
        assertEquals(2774, rows(f, discovered).size(), "key a: every counter");
        discovered.toggleAll();
        assertEquals(15, rows(f, discovered).size());
    }

    @Test
    void ixgbeOffloadCountersAreTheDefault() throws IOException {
        Frame f = NicReplay.play(NicReplay.dump("ixgbe-x540.txt"), List.of(), 0, null).get(1);
        List<CounterRow> rows = rows(f, NicSelection.of(List.of(), null));
        assertEquals(List.of("tx_ipsec", "rx_ipsec"), rows.stream().map(CounterRow::name).toList());
        assertEquals(2500.0, rows.get(0).rate(), 1e-9);
        assertEquals(Role.TRAFFIC, rows.get(0).info().role());
    }

    @Test
    void gaugesShowTheirValueNotARate() throws IOException {
        Frame f = NicReplay.play(NicReplay.dump("mlx5-connectx6dx.txt"), List.of("veth0"), 0, null).get(1);
        CounterRow peer = row(rows(f, NicSelection.of(List.of("veth0"), null)), "peer_ifindex");
        assertTrue(peer.gauge());
        assertTrue(Double.isNaN(peer.rate()));
        assertEquals("=9", CounterColumns.RATE.text().apply(peer));
        assertEquals("-", CounterColumns.NIC_DELTA.text().apply(peer));
    }

    @Test
    void unknownCountersGetAGuessedRoleAndSaySo() throws IOException {
        Frame f = NicReplay.play(NicReplay.dump("mlx5-connectx6dx.txt"), List.of("eth2"), 0, null).get(1);
        List<CounterRow> rows = rows(f, NicSelection.of(List.of("eth2"), null));
        CounterRow discards = row(rows, "rx_discards_phy");
        assertEquals("(not in the driver table)", discards.info().meaning());
        assertEquals(Role.DROP, discards.info().role());
        assertEquals("in", discards.info().dir());
    }

    @Test
    void interfacesSharingOneNameListEachKeepTheirOwnSelection() {
        // a recording declares equal name lists once: eth0 and eth1 then carry the same CounterNames instance (the
        // layouts kept per list and interface must not mix them up; before, they were right but made every tick)
        CounterNames names = CounterNames.of("rx_packets", "ipsec_rx_drop_sp", "tx_bytes");
        Map<String, String> driver = Map.of("driver", "mlx5_core");
        Frame f = Calculator.next(null, new Sample(0, 0, 0, List.of(
                new Group(new GroupKey(Kind.NIC, "", "eth0"), 0, names, new long[3], Health.OK, "", 0, driver),
                new Group(new GroupKey(Kind.NIC, "", "eth1"), 0, names, new long[3], Health.OK, "", 0, driver))));
        GroupRates eth0 = f.groups().get(0), eth1 = f.groups().get(1);
        NicSelection sel = NicSelection.of(List.of("eth1"), null);
        for (int round = 0; round < 3; round++) {       // asked in turns, as rows are built interface by interface
            assertEquals(1, sel.shownByRule(eth0), "eth0 (discovered): its IPsec counter only");
            assertEquals(3, sel.shownByRule(eth1), "eth1 (named with -i): every counter");
        }
    }
}
