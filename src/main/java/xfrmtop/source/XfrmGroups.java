package xfrmtop.source;

import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Interner;
import xfrmtop.sample.Kind;
import xfrmtop.sample.SampleBuilder;
import xfrmtop.sys.SaSettings;
import xfrmtop.sys.XfrmAddress;
import xfrmtop.sys.XfrmDump;
import xfrmtop.sys.XfrmPolicy;
import xfrmtop.sys.XfrmSa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Turns SA and policy dumps into groups, keeping per-SA state between ticks (no JNA here, so recorded dumps drive it in
 * tests). An SA is the same group while (family, daddr, spi, proto, mark) stays; a rekey brings a new SPI and so a
 * new group, and the calculator shows the old one as gone. The kernel's u32 error counters are unwrapped into
 * 64-bit totals ({@link SaValues}). Labels are built when an SA first appears (or changes), not per tick.
 */
public final class XfrmGroups {
    private record SaId(int family, long dstHi, long dstLo, int spi, int proto, int markValue, int markMask) {
        // written out: the generated ones go through method handles, and every SA of every tick is looked up
        @Override
        public boolean equals(Object o) {
            return o instanceof SaId s && spi == s.spi && dstLo == s.dstLo && dstHi == s.dstHi && family == s.family
                    && proto == s.proto && markValue == s.markValue && markMask == s.markMask;
        }

        @Override
        public int hashCode() {
            return (Long.hashCode(dstHi * 31 + dstLo) * 31 + spi) * 31 + (family * 31 + proto) * 31 + markValue * 7 + markMask;
        }

        static SaId of(XfrmSa sa) {
            return new SaId(sa.family(), sa.dstHi(), sa.dstLo(), sa.spi(), sa.proto(), sa.markValue(), sa.markMask());
        }

        boolean is(XfrmSa sa) {
            return spi == sa.spi() && dstLo == sa.dstLo() && dstHi == sa.dstHi() && family == sa.family()
                    && proto == sa.proto() && markValue == sa.markValue() && markMask == sa.markMask();
        }
    }

    private static final class Slot {
        SaId id;
        int pos;                          // index in the last dump
        GroupKey key;
        long epoch;
        SaSettings labelled;              // the settings the labels were built from
        Map<String, String> labels;
        String dir = "";
        long[] last;                      // the last group's values (shared with it; null after a restart)
        long tick;
    }

    private final String netns;
    private final IntFunction<String> ifName;
    private final Map<SaId, Slot> slots = new HashMap<>();
    private final SaDirections directions = new SaDirections();
    private final Interner interner = new Interner();
    private final PolicyGroups policyGroups;
    private Slot[] order = new Slot[0];    // the last dump's slots in dump order (the kernel keeps its order)
    private final GroupKey statusKey;
    private long tick;

    /** @param ifName interface name of an ifindex (offload devices, policy selectors) */
    public XfrmGroups(String netns, IntFunction<String> ifName) {
        this.netns = netns;
        this.ifName = ifName;
        this.statusKey = new GroupKey(Kind.SA, netns, "");
        this.policyGroups = new PolicyGroups(netns, ifName, interner);
    }

    /** The key of the group that stands for the dump itself (its health and note describe the read). */
    public GroupKey statusKey() { return statusKey; }

