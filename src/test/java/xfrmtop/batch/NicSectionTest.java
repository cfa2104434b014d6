package xfrmtop.batch;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Frame;
import xfrmtop.source.HostInfo;
import xfrmtop.source.NicReplay;
import xfrmtop.view.NicSelection;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "nics" list of batch JSON and the NIC rows of batch text, on recorded dumps. */
@Tag("fast")
class NicSectionTest {
    static final HostInfo HOST = new HostInfo("gw1", "6.18.0-test", "host");

    static String json(Frame f, List<String> named) {
        StringBuilder sb = new StringBuilder();
        new JsonWriter(HOST, List.of(new XfrmStatSection(), new NicSection(NicSelection.of(named, null)))).write(f, sb);
        return sb.toString();
    }

    @Test
    void jsonListsTheSelectedCountersWithRatesAndStatus() throws IOException {
        List<Frame> frames = NicReplay.play(NicReplay.dump("mlx5-connectx6dx.txt"), List.of(), 0, null);
        String first = json(frames.get(0), List.of());
        assertTrue(first.contains("\"nics\":[{\"iface\":\"eth2\",\"driver\":\"mlx5_core\",\"netns\":\"\","
                + "\"name\":\"ipsec_rx_pkts\",\"dir\":\"in\",\"role\":\"traffic\",\"total\":48213377,\"rate\":null,"
                + "\"delta\":0,\"status\":\"no_data\"}"), first);
        String third = json(frames.get(2), List.of());
        assertTrue(third.contains("{\"iface\":\"eth2\",\"driver\":\"mlx5_core\",\"netns\":\"\","
                + "\"name\":\"ipsec_rx_drop_sadb_miss\",\"dir\":\"in\",\"role\":\"drop\",\"total\":317,\"rate\":149,"
                + "\"delta\":300,\"status\":\"ok\"}"), third);
        assertEquals(15, third.split("\"iface\":").length - 1, "the 15 IPsec counters, not all 2,774");
        assertTrue(json(frames.get(3), List.of()).contains("\"name\":\"ipsec_rx_drop_mismatch_sa_sel\",\"dir\":\"in\","
                + "\"role\":\"drop\",\"total\":0,\"rate\":null,\"delta\":0,\"status\":\"reset\"}"));
    }

    @Test
    void gaugesHaveNoRateAndNoDeltaAndMissingInterfacesAreErrors() throws IOException {
        Frame f = NicReplay.play(NicReplay.dump("mlx5-connectx6dx.txt"), List.of("veth0", "lo"), 0, null).get(1);
        String j = json(f, List.of("veth0", "lo"));
        assertTrue(j.contains("\"name\":\"peer_ifindex\",\"dir\":\"-\",\"role\":\"gauge\",\"total\":9,\"rate\":null,"
                + "\"delta\":null,\"status\":\"ok\"}"), j);
        assertTrue(j.contains("{\"source\":\"nic\",\"netns\":\"\",\"instance\":\"lo\",\"health\":\"unsupported\","
                + "\"message\":\"no ethtool statistics\"}"), j);
    }

    @Test
    void textPrintsTheNicRowsUnderTheXfrmStatRows() throws IOException {
        Frame f = NicReplay.play(NicReplay.dump("ixgbe-x540.txt"), List.of(), 0, null).get(1);
        StringBuilder sb = new StringBuilder();
        new TextWriter(HOST, List.of(new XfrmStatSection(), new NicSection(NicSelection.of(List.of(), null)))).write(f, sb);
        assertEquals("""
                NAME                     DIR      RATE/s        DELTA          TOTAL STATUS

                IFACE        NAME                               RATE/s        DELTA          TOTAL STATUS
                eno1         tx_ipsec                           2500.0         2500         882620 ok
                eno1         rx_ipsec                           2480.0         2480         881481 ok

                """, sb.substring(sb.indexOf("\n") + 1));
    }
}
