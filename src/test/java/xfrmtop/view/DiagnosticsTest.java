package xfrmtop.view;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Frame;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Event;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Likely cause, funnel, event log and glyphs, from frames built tick by tick. */
@Tag("fast")
class DiagnosticsTest {
    static final CounterNames MLX5 = CounterNames.of("rx_packets", "ipsec_rx_pkts", "ipsec_tx_pkts", "ipsec_rx_drop_pkts",
            "ipsec_rx_drop_sadb_miss", "rx_discards_phy");

    @Test
    void theLikelyCauseIsTheFastestKnownDropCounterWithItsFirstCause() {
        Ticks t = new Ticks();
        Frame f = null;
        for (int i = 0; i < 3; i++) {
            f = t.xfrm("", "XfrmOutNoStates", 100, "XfrmInNoPols", 20)
                    .nic("", "eth2", "mlx5_core", MLX5, "rx_packets", 50_000, "ipsec_rx_drop_sadb_miss", 60, "rx_discards_phy", 900)
                    .xfrm("vpn1", "XfrmInStateSeqError", 150).tick();
        }
        LikelyCause lc = LikelyCause.of(f, null);
        assertEquals("XfrmInStateSeqError", lc.name(), "traffic and counters no table knows do not count");
        assertEquals(150.0, lc.rate());
        assertEquals("vpn1", lc.key().netns());
        assertTrue(lc.cause().startsWith("reordering deeper than the replay window"), lc.cause());
        assertTrue(lc.next().startsWith("ip -s xfrm state"), lc.next());
        assertEquals("XfrmOutNoStates", LikelyCause.of(f, "").name(), "the namespace in focus only");
        Ticks quiet = new Ticks();
        quiet.xfrm("").tick();
        assertNull(LikelyCause.of(quiet.xfrm("").tick(), null));
        Ticks nic = new Ticks();
        for (int i = 0; i < 2; i++) f = nic.xfrm("").nic("", "eth2", "mlx5_core", MLX5, "ipsec_rx_drop_sadb_miss", 60).tick();
        assertEquals("eth2", LikelyCause.of(f, null).key().instance());
        assertTrue(LikelyCause.of(f, null).cause().startsWith("the SA was deleted or replaced"));
    }

    @Test
    void onATieTheCounterFirstInTheFrameIsTheLikelyCause() {
        Ticks t = new Ticks();
        Frame f = null;
        for (int i = 0; i < 3; i++) {            // frame order: xfrm_stat "", eth2 in "", xfrm_stat vpn1
            f = t.xfrm("").nic("", "eth2", "mlx5_core", MLX5, "ipsec_rx_drop_sadb_miss", 60)
                    .xfrm("vpn1", "XfrmInStateSeqError", 60).tick();
        }
        assertEquals("eth2", LikelyCause.of(f, null).key().instance(), "the NIC comes before vpn1's xfrm_stat");
    }

    @Test
    void theFunnelPutsTheLayersOfEachDirectionSideBySide() {
        Ticks t = new Ticks();
        Frame f = null;
        for (int i = 0; i < 3; i++) {
            f = t.xfrm("", "XfrmInStateSeqError", 1000, "XfrmOutPolBlock", 5)
                    .nic("", "eth2", "mlx5_core", MLX5, "ipsec_rx_pkts", 10_000, "ipsec_tx_pkts", 7000, "ipsec_rx_drop_pkts", 3,
                            "ipsec_rx_drop_sadb_miss", 2, "rx_packets", 99_999)
                    .dump("").sa("", "0x00000100", "in", 5000, 0).sa("", "0x00000101", "in", 4000, 0)
                    .sa("", "0x00000200", "out", 7000, 0).sa("", "0x00000300", "", 10, 0).tick();
        }
        List<Funnel.Row> rows = new Funnel().rows(f, null);
        assertEquals(2, rows.size());
        Funnel.Row in = rows.get(0), out = rows.get(1);
        assertEquals("in", in.dir());
        assertEquals(10_000.0, in.nicPackets());
        assertEquals(5.0, in.nicDrops());
        assertEquals(9000.0, in.saPackets());
        assertEquals(1000.0, in.xfrmDrops());
        assertEquals("XfrmInStateSeqError", in.topDrop());
        assertEquals(2, in.sas());
        assertEquals(1, in.saUnknown());
        assertEquals(0.0, in.gap(), 1e-9, "NIC 10k = SAs 9k + XFRM drops 1k");
        assertEquals(7000.0, out.nicPackets());
        assertEquals(7000.0, out.saPackets());
        assertEquals(5.0, out.xfrmDrops());
        Ticks none = new Ticks();
        none.xfrm("").tick();
        Funnel.Row bare = new Funnel().rows(none.xfrm("").tick(), null).get(0);
        assertTrue(Double.isNaN(bare.nicPackets()) && Double.isNaN(bare.saPackets()), "no NIC, no SA dump: no data");
        assertEquals(0.0, bare.xfrmDrops());
    }

    @Test
    void theEventLogEndsAtTheFrameShownAndStepsBackWithIt() {
        EventLog log = new EventLog(3);
        Ticks t = new Ticks();
        log.observe(t.xfrm("").event("", Event.Type.NEWPOLICY, "p").tick());
        log.observe(t.xfrm("").tick());
        Frame two = t.xfrm("").event("", Event.Type.ACQUIRE, "a").event("b", Event.Type.NEWSA, "s").tick();
        log.observe(two);
        assertEquals(List.of("s", "a", "p"), log.upTo(2, null, 10).stream().map(e -> e.event().text()).toList());
        assertEquals(List.of("a", "p"), log.upTo(2, "", 10).stream().map(e -> e.event().text()).toList());
        assertEquals(List.of("p"), log.upTo(1, null, 10).stream().map(e -> e.event().text()).toList());
        log.observe(t.xfrm("").event("", Event.Type.DELSA, "d").tick());
        assertEquals(3, log.size(), "the oldest goes first");
        Ticks again = new Ticks();
        Frame back = again.xfrm("").tick();          // a replay stepping back to tick 0 forgets what came after
        log.observe(back);
        assertEquals(0, log.size());
    }

    @Test
    void glyphsFollowTheCharset() {
        assertEquals(Glyphs.UNICODE, Glyphs.forCharset(StandardCharsets.UTF_8));
        assertEquals(Glyphs.ASCII, Glyphs.forCharset(StandardCharsets.US_ASCII));
        assertEquals(Glyphs.ASCII, Glyphs.forCharset(StandardCharsets.ISO_8859_1));
        StringBuilder sb = new StringBuilder();
        Glyphs.UNICODE.spark(sb, new double[] {Double.NaN, 0, 1, 50, 100}, 5);
        assertEquals(" \u2581\u2582\u2585\u2588", sb.toString());
        sb.setLength(0);
        Glyphs.ASCII.spark(sb, new double[] {Double.NaN, 0, 1, 50, 100}, 5);
        assertEquals(" _.=#", sb.toString());
        String[] p = Glyphs.ASCII.plot(new double[] {0, 10, 5, Double.NaN}, 4, 2, 10);
        assertEquals(List.of(" #  ", " ## "), List.of(p));
    }
}
