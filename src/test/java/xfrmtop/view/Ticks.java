package xfrmtop.view;

import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Event;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.source.SaCounters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds frames tick by tick, one second apart, from counter totals: xfrm_stat (all 32 counters of the newest kernel,
 * zero unless set), NICs with a driver label, SAs with a direction label, events. Each tick the totals given are
 * added to the running totals, so a counter given 200 every tick climbs at 200/s.
 */
public final class Ticks {
    public static final long S = 1_000_000_000L, WALL = 1_795_000_000_000L;
    static final CounterNames XFRM = CounterNames.of(Knowledge32.NAMES);

    private final Map<GroupKey, long[]> totals = new LinkedHashMap<>();
    private final Map<GroupKey, Group> shape = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();
    private Frame frame;
    private long seq;

    /** xfrm_stat of a namespace: counter name, increase per tick, ... */
    public Ticks xfrm(String ns, Object... nameInc) {
        return add(GroupKey.xfrmStat(ns), XFRM, Map.of(), nameInc);
    }

    public Ticks nic(String ns, String iface, String driver, CounterNames names, Object... nameInc) {
        return add(new GroupKey(Kind.NIC, ns, iface), names, Map.of("driver", driver), nameInc);
    }

    /** An SA with a direction label; inc: packets per tick, then optionally integrity failures per tick. */
    public Ticks sa(String ns, String spi, String dir, long packets, long integrity) {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("src", "192.0.2.1");
        l.put("dst", "192.0.2.2");
        l.put("spi", spi);
        l.put("proto", "esp");
        l.put("mode", "tunnel");
        l.put("reqid", "1");
        l.put("dir", dir);
        l.put("dev", "");
        return add(new GroupKey(Kind.SA, ns, "192.0.2.2/esp/" + spi), SaCounters.SA, l,
                "packets", packets, "bytes", packets * 100, "integrity_failed", integrity, "add_time", 0L);
    }

    /** The SA dump's own group (it worked). */
    public Ticks dump(String ns) {
        return add(new GroupKey(Kind.SA, ns, ""), SaCounters.STATUS, Map.of(), "sas", 0L);
    }

    public Ticks event(String ns, Event.Type type, String text) {
        events.add(new Event(WALL + seq * 1000, ns, type, text));
        return this;
    }

    /** The namespace's event listener, counting the events given this tick (call after them). */
    public Ticks listener(String ns) {
        long acquire = 0, sa = 0, policy = 0;
        for (Event e : events) {
            if (!e.netns().equals(ns)) continue;
            if (e.type() == Event.Type.ACQUIRE) acquire++;
            else if (e.type().json().endsWith("sa")) sa++;
            else if (e.type().json().endsWith("policy")) policy++;
        }
        return add(xfrmtop.source.XfrmEventSource.key(ns), xfrmtop.source.XfrmEventSource.COUNTERS, Map.of(),
                "acquire", acquire, "sa", sa, "policy", policy);
    }

    /** A namespace whose event listener could not start. */
    public Ticks listenerFailed(String ns, String why) {
        GroupKey k = xfrmtop.source.XfrmEventSource.key(ns);
        shape.put(k, Group.failed(k, seq * S, Health.UNSUPPORTED, why));
        return this;
    }

    private Ticks add(GroupKey k, CounterNames names, Map<String, String> labels, Object... nameInc) {
        long[] v = totals.computeIfAbsent(k, x -> new long[names.size()]);
        if (k.kind() == Kind.SA && !k.instance().isEmpty() && v[SaCounters.ADD_TIME] == 0) v[SaCounters.ADD_TIME] = WALL / 1000;
        for (int i = 0; i + 1 < nameInc.length; i += 2) {
            int at = names.indexOf((String) nameInc[i]);
            if (at < 0) throw new IllegalArgumentException("no counter " + nameInc[i]);
            if (!nameInc[i].equals("add_time")) v[at] += ((Number) nameInc[i + 1]).longValue();
        }
        shape.put(k, new Group(k, seq * S, names, v.clone(), Health.OK, "", 0, labels));
        return this;
    }

    /** Seals the groups given since the last tick into the next frame (groups not given again are absent). */
    public Frame tick() {
        frame = Calculator.next(frame, new xfrmtop.sample.Sample(seq, seq * S, WALL + seq * 1000,
                new ArrayList<>(shape.values()), events));
        shape.clear();
        events.clear();
        seq++;
        return frame;
    }

    public Frame frame() { return frame; }

    /** The 32 counter names of the 6.14+ kernel, in its order. */
    static final class Knowledge32 {
        static final String[] NAMES = xfrmtop.knowledge.Knowledge.xfrmStat().all().stream()
                .map(xfrmtop.knowledge.CounterInfo::name).toArray(String[]::new);
    }
}
