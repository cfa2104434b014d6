package xfrmtop.export;

import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.SampleBuilder;
import xfrmtop.source.NicReplay;
import xfrmtop.source.SaFrames;
import xfrmtop.source.SaScene;
import xfrmtop.sys.DumpBuilder;
import xfrmtop.sys.KeyForms;
import xfrmtop.view.NicSelection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a scrape returns for frames made by the real parser, groups and calculator (no kernel, no HTTP). */
@Tag("fast")
class ExpositionTest {
    static final String KEY = "5e11a9c0ffee0123456789abcdef0123456789abcdef0123456789abcdef0a1b";

    static String text(FrameTap tap, long nowNanos) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(b, exposition(tap).snapshots(tap.state(), nowNanos));
        return b.toString(StandardCharsets.UTF_8);
    }

    static Exposition exposition(FrameTap tap) { return new Exposition(tap, NicSelection.of(List.of(), null)); }

    static Group xfrmStat(String netns, long mono, long... values) {
        return Group.ok(GroupKey.xfrmStat(netns), mono, CounterNames.of("XfrmInNoStates", "XfrmOutPolBlock", "XfrmFuture"),
                values, "");
    }

    static Frame frame(Frame prev, long seq, Group... groups) {
        SampleBuilder b = new SampleBuilder(seq, 1_000_000_000L * (seq + 1), 1_700_000_000_000L + 1000 * seq);
        for (Group g : groups) b.add(g);
        return Calculator.next(prev, b.build());
    }

    @Test
    void xfrmStatIsOneCounterFamilyWithTheCounterAsLabelAndMeaningsAsInfo() throws IOException {
        FrameTap tap = new FrameTap(1000);
        Frame f = frame(null, 0, xfrmStat("", 1_000_000_000L, 3, 200, -1L), xfrmStat("blue", 1_000_000_000L, 0, 1, 2));
        tap.accept(f);
        String t = text(tap, 1_250_000_000L);
        assertTrue(t.contains("# TYPE xfrm_stat_total counter\n"), t);
        assertTrue(t.contains("xfrm_stat_total{counter=\"XfrmOutPolBlock\",dir=\"out\",netns=\"\"} 200.0\n"), t);
        assertTrue(t.contains("xfrm_stat_total{counter=\"XfrmInNoStates\",dir=\"in\",netns=\"blue\"} 0.0\n"), t);
        // 2^64-1: unsigned, as the kernel means it (a float64 in Prometheus either way)
        assertTrue(t.contains("xfrm_stat_total{counter=\"XfrmFuture\",dir=\"-\",netns=\"\"} 1.8446744073709552E19\n"), t);
        assertTrue(t.contains("xfrm_stat_meaning_info{added=\"2.6.25\",counter=\"XfrmInNoStates\",dir=\"in\",meaning=\""), t);
        assertTrue(t.contains("xfrm_stat_meaning_info{added=\"?\",counter=\"XfrmFuture\""), t);
        assertEquals(3, count(t, "xfrm_stat_meaning_info{"), "one info series per counter name, not per namespace");
        assertTrue(t.contains("xfrmtop_samples_total 1.0\n"), t);
        assertTrue(t.contains("xfrmtop_last_sample_age_seconds 0.25\n"), t);
        assertTrue(t.contains("xfrmtop_read_errors_total{netns=\"blue\",source=\"xfrm_stat\"} 0.0\n"), t);
        assertTrue(t.contains("xfrmtop_build_info{commit=\""), t);
    }

    @Test
    void aFailedReadLeavesTheCountersOutAndCountsAReadError() throws IOException {
        FrameTap tap = new FrameTap(1000);
        Frame f = frame(null, 0, xfrmStat("", 1_000_000_000L, 1, 2, 3));
        tap.accept(f);
        f = frame(f, 1, Group.failed(GroupKey.xfrmStat(""), 2_000_000_000L, Health.STALE, "cannot read"));
        tap.accept(f);
        f = frame(f, 2, Group.failed(GroupKey.xfrmStat(""), 3_000_000_000L, Health.STALE, "cannot read"));
        tap.accept(f);
        String t = text(tap, 3_000_000_000L);
        assertFalse(t.contains("xfrm_stat_total{"), "a stale value is not served as current:\n" + t);
        assertTrue(t.contains("xfrmtop_read_errors_total{netns=\"\",source=\"xfrm_stat\"} 2.0\n"), t);
        assertTrue(t.contains("xfrmtop_source_up{netns=\"\",source=\"xfrm_stat\"} 0.0\n"), t);
        assertTrue(t.contains("xfrmtop_samples_total 3.0\n"), t);
        tap.accept(frame(f, 3, xfrmStat("", 4_000_000_000L, 1, 2, 3)));
        t = text(tap, 4_000_000_000L);
        assertTrue(t.contains("xfrm_stat_total{counter=\"XfrmInNoStates\",dir=\"in\",netns=\"\"} 1.0\n"), t);
        assertTrue(t.contains("xfrmtop_source_up{netns=\"\",source=\"xfrm_stat\"} 1.0\n"), t);
    }

    @Test
    void saSeriesCarryTheIdentityLabelsAndNoKeyMaterial() throws IOException {
        FrameTap tap = new FrameTap(1000);
        tap.accept(SaScene.scene(KEY));
        String t = text(tap, 2_000_000_000L);
        String out = "{dir=\"out\",dst=\"192.0.2.2\",mark=\"\",netns=\"\",proto=\"esp\",reqid=\"1\",spi=\"0x00000100\","
                + "src=\"192.0.2.1\"}";
        assertTrue(t.contains("xfrm_sa_packets_total" + out + " 1020.0\n"), t);
        assertTrue(t.contains("xfrm_sa_bytes_total" + out + " 85680.0\n"), t);
        assertTrue(t.contains("xfrm_sa_errors_total{dir=\"in\",dst=\"192.0.2.1\",error=\"integrity_failed\",mark=\"\","
                + "netns=\"\",proto=\"esp\",reqid=\"2\",spi=\"0x00000200\",src=\"192.0.2.2\"} 27.0\n"), t);
        assertTrue(t.contains("spi=\"0xc0ffee01\",src=\"2001:db8::1\""), t);
        assertEquals(4 * SaMetrics.SERIES_PER_SA, count(t, "\nxfrm_sa_"), t);
        assertTrue(t.contains("xfrm_sas{netns=\"\"} 4.0\n"), t);
        assertTrue(t.contains("xfrm_policies{netns=\"\"} 3.0\n"), t);
        assertTrue(t.contains("xfrmtop_sa_series_dropped 0.0\n"), t);
        for (String k : new String[] {KEY, KEY.substring(0, 40), KEY.substring(0, 32)}) {
            KeyForms.assertAbsent("exposition", t, DumpBuilder.hex(k));
        }
        assertFalse(t.contains("hmac") || t.contains("gcm") || t.contains("aes"), "only identity labels are copied: " + t);
    }

    @Test
    void aGoneSaLeavesAtOnceAndTheGuardKeepsAdmittedSasInPlace() throws IOException {
        SaFrames t = new SaFrames();
        FrameTap tap = new FrameTap(2 * SaMetrics.SERIES_PER_SA + 3);      // room for two whole SAs
        List<DumpBuilder.Sa> four = SaScene.sas(0, KEY);
        tap.accept(t.tick(four, List.of()));
        String m = text(tap, 0);
        assertTrue(m.contains("spi=\"0x00000100\"") && m.contains("spi=\"0x00000200\""), m);
        assertFalse(m.contains("spi=\"0xc0ffee01\"") || m.contains("spi=\"0x00004242\""), m);
        assertTrue(m.contains("xfrmtop_sa_series_dropped 10.0\n"), m);

        // a new SA ahead of the others in the dump does not push out an admitted one
        DumpBuilder.Sa early = new DumpBuilder.Sa();
        early.spi = 0x7;
        List<DumpBuilder.Sa> five = new java.util.ArrayList<>(List.of(early));
        five.addAll(four);
        tap.accept(t.tick(five, List.of()));
        m = text(tap, 0);
        assertTrue(m.contains("spi=\"0x00000100\"") && m.contains("spi=\"0x00000200\"") && !m.contains("spi=\"0x00000007\""), m);
        assertTrue(m.contains("xfrmtop_sa_series_dropped 15.0\n"), m);

        // SA 0x100 deleted (a rekey): its series end in the very next scrape, and its place goes to the first waiting SA
        List<DumpBuilder.Sa> rest = List.of(early, four.get(1), four.get(2), four.get(3));
        tap.accept(t.tick(rest, List.of()));
        m = text(tap, 0);
        assertFalse(m.contains("spi=\"0x00000100\""), "a gone SA is not kept:\n" + m);
        assertTrue(m.contains("spi=\"0x00000200\"") && m.contains("spi=\"0x00000007\""), m);
        assertEquals(2 * SaMetrics.SERIES_PER_SA, count(m, "\nxfrm_sa_"), m);
    }

    @Test
    void aNamespaceDeletedForGoodTakesItsSeriesWithIt() throws IOException {
        FrameTap tap = new FrameTap(1000);
        Frame f = frame(null, 0, xfrmStat("", 1_000_000_000L, 1, 2, 3), xfrmStat("vpn1", 1_000_000_000L, 4, 5, 6));
        tap.accept(f);
        assertTrue(text(tap, 0).contains("xfrmtop_read_errors_total{netns=\"vpn1\",source=\"xfrm_stat\"} 0.0\n"));
        for (int i = 1; i <= xfrmtop.rate.Calculator.GONE_TICKS + 1; i++) {
            f = frame(f, i, xfrmStat("", 1_000_000_000L * (i + 1), 1, 2, 3));
            tap.accept(f);
            String t = text(tap, 0);
            assertFalse(t.contains("xfrm_stat_total{counter=\"XfrmInNoStates\",dir=\"in\",netns=\"vpn1\"}"),
                    "a gone namespace's counters are not served: " + t);
        }
        String t = text(tap, 0);
        assertFalse(t.contains("netns=\"vpn1\""), "once the frame drops it, nothing of vpn1 is left:\n" + t);
    }

    @Test
    void aSourceWithoutItsCapabilityIsDownNotInError() throws IOException {
        SaFrames t = new SaFrames();
        FrameTap tap = new FrameTap(1000);
        tap.accept(t.failed(Health.UNSUPPORTED, "per-SA counters need root (CAP_NET_ADMIN)", false));
        tap.accept(t.failed(Health.UNSUPPORTED, "per-SA counters need root (CAP_NET_ADMIN)", false));
        String m = text(tap, 0);
        assertTrue(m.contains("xfrmtop_source_up{netns=\"\",source=\"sa\"} 0.0\n"), m);
        assertTrue(m.contains("xfrmtop_read_errors_total{netns=\"\",source=\"sa\"} 0.0\n"), m);
        assertFalse(m.contains("xfrm_sas{"), m);
    }

    @Test
    void zeroSaSeriesExportsNoSaButStillTheCounts() throws IOException {
        FrameTap tap = new FrameTap(0);
        tap.accept(SaScene.scene(KEY));
        String t = text(tap, 0);
        assertFalse(t.contains("xfrm_sa_packets"), t);
        assertTrue(t.contains("xfrm_sas{netns=\"\"} 4.0\n") && t.contains("xfrmtop_sa_series_dropped 20.0\n"), t);
    }

    @Test
    void openMetricsHasTheSameFamiliesAndEnds() throws IOException {
        FrameTap tap = new FrameTap(1000);
        tap.accept(SaScene.scene(KEY));
        MetricSnapshots s = exposition(tap).snapshots(tap.state(), 0);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        OpenMetricsTextFormatWriter.create().write(b, s);
        String t = b.toString(StandardCharsets.UTF_8);
        assertTrue(t.contains("# TYPE xfrm_stat counter\n") && t.contains("# TYPE xfrm_sa_bytes counter\n"), t);
        assertTrue(t.contains("# UNIT xfrm_sa_bytes bytes\n") && t.contains("# TYPE xfrm_stat_meaning info\n"), t);
        assertTrue(t.endsWith("# EOF\n"), t);
    }

    @Test
    void everyServedFamilyIsInTheCatalogWithItsTypeAndLabels() throws IOException {
        FrameTap tap = new FrameTap(1000);
        tap.accept(SaScene.scene(KEY));
        java.util.Set<String> served = new java.util.HashSet<>();
        List<MetricSnapshot> all = new java.util.ArrayList<>();
        exposition(tap).snapshots(tap.state(), 0).forEach(all::add);
        FrameTap nic = new FrameTap(1000);
        NicReplay.play(NicReplay.dump("mlx5-connectx6dx.txt"), List.of("veth0"), 0, null).forEach(nic);
        new Exposition(nic, NicSelection.of(List.of("veth0"), null)).snapshots(nic.state(), 0).forEach(all::add);
        for (MetricSnapshot m : all) {
            String name = m.getMetadata().getName();
            Families.Family f = Families.all().stream().filter(x -> x.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " is not in Families"));
            String type = m instanceof CounterSnapshot ? "counter" : m instanceof GaugeSnapshot ? "gauge"
                    : m instanceof InfoSnapshot ? "info" : "?";
            assertEquals(f.type(), type, name);
            for (DataPointSnapshot d : m.getDataPoints()) {
                List<String> labels = new java.util.ArrayList<>();
                d.getLabels().forEach(l -> labels.add(l.getName()));
                assertEquals(new java.util.TreeSet<>(f.labels()), new java.util.TreeSet<>(labels), name);
            }
            served.add(name);
        }
        for (Families.Family f : Families.all()) assertTrue(served.contains(f.name()), f.name() + " never served");
    }

    @Test
    void nicCountersAreTheOnesThePaneSelectsWithIfaceDriverAndMeaning() throws IOException {
        FrameTap tap = new FrameTap(1000);
        NicReplay.play(NicReplay.dump("mlx5-connectx6dx.txt"), List.of(), 0, null).subList(0, 3).forEach(tap);
        String t = text(tap, 0);
        assertTrue(t.contains("xfrm_nic_stat_total{counter=\"ipsec_rx_drop_sadb_miss\",dir=\"in\",driver=\"mlx5_core\","
                + "iface=\"eth2\",netns=\"\"} 317.0\n"), t);
        assertEquals(15, count(t, "\nxfrm_nic_stat_total{"), "the 15 IPsec counters of the driver table, not all 2,774");
        assertTrue(t.contains("xfrm_nic_meaning_info{counter=\"ipsec_rx_drop_sadb_miss\",dir=\"in\",driver=\"mlx5_core\","
                + "meaning=\""), t);
        assertFalse(t.contains("rx_vport_unicast_packets"), "only selected counters");
        assertTrue(t.contains("xfrmtop_source_up{netns=\"\",source=\"nic\"} 1.0\n"), t);

        // -i veth0 -i lo: every counter of a named interface; a gauge stays a gauge; no statistics, no series
        FrameTap named = new FrameTap(1000);
        NicReplay.play(NicReplay.dump("mlx5-connectx6dx.txt"), List.of("veth0", "lo"), 0, null).forEach(named);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(b, new Exposition(named, NicSelection.of(List.of("veth0", "lo"), null))
                .snapshots(named.state(), 0));
        String n = b.toString(StandardCharsets.UTF_8);
        assertTrue(n.contains("xfrm_nic_value{counter=\"peer_ifindex\",dir=\"-\",driver=\"veth\",iface=\"veth0\","
                + "netns=\"\"} 9.0\n"), n);
        assertEquals(9, count(n, "\nxfrm_nic_stat_total{"), "veth0's other 9 counters: " + n);
        assertFalse(n.contains("iface=\"lo\""), n);
    }

    @Test
    void beforeTheFirstSampleOnlyHealthIsServed() throws IOException {
        String t = text(new FrameTap(1000), 0);
        assertTrue(t.contains("xfrmtop_samples_total 0.0\n"), t);
        assertFalse(t.contains("xfrm_stat_total") || t.contains("xfrmtop_last_sample_age_seconds"), t);
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
        return n;
    }
}
