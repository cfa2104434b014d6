package xfrmtop.tui;

import com.googlecode.lanterna.TextColor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Frame;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Event;
import xfrmtop.source.SaFrames;
import xfrmtop.source.SaScene;
import xfrmtop.source.XfrmEventSource;
import xfrmtop.view.Diagnostics;
import xfrmtop.view.Glyphs;
import xfrmtop.view.KeyMap;
import xfrmtop.view.Overlay;
import xfrmtop.view.Pane;
import xfrmtop.view.Ticks;
import xfrmtop.view.ViewState;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The diagnose screens: the likely-cause line, the detail view of a counter and of an SA (history plot, events marked),
 * the funnel, the event strip (working and greyed out), the event log and the HISTORY column in Unicode and ASCII.
 * Every frame of a scene goes through the Diagnostics the renderer reads, as the TUI's frame handoff does.
 */
@Tag("fast")
class DiagnosePictureTest {
    static final CounterNames MLX5 = CounterNames.of("rx_packets", "ipsec_rx_pkts", "ipsec_tx_pkts", "ipsec_rx_drop_pkts",
            "ipsec_rx_drop_sadb_miss");

    /** 40 ticks: quiet, then XfrmOutNoStates from tick 12 (an acquire right then), rising; a policy added at tick 5. */
    static Frame noStates(Diagnostics diag, boolean listener) {
        Ticks t = new Ticks();
        Frame f = null;
        for (int i = 0; i < 40; i++) {
            if (i == 5) t.event("", Event.Type.NEWPOLICY, "out 198.51.100.1/32 -> 198.51.100.2/32 udp dport 10 tmpl esp"
                    + " tunnel 198.51.100.1->198.51.100.2 reqid 77");
            if (i == 12) t.event("", Event.Type.ACQUIRE, "esp 198.51.100.1 -> 198.51.100.2 reqid 77 tunnel for"
                    + " 198.51.100.1/32 -> 198.51.100.2/32 udp sport 40000 dport 10");
            t.xfrm("", "XfrmOutNoStates", i < 12 ? 0 : i < 25 ? 100 : 100 + 10 * (i - 25), "XfrmOutPolBlock", i % 10 == 0 ? 3 : 0);
            if (listener) t.listener("");
            f = t.tick();
            diag.observe(f);
        }
        return f;
    }

    private static Pictures.Shot enter(Renderer r, Frame f, ViewState vs, String key, int w, int h) {
        Pictures.render(r, f, vs, w, h);                        // the rows Enter picks from
        new Controller(vs, KeyMap.defaults(), r, null).handle(key, null, f, h);
        return Pictures.render(r, f, vs, w, h);
    }

    @Test
    void detailOfAClimbingCounterWithItsHistoryAndEvents() {
        Diagnostics diag = Diagnostics.live();
        Renderer r = new Renderer(Theme.of(true), Glyphs.UNICODE, diag);
        Frame f = noStates(diag, true);
        ViewState vs = new ViewState();
        Pictures.Shot s = enter(r, f, vs, "Enter", 120, 40);
        Pictures.assertPicture("detail-xfrm", s.text());
        assertEquals(Overlay.DETAIL, vs.overlay());
        String text = s.text();
        assertTrue(text.contains("cause  XfrmOutNoStates 240.0/s out: the IKE negotiation is not up or is failing"), text);
        assertTrue(text.contains("Detail: XfrmOutNoStates"), text);
        assertTrue(text.contains("first moved at") && text.contains("rising"), text);
        assertTrue(text.contains("1. the IKE negotiation is not up or is failing"), text);
        assertTrue(text.contains("$ ip xfrm monitor acquire"), text);
        assertTrue(text.contains("acquire     esp 198.51.100.1 -> 198.51.100.2 reqid 77"), text);
        assertTrue(text.contains("\u2588") && text.contains("240.0/s\u2524"), "a plot scaled to the peak:\n" + text);
        assertTrue(text.lines().anyMatch(l -> l.contains("events") && l.contains("A")), "the acquire marked:\n" + text);
        Controller c = new Controller(vs, KeyMap.defaults(), r, null);
        c.handle("Down", null, f, 40);
        assertTrue(Pictures.render(r, f, vs, 120, 40).text().contains("Detail: XfrmOutPolBlock"),
                "Down walks to the next row of the pane, the detail view follows");
        c.handle("Esc", null, f, 40);
        assertEquals(null, vs.overlay(), "Esc closes");
        c.handle("Enter", null, f, 40);
        c.handle("Enter", null, f, 40);
        assertEquals(null, vs.overlay(), "Enter opens and closes");
    }

