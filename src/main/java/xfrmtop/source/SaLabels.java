package xfrmtop.source;

import xfrmtop.sample.Interner;
import xfrmtop.sys.XfrmLimits;
import xfrmtop.sys.XfrmSa;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The descriptive labels of an SA group, built once per SA (not per tick). Algorithm names and key lengths only:
 * there is no key material to put here, the parser never keeps any.
 */
public final class SaLabels {
    public static final String FAMILY = "family", SRC = "src", DST = "dst", SPI = "spi", PROTO = "proto", MODE = "mode",
            REQID = "reqid", DIR = "dir", DIR_FROM = "dir_from", DEV = "dev", OFFLOAD = "offload", MARK = "mark",
            IF_ID = "if_id", ESN = "esn", WINDOW = "replay_window_size", AUTH = "auth", ENC = "enc", AEAD = "aead",
            COMP = "comp", ENCAP = "encap", SOFT_ADD = "soft_add_s", HARD_ADD = "hard_add_s", SOFT_USE = "soft_use_s",
            HARD_USE = "hard_use_s", SOFT_BYTES = "soft_bytes", HARD_BYTES = "hard_bytes",
            SOFT_PACKETS = "soft_packets", HARD_PACKETS = "hard_packets";

    private static final String[] MODES = {"transport", "tunnel", "routeopt", "in_trigger", "beet", "iptfs"};

    private SaLabels() {}

    /** @param dir "in", "out" or "" (unknown); dirFrom "kernel" (XFRMA_SA_DIR) or "policy" (matched a template) */
    static Map<String, String> of(XfrmSa sa, String dir, String dirFrom, String dev, Interner interner) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(FAMILY, sa.family() == 10 ? "inet6" : sa.family() == 2 ? "inet" : Integer.toString(sa.family()));
        m.put(SRC, sa.src());
        m.put(DST, sa.dst());
        m.put(SPI, spi(sa.spi()));
        m.put(PROTO, proto(sa.proto()));
        m.put(MODE, mode(sa.mode()));
        m.put(REQID, Integer.toUnsignedString(sa.reqid()));
        m.put(DIR, dir);
        if (!dir.isEmpty()) m.put(DIR_FROM, dirFrom);
        m.put(DEV, dev);
        if (sa.offloadIfindex() != 0) {
            m.put(OFFLOAD, ((sa.offloadFlags() & 4) != 0 ? "packet" : "crypto")
                    + ((sa.offloadFlags() & 2) != 0 ? " in" : " out"));
        }
        if (sa.markValue() != 0 || sa.markMask() != 0) m.put(MARK, hex(sa.markValue()) + "/" + hex(sa.markMask()));
        if (sa.ifId() != 0) m.put(IF_ID, hex(sa.ifId()));
        m.put(ESN, sa.esn() ? "yes" : "no");
        m.put(WINDOW, Integer.toUnsignedString(sa.replayWindow()));
        XfrmSa.Algorithms a = sa.algs();
        if (!a.auth().isEmpty()) {
            m.put(AUTH, a.auth() + " " + a.authBits() + (a.authTruncBits() > 0 ? "/" + a.authTruncBits() : ""));
        }
        if (!a.enc().isEmpty()) m.put(ENC, a.enc() + " " + a.encBits());
        if (!a.aead().isEmpty()) m.put(AEAD, a.aead() + " " + a.aeadBits() + "/" + a.aeadIcvBits());
        if (!a.comp().isEmpty()) m.put(COMP, a.comp());
        if (sa.encapType() != 0) {
            m.put(ENCAP, (sa.encapType() == 2 ? "espinudp" : sa.encapType() == 1 ? "espinudp-nonike"
                    : Integer.toString(sa.encapType())) + " " + sa.encapSport() + " " + sa.encapDport());
        }
        XfrmLimits l = sa.limits();
        limit(m, SOFT_ADD, l.softAddSeconds());
        limit(m, HARD_ADD, l.hardAddSeconds());
        limit(m, SOFT_USE, l.softUseSeconds());
        limit(m, HARD_USE, l.hardUseSeconds());
        limit(m, SOFT_BYTES, l.softBytes());
        limit(m, HARD_BYTES, l.hardBytes());
        limit(m, SOFT_PACKETS, l.softPackets());
        limit(m, HARD_PACKETS, l.hardPackets());
        return xfrmtop.sample.Labels.of(m, interner, SPI);   // the SPI is the SA's own: not interned
    }

    private static void limit(Map<String, String> m, String k, long v) {
        if (XfrmLimits.set(v)) m.put(k, Long.toUnsignedString(v));
    }

    /** transport, tunnel, routeopt, in_trigger, beet, iptfs; the number for anything newer. */
    static String mode(int mode) { return mode >= 0 && mode < MODES.length ? MODES[mode] : Integer.toString(mode); }

    public static String spi(int spi) {
        String h = Integer.toHexString(spi);
        return "0x" + "00000000".substring(h.length()) + h;
    }

    static String hex(int v) { return "0x" + Integer.toHexString(v); }

    public static String proto(int p) {
        return switch (p) {
            case XfrmSa.IPPROTO_ESP -> "esp";
            case XfrmSa.IPPROTO_AH -> "ah";
            case XfrmSa.IPPROTO_COMP -> "comp";
            case 41 -> "ipip6";
            case 4 -> "ipip";
            default -> Integer.toString(p);
        };
    }
}
