package xfrmtop.batch;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Frame;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Event;
import xfrmtop.source.HostInfo;
import xfrmtop.view.Ticks;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The funnel and the events in batch output: a JSON list each per tick, a text table when there is something. */
@Tag("fast")
class DiagnoseBatchTest {
    static final HostInfo HOST = new HostInfo("gw1", "6.18.0-test", "host");

    static Frame scene() {
        Ticks t = new Ticks();
        Frame f = null;
        for (int i = 0; i < 3; i++) {
            if (i == 2) t.event("", Event.Type.DELSA, "esp 192.0.2.1 -> 192.0.2.2 spi 0x00000100 reqid 1 tunnel")
                    .event("", Event.Type.NEWSA, "esp 192.0.2.1 -> 192.0.2.2 spi 0x00000101 reqid 1 tunnel \"quoted\"");
            f = t.xfrm("", "XfrmInStateProtoError", 20)
                    .nic("", "eth2", "ixgbe", CounterNames.of("rx_ipsec", "tx_ipsec"), "rx_ipsec", 20, "tx_ipsec", 20)
                    .dump("").sa("", "0x00000100", "in", 0, 20).sa("", "0x00000200", "out", 20, 0).listener("").tick();
        }
        return f;
    }

    @Test
    void jsonCarriesTheFunnelAndTheEventsOfTheTick() {
        StringBuilder sb = new StringBuilder();
        new JsonWriter(HOST, List.of(new FunnelSection(), new EventSection())).write(scene(), sb);
        String json = sb.toString();
        assertTrue(json.contains("\"funnel\":[{\"netns\":\"\",\"dir\":\"in\",\"nic_packets_rate\":20,\"nic_drops_rate\":null,"
                + "\"sa_packets_rate\":0,\"xfrm_drops_rate\":20,\"top_drop\":\"XfrmInStateProtoError\",\"top_drop_rate\":20,"
                + "\"sas\":1,\"sas_unknown_dir\":0},{\"netns\":\"\",\"dir\":\"out\",\"nic_packets_rate\":20,"), json);
        assertTrue(json.contains("\"events\":[{\"time\":\"2026-11-18T"), json);
        assertTrue(json.contains("\"netns\":\"\",\"type\":\"delsa\",\"text\":\"esp 192.0.2.1 -> 192.0.2.2 spi 0x00000100 reqid 1 tunnel\"},"
                + "{\"time\":"), json);
        assertTrue(json.contains("\"type\":\"newsa\",\"text\":\"esp 192.0.2.1 -> 192.0.2.2 spi 0x00000101 reqid 1 tunnel \\\"quoted\\\"\"}]"), json);
        assertEquals(1, json.split("\n").length, "one line");
        Ticks quiet = new Ticks();
        quiet.xfrm("").tick();
        sb.setLength(0);
        new JsonWriter(HOST, List.of(new EventSection())).write(quiet.xfrm("").tick(), sb);
        assertTrue(sb.toString().contains("\"events\":[]"), "an empty list in a tick without events: " + sb);
    }

    @Test
    void textPrintsTheFunnelAndTheEventsAsTables() {
        StringBuilder sb = new StringBuilder();
        new TextWriter(HOST, List.of(new FunnelSection(), new EventSection())).write(scene(), sb);
        String text = sb.toString();
        assertTrue(text.contains("\nDIR        NIC/s  NIC-DROP/s        SA/s XFRM-DROP/s TOP-DROP\n"
                + "in          20.0           -        0.00        20.0 XfrmInStateProtoError\n"
                + "out         20.0           -        20.0        0.00\n"), text);
        assertTrue(text.contains("\nTIME                     EVENT       WHAT\n"), text);
        assertTrue(text.contains(" delsa       esp 192.0.2.1 -> 192.0.2.2 spi 0x00000100 reqid 1 tunnel\n"), text);
        Ticks bare = new Ticks();
        bare.xfrm("").tick();
        sb.setLength(0);
        new TextWriter(HOST, List.of(new FunnelSection(), new EventSection())).write(bare.xfrm("").tick(), sb);
        assertTrue(!sb.toString().contains("NIC/s") && !sb.toString().contains("EVENT"),
                "xfrm_stat alone: nothing to compare, no events: no tables\n" + sb);
    }
}