    @Test
    void detailInAsciiWhereTheCharsetHasNoBlocks() {
        Diagnostics diag = Diagnostics.live();
        Renderer r = new Renderer(Theme.of(false), Glyphs.ASCII, diag);
        Pictures.Shot s = enter(r, noStates(diag, true), new ViewState(), "Enter", 100, 36);
        Pictures.assertPicture("detail-xfrm-ascii", s.text());
        assertTrue(s.text().chars().allMatch(c -> c < 128), "ASCII only:\n" + s.text());
        assertTrue(s.text().contains("#"), s.text());
    }

    @Test
    void detailOfAnSaFailingIntegrity() {
        Diagnostics diag = Diagnostics.live();
        Renderer r = new Renderer(Theme.of(true), Glyphs.UNICODE, diag);
        SaFrames t = new SaFrames();
        Frame f = null;
        for (int i = 0; i < 20; i++) {
            f = t.tick(SaScene.sas(i, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"),
                    SaScene.policies());
            diag.observe(f);
        }
        ViewState vs = new ViewState();
        vs.focus(Pane.SA);
        vs.pane(Pane.SA).select(0, "\u0000192.0.2.1/esp/0x00000200");   // the inbound SA, failing integrity
        Pictures.Shot s = enter(r, f, vs, "Enter", 120, 40);
        Pictures.assertPicture("detail-sa", s.text());
        String text = s.text();
        assertTrue(text.contains("Detail: SA 192.0.2.1/esp/0x00000200"), text);
        assertTrue(text.contains("aead rfc4106(gcm(aes)) 160/128"), text);
        assertTrue(text.contains("integrity failed per second"), "the climbing error counter is plotted:\n" + text);
        assertFalse(text.contains("00112233445566"), "no key");
        assertEquals(TextColor.ANSI.RED_BRIGHT, s.fgOfLine("integrity        20.0/s"));
    }

    @Test
    void detailOfANicCounterFromItsDriverTable() {
        Diagnostics diag = Diagnostics.live();
        Renderer r = new Renderer(Theme.of(true), Glyphs.UNICODE, diag);
        Ticks t = new Ticks();
        Frame f = null;
        for (int i = 0; i < 20; i++) {
            f = t.xfrm("").nic("", "eth2", "mlx5_core", MLX5, "ipsec_rx_pkts", 90_000, "rx_packets", 90_100,
                    "ipsec_rx_drop_sadb_miss", i < 8 ? 0 : 150).tick();
            diag.observe(f);
        }
        ViewState vs = new ViewState();
        vs.focus(Pane.NIC);
        Pictures.Shot s = enter(r, f, vs, "Enter", 120, 36);
        Pictures.assertPicture("detail-nic", s.text());
        assertTrue(s.text().contains("Detail: eth2 ipsec_rx_drop_sadb_miss"), "the climbing drop counter is the top row:\n" + s.text());
        assertTrue(s.text().contains("interface eth2 (driver mlx5_core), ethtool -S counter"), s.text());
        assertTrue(s.text().contains("1. the SA was deleted or replaced while packets for it were in flight"), s.text());
    }

    @Test
    void detailOfAPolicy() {
        Diagnostics diag = Diagnostics.live();
        Renderer r = new Renderer(Theme.of(true), Glyphs.UNICODE, diag);
        SaFrames t = new SaFrames();
        Frame f = null;
        for (int i = 0; i < 2; i++) f = t.tick(SaScene.sas(i, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"),
                SaScene.policies());
        ViewState vs = new ViewState();
        vs.togglePolicies();
        vs.focus(Pane.POLICY);
        Pictures.Shot s = enter(r, f, vs, "Enter", 120, 20);
        Pictures.assertPicture("detail-policy", s.text());
        assertTrue(s.text().contains("Detail: policy "), s.text());
        assertTrue(s.text().contains("templates esp tunnel 192.0.2.2->192.0.2.1 reqid 2"), s.text());
    }

    @Test
    void funnelShowsTheLossBetweenLayers() {
        Diagnostics diag = Diagnostics.live();
        Renderer r = new Renderer(Theme.of(true), Glyphs.UNICODE, diag);
        Ticks t = new Ticks();
        Frame f = null;
        for (int i = 0; i < 3; i++) {
            f = t.xfrm("", "XfrmInStateSeqError", 1000)
                    .nic("", "eth2", "mlx5_core", MLX5, "ipsec_rx_pkts", 10_000, "ipsec_tx_pkts", 7000, "rx_packets", 10_100)
                    .dump("").sa("", "0x00000100", "in", 9000, 0).sa("", "0x00000200", "out", 7000, 0).tick();
        }
        ViewState vs = new ViewState();
        Pictures.Shot s = enter(r, f, vs, "f", 120, 24);
        Pictures.assertPicture("funnel", s.text());
        String text = s.text();
        assertTrue(text.lines().anyMatch(l -> l.contains("NIC decrypted (offload)") && l.contains("10000.0")), text);
        assertTrue(text.lines().anyMatch(l -> l.contains("SAs in (1)") && l.contains("9000.0")), text);
        assertTrue(text.lines().anyMatch(l -> l.contains("XFRM dropped (in)") && l.contains("1000.0")
                && l.contains("XfrmInStateSeqError 1000.0/s")), text);
    }

    @Test
    void eventStripAndLog() {
        Diagnostics diag = Diagnostics.live();
        Renderer r = new Renderer(Theme.of(true), Glyphs.UNICODE, diag);
        Frame f = noStates(diag, true);
        ViewState vs = new ViewState();
        Pictures.Shot strip = Pictures.render(r, f, vs, 120, 30);
        Pictures.assertPicture("events-strip", strip.text());
        assertTrue(strip.text().contains(" events  acquire 1 expire 0 sa 0 policy 1   e: log"), strip.text());
        Pictures.Shot log = enter(r, f, vs, "e", 120, 16);
        Pictures.assertPicture("events-log", log.text());
        assertTrue(log.text().contains("Events, newest first: 2 events"), log.text());
    }

    @Test
    void eventStripGreyedOutWithTheReason() {
        Diagnostics diag = Diagnostics.live();
        Renderer r = new Renderer(Theme.of(true), Glyphs.UNICODE, diag);
        Ticks t = new Ticks();
        Frame f = null;
        for (int i = 0; i < 2; i++) f = t.xfrm("").listenerFailed("", XfrmEventSource.NEED_ROOT).tick();
        Pictures.Shot s = Pictures.render(r, f, new ViewState(), 100, 14);
        Pictures.assertPicture("events-strip-no-root", s.text());
        assertTrue(s.text().contains(" events: XFRM events need root (CAP_NET_ADMIN)"), s.text());
        assertEquals(TextColor.ANSI.BLACK_BRIGHT, s.fgOfLine(" events: XFRM events need root"), "greyed out");
    }

    @Test
    void historyColumnInUnicodeAndAscii() {
        for (Glyphs g : Glyphs.values()) {
            Diagnostics diag = Diagnostics.live();
            Renderer r = new Renderer(Theme.of(true), g, diag);
            Frame f = noStates(diag, false);
            ViewState vs = new ViewState();
            Pictures.Shot s = enter(r, f, vs, "t", 120, 12);
            Pictures.assertPicture("history-" + g.name().toLowerCase(java.util.Locale.ROOT), s.text());
            assertTrue(vs.sparklines());
            String row = s.text().lines().filter(l -> l.startsWith("XfrmOutNoStates")).findFirst().orElseThrow();
            assertTrue(row.endsWith(g == Glyphs.UNICODE ? "\u2588" : "#"), "the newest sample, at its peak, is on the right: " + row);
        }
    }

    @Test
    void historyColumnOfTheSaPane() {
        Diagnostics diag = Diagnostics.live();
        Renderer r = new Renderer(Theme.of(true), Glyphs.UNICODE, diag);
        SaFrames t = new SaFrames();
        Frame f = null;
        for (int i = 0; i < 30; i++) {
            f = t.tick(SaScene.sas(i < 15 ? 0 : i - 14, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"),
                    SaScene.policies());
            diag.observe(f);
        }
        ViewState vs = new ViewState();
        vs.focus(Pane.SA);
        Pictures.Shot s = enter(r, f, vs, "t", 150, 14);
        Pictures.assertPicture("history-sa", s.text());
        assertTrue(s.text().contains("HISTORY"), s.text());
    }

}
