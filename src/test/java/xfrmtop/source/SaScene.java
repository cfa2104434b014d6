package xfrmtop.source;

import xfrmtop.rate.Frame;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sys.DumpBuilder;

import java.util.List;

/** The SA scene that the pane pictures and the key-leak tests share. */
public final class SaScene {
    private SaScene() {}

    /** Four SAs, one second apart: a busy outbound tunnel, an inbound one failing integrity, an idle IPv6 ESN
     *  transport SA with lifetimes, an offloaded one; three policies (out, in, block). */
    public static Frame scene(String keyHex) {
        SaFrames t = new SaFrames();
        t.tick(sas(0, keyHex), policies(), xfrmStat(0));
        return t.tick(sas(1, keyHex), policies(), xfrmStat(1));
    }

    /** The namespace's xfrm_stat, with the integrity failures of the inbound SA counted in XfrmInStateProtoError. */
    static Group xfrmStat(int tick) {
        return Group.ok(GroupKey.xfrmStat(""), 1_000_000_000L * (tick + 1),
                CounterNames.of("XfrmInNoStates", "XfrmInStateProtoError"), new long[] {0, 7 + 20L * tick}, "");
    }

    public static List<DumpBuilder.Sa> sas(int tick, String key) {
        DumpBuilder.Sa out = new DumpBuilder.Sa();
        out.packets = 1000 + 20L * tick;
        out.bytes = 84 * out.packets;
        out.oseq = out.packets;
        out.authKey = DumpBuilder.hex(key);
        DumpBuilder.Sa in = new DumpBuilder.Sa();
        in.src = "192.0.2.2";
        in.dst = "192.0.2.1";
        in.spi = 0x200;
        in.reqid = 2;
        in.auth = null;
        in.enc = null;
        in.aead = "rfc4106(gcm(aes))";
        in.aeadKey = DumpBuilder.hex(key.substring(0, 40));
        in.packets = 500;
        in.bytes = 42000;
        in.seq = 500;
        in.integrity = 7 + 20 * tick;
        DumpBuilder.Sa v6 = new DumpBuilder.Sa();
        v6.family = DumpBuilder.AF_INET6;
        v6.src = "2001:db8::1";
        v6.dst = "2001:db8::2";
        v6.spi = 0xc0ffee01;
        v6.mode = 0;
        v6.reqid = 3;
        v6.esn = true;
        v6.window = 1024;
        v6.lifetime = new long[] {-1, -1, -1, -1, 3600, 3900, -1, -1};
        v6.encKey = DumpBuilder.hex(key.substring(0, 32));
        DumpBuilder.Sa off = new DumpBuilder.Sa();
        off.src = "198.51.100.7";
        off.dst = "203.0.113.9";
        off.spi = 0x4242;
        off.reqid = 4;
        off.offloadIfindex = 4;
        off.packets = 90_000 + 1500L * tick;
        off.bytes = 1400 * off.packets;
        off.dir = 2;
        off.oseq = off.packets;
        return List.of(out, in, v6, off);
    }

    public static List<DumpBuilder.Policy> policies() {
        DumpBuilder.Policy out = new DumpBuilder.Policy();
        out.index = 1;
        out.dir = 1;
        out.useTime = 1_700_000_090L;
        DumpBuilder.Policy in = new DumpBuilder.Policy();
        in.index = 10;
        in.dir = 0;
        in.src = "203.0.113.0";
        in.dst = "198.51.100.0";
        in.tmplSrc = "192.0.2.2";
        in.tmplDst = "192.0.2.1";
        in.tmplReqid = 2;
        in.useTime = 1_700_000_095L;
        DumpBuilder.Policy block = new DumpBuilder.Policy();
        block.index = 18;
        block.dir = 0;
        block.action = 1;
        block.priority = 5;
        block.proto = 17;
        block.dport = 9;
        block.dportMask = 0xffff;
        block.template = false;
        return List.of(out, in, block);
    }
}
