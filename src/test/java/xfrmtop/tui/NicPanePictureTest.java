package xfrmtop.tui;

import com.googlecode.lanterna.TextColor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Frame;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.source.EthtoolDump;
import xfrmtop.source.NicReplay;
import xfrmtop.source.XfrmStatParser;
import xfrmtop.view.NicSelection;
import xfrmtop.view.Pane;
import xfrmtop.view.ViewState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The NIC pane below the xfrm_stat pane, rendered from recorded ethtool -S dumps and compared with pictures. */
@Tag("fast")
class NicPanePictureTest {

    /** An all-zero xfrm_stat group at each tick, as on an offloading gateway where the NIC drops what matters. */
    static LongFunction<Group> xfrmZeros() throws IOException {
        byte[] zeros = Files.readAllBytes(Path.of("src/test/resources/fixtures/xfrm_stat/zeros-6.18.txt"));
        XfrmStatParser.Result r = new XfrmStatParser().parse(zeros, zeros.length);
        return t -> Group.ok(GroupKey.xfrmStat(""), t, r.names(), r.values(), "");
    }

    static List<Frame> play(String file, List<String> named) throws IOException {
        return NicReplay.play(NicReplay.dump(file), named, Pictures.NOW, xfrmZeros());
    }

    static ViewState nicFocused(List<String> named) {
        ViewState vs = new ViewState();
        vs.nicSelection(NicSelection.of(named, null));
        vs.focus(Pane.NIC);
        return vs;
    }

    static String[] lines(Pictures.Shot s) { return s.text().split("\n"); }

    static int rowOf(Pictures.Shot s, String title) {
        String[] l = lines(s);
        for (int i = 0; i < l.length; i++) if (l[i].startsWith(title)) return i;
        throw new AssertionError("no line starts with " + title + "\n" + s.text());
    }

    @Test
    void normalRisingSadbMissSortsToTheTopInTheAlarmColour() throws IOException {
        Frame f = play("mlx5-connectx6dx.txt", List.of()).get(2);
        Pictures.Shot s = Pictures.render(new Renderer(true), f, nicFocused(List.of()), 120, 40);
        Pictures.assertPicture("nic-normal", s.text());
        int title = rowOf(s, " 2 NIC");
        assertTrue(lines(s)[title + 2].startsWith("eth2         ipsec_rx_drop_sadb_miss"),
                "the climbing drop counter is the first row, above faster traffic counters:\n" + s.text());
        assertEquals(TextColor.ANSI.RED_BRIGHT, s.fgOfLine("ipsec_rx_drop_sadb_miss"), "a climbing drop alarms");
        assertTrue(lines(s)[title].contains("15 counters, 5 moving"), lines(s)[title]);
        assertTrue(s.text().contains("RX: the NIC tagged the packet with an ~"), "the meaning from the mlx5 table");
    }

    @Test
    void allCountersOfAConnectXPortScroll() throws IOException {
        Frame f = play("mlx5-connectx6dx.txt", List.of()).get(2);
        ViewState vs = nicFocused(List.of());
        vs.nicSelection().toggleAll();
        Renderer r = new Renderer(true);
        Pictures.render(r, f, vs, 120, 40);
        r.pane(Pane.NIC).move(vs.pane(Pane.NIC), 1000);             // the selection moves down 1000 rows
        long t0 = System.nanoTime();
        Pictures.Shot s = Pictures.render(r, f, vs, 120, 40);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Pictures.assertPicture("nic-all", s.text());
        assertTrue(s.text().contains(" 2 NIC  2774 counters, "), s.text());
        assertTrue(ms < 2000, "a 2,774-row frame renders in " + ms + " ms");
    }

    @Test
    void goneInterfaceKeepsItsRowsMarkedGone() throws IOException {
        EthtoolDump d = EthtoolDump.parse("""
                @tick 0
                @iface ifb0 ifindex=5 driver=ifb
                     rx_queue_0_packets: 1000
                     rx_queue_0_bytes: 98000
                     tx_queue_0_packets: 1000
                     tx_queue_0_bytes: 98000
                @tick 1000
                @iface ifb0 ifindex=5 driver=ifb
                     rx_queue_0_packets: 1200
                     rx_queue_0_bytes: 117600
                     tx_queue_0_packets: 1200
                     tx_queue_0_bytes: 117600
                @tick 2000
                """);
        Frame f = NicReplay.play(d, List.of("ifb0"), Pictures.NOW, xfrmZeros()).get(2);
        Pictures.Shot s = Pictures.render(new Renderer(true), f, nicFocused(List.of("ifb0")), 120, 30);
        Pictures.assertPicture("nic-gone", s.text());
        assertTrue(s.text().contains("ifb0: gone: no such device"), s.text());
        assertEquals(TextColor.ANSI.MAGENTA, s.fgOfLine("ifb0         rx_queue_0_packets"), "gone rows are stale");
        assertTrue(lines(s)[rowOf(s, "ifb0         rx_queue_0_packets")].contains("gone"), s.text());
    }

    @Test
    void interfaceWithoutStatisticsGetsItsOneLineNote() throws IOException {
        Frame f = play("mlx5-connectx6dx.txt", List.of("lo", "veth0")).get(1);
        Pictures.Shot s = Pictures.render(new Renderer(false), f, nicFocused(List.of("lo", "veth0")), 100, 30);
        Pictures.assertPicture("nic-no-stats", s.text());
        assertTrue(s.text().contains("lo: unsupported: no ethtool statistics"), s.text());
        for (String n : List.of("peer_ifindex", "rx_queue_0_xdp_packets", "tx_queue_0_xdp_xmit_errors"))
            assertTrue(s.text().contains("veth0        " + n), "veth's stats are listed by name: " + n);
        assertTrue(s.text().matches("(?s).*peer_ifindex +=9 +- +9 .*"), "a gauge shows its value:\n" + s.text());
    }

    @Test
    void paneIsHiddenWithoutWatchedInterfaces() throws IOException {
        EthtoolDump d = EthtoolDump.parse("@tick 0\n@iface lo ifindex=1 nostats\n");
        Frame f = NicReplay.play(d, List.of(), Pictures.NOW, xfrmZeros()).get(0);
        String text = Pictures.render(new Renderer(true), f, new ViewState(), 100, 20).text();
        assertTrue(!text.contains(" 2 NIC"), text);
    }
}