    public void add(SampleBuilder out, long monoNanos, XfrmDump<XfrmSa> sas, XfrmDump<XfrmPolicy> policies) {
        tick++;
        boolean redirect = directions.update(policies.items());
        out.add(Group.ok(statusKey, monoNanos, SaCounters.STATUS,
                new long[] {sas.items().size(), policies.items().size()}, note(sas, policies)));
        List<XfrmSa> items = sas.items();
        Slot[] seen = new Slot[items.size()];
        int shift = 0;                                     // SAs deleted (-) or added (+) before this one
        int present = 0;                                   // slots of SAs in this dump
        for (int i = 0; i < seen.length; i++) {
            XfrmSa sa = items.get(i);
            // the same SA where the last dump had it (give or take the SAs that came or went before it) needs no
            // identity object and no hash lookup
            int at = i + shift;
            Slot s = at >= 0 && at < order.length && order[at] != null && order[at].id.is(sa) ? order[at]
                    : slots.get(SaId.of(sa));
            if (s != null && s.tick != tick) shift = s.pos - i;
            if (s == null || s.tick == tick) {
                if (s != null) continue;                   // the dump repeated an SA (it changed meanwhile)
                s = new Slot();
                s.id = SaId.of(sa);
                s.key = new GroupKey(Kind.SA, netns, instance(sa));
                slots.put(s.id, s);
                restart(s);
            } else if (sa.addTime() != s.labelled.addTime() || s.last != null
                    && (Long.compareUnsigned(sa.packets(), s.last[SaCounters.PACKETS]) < 0
                    || Long.compareUnsigned(sa.bytes(), s.last[SaCounters.BYTES]) < 0)) {
                restart(s);                            // deleted and added again under the same identity
                s.epoch++;
            }
            s.tick = tick;
            s.pos = i;
            seen[i] = s;
            present++;
            // the parser hands over the same settings while they stay (else equal ones, after a change of order)
            if (s.labels == null || redirect || sa.settings() != s.labelled && !sa.settings().equals(s.labelled)) {
                relabel(s, sa);
            }
            long[] v = SaValues.unchanged(s.last, sa) ? s.last : SaValues.of(s.last, sa);
            s.last = v;
            out.add(new Group(s.key, monoNanos, SaCounters.SA, v, Health.OK, "", s.epoch, s.labels));
        }
        order = seen;
        // vanished: the calculator carries them as gone (a walk of 100,000 slots only when some did)
        if (present != slots.size()) slots.values().removeIf(s -> s.tick != tick);
        policyGroups.add(out, monoNanos, policies.items());
    }

    /** A failed read: the dump's group says why; known SAs and policies stay, stale, with their last values. */
    public void failed(SampleBuilder out, long monoNanos, Health health, String reason, boolean keepKnown) {
        out.add(Group.failed(statusKey, monoNanos, health, reason));
        if (keepKnown) {
            for (Slot s : slots.values()) out.add(Group.failed(s.key, monoNanos, Health.STALE, reason));
        } else {
            slots.clear();
            order = new Slot[0];
        }
        policyGroups.failed(out, monoNanos, reason, keepKnown);
    }

    private static String note(XfrmDump<?> sas, XfrmDump<?> policies) {
        int skipped = sas.skipped() + policies.skipped();
        return skipped == 0 ? "" : skipped + " malformed message" + (skipped == 1 ? "" : "s") + " skipped";
    }

    private static void restart(Slot s) {
        s.last = null;                                      // counted from the kernel's values again
        s.labels = null;                                    // added again: its labels are built anew
    }

    private void relabel(Slot s, XfrmSa sa) {
        String dir = sa.dir() == 1 ? "in" : sa.dir() == 2 ? "out" : directions.of(sa);
        String from = sa.dir() != 0 ? "kernel" : "policy";
        String dev = sa.offloadIfindex() != 0 ? ifName.apply(sa.offloadIfindex()) : "";
        s.dir = dir;
        s.labels = SaLabels.of(sa, dir, from, dev, interner);
        s.labelled = sa.settings();
    }

    /** "DST/PROTO/SPI" plus the mark when set: readable, and unique per namespace like the kernel's own key. */
    static String instance(XfrmSa sa) {
        StringBuilder sb = new StringBuilder(40).append(XfrmAddress.format(sa.family(), sa.dstHi(), sa.dstLo()))
                .append('/').append(SaLabels.proto(sa.proto())).append('/').append(SaLabels.spi(sa.spi()));
        if (sa.markValue() != 0 || sa.markMask() != 0) {
            sb.append("/mark=").append(SaLabels.hex(sa.markValue())).append('/').append(SaLabels.hex(sa.markMask()));
        }
        return sb.toString();
    }
}
