package xfrmtop.rate;

import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the previous frame and a new sample into the next frame. Pure: no clock, no I/O, no state of its own.
 * Rates use each group's own read times. A value that went backwards is a reset (no rate that tick); a group that
 * failed keeps its last values as stale; a group that disappeared is kept as gone for {@link #GONE_TICKS} ticks.
 */
public final class Calculator {
    /** Ticks a vanished group stays visible (so a rekey or a deleted interface can be seen) before it is dropped. */
    public static final int GONE_TICKS = 5;

    private Calculator() {}

    /** @param prev the previous frame, or null for the first sample */
    public static Frame next(Frame prev, Sample cur) {
        List<Group> gs = cur.groups();
        List<GroupRates> before = prev == null ? List.of() : prev.groups();
        // first each group's previous self and how many counters the frame holds: their states are one array
        GroupRates[] prevOf = new GroupRates[gs.size()];
        boolean[] carriedOn = new boolean[before.size()];
        int counters = 0;
        int shift = 0;                           // groups that came (+) or went (-) ahead of this one since last tick
        for (int i = 0; i < gs.size(); i++) {
            Group g = gs.get(i);
            GroupRates p = null;
            if (prev != null) {
                // most groups sit where they sat in the previous frame: found by position, not by hash
                int at = i + shift;
                p = at >= 0 && at < before.size() && before.get(at).key().equals(g.key()) ? before.get(at)
                        : prev.group(g.key());
                if (p != null) {
                    carriedOn[p.pos] = true;
                    shift = p.pos - i;
                }
            }
            prevOf[i] = p;
            counters += g.health() == Health.OK ? g.names().size() : p == null ? 0 : p.size();
        }
        List<GroupRates> gone = gone(before, carriedOn, gs);
        for (GroupRates p : gone) counters += p.size();
        int[] state = new int[counters];
        List<GroupRates> out = new ArrayList<>(gs.size() + gone.size());
        int at = 0;
        for (int i = 0; i < gs.size(); i++) {
            Group g = gs.get(i);
            GroupRates r = g.health() == Health.OK ? fresh(prevOf[i], g, state, at)
                    : carried(prevOf[i], g, g.health() == Health.GONE ? Status.GONE : Status.STALE, state, at);
            out.add(r);
            at += r.size();
        }
        for (GroupRates p : gone) {
            Group g = new Group(p.key(), p.group().monoNanos(), p.names(), p.totals, Health.GONE,
                    p.note().isEmpty() ? "gone" : p.note(), p.group().epoch(), p.group().labels());
            GroupRates r = carried(p, g, Status.GONE, state, at);
            out.add(r);
            at += r.size();
        }
        double interval = prev == null ? Double.NaN : (cur.monoNanos() - prev.sample().monoNanos()) / 1e9;
        return new Frame(cur, interval, out);
    }

    /**
     * The frame as the next one's predecessor and nothing more: the same values, bases and states, without the
     * previous read's values that only its own rates need (its rates read as none). What a recording keeps as a
     * checkpoint: at 10,000 SAs that is 1.2 MB less each.
     */
    public static Frame predecessor(Frame f) {
        List<GroupRates> out = new ArrayList<>(f.groups().size());
        for (GroupRates g : f.groups()) {
            GroupRates r = new GroupRates(g.group, g.names(), g.totals, g.goneTicks, g.state, g.at);
            r.base = g.base;
            out.add(r);
        }
        return new Frame(f.sample(), f.intervalS(), out);
    }

    /** The previous frame's groups that this sample lacks and that are still shown as gone. */
    private static List<GroupRates> gone(List<GroupRates> before, boolean[] carriedOn, List<Group> gs) {
        List<GroupRates> gone = List.of();
        Set<GroupKey> keys = null;               // built only when a group seems to have gone (a dump may repeat one)
        for (int j = 0; j < before.size(); j++) {
            GroupRates p = before.get(j);
            if (carriedOn[j] || p.goneTicks() >= GONE_TICKS) continue;
            if (keys == null) {
                keys = new HashSet<>(gs.size() * 2);
                for (Group g : gs) keys.add(g.key());
                gone = new ArrayList<>();
            }
            if (!keys.contains(p.key())) gone.add(p);
        }
        return gone;
    }

    private static GroupRates fresh(GroupRates p, Group g, int[] state, int at) {
        CounterNames names = g.names();
        GroupRates r = new GroupRates(g, names, g.values(), 0, state, at);
        long[] v = g.values();
        boolean comparable = p != null && p.health() == Health.OK && p.group().epoch() == g.epoch();
        boolean aligned = comparable && p.names().sameLayout(names);
        double dt = comparable ? (g.monoNanos() - p.group().monoNanos()) / 1e9 : 0;
        if (dt <= 0) comparable = false;
        // rates are worked out from the previous values when asked: shared as they are when the layout is the same
        long[] before = !comparable ? null : aligned ? p.totals : new long[v.length];
        r.before = before;
        r.dtS = dt;
        // the base (value - moved) stays the previous one's until a counter resets or comes back
        long[] base = aligned ? p.base : new long[v.length];
        boolean shared = aligned;
        for (int i = 0; i < v.length; i++) {
            int j = !comparable ? -1 : aligned ? i : p.names().indexOf(names.name(i));
            long moved;
            if (j < 0) {
                r.state(i, Status.NO_DATA, GroupRates.NEVER);
                // a counter seen again after a stale spell keeps what it had moved
                moved = p != null && (j = p.names().indexOf(names.name(i))) >= 0 && p.group().epoch() == g.epoch() ? p.moved(j) : 0;
            } else {
                long last = p.totals[j];
                if (!aligned) before[i] = last;
                if (Long.compareUnsigned(v[i], last) < 0) {
                    r.state(i, Status.RESET, 0);
                    moved = p.moved(j);
                } else {
                    long d = v[i] - last;
                    moved = p.moved(j) + d;
                    int since = p.sinceChange(j);
                    r.state(i, Status.OK, d != 0 ? 0 : since == GroupRates.NEVER ? since : since + 1);
                }
            }
            if (v[i] - base[i] != moved) {
                if (shared) {
                    base = base.clone();
                    shared = false;
                }
                base[i] = v[i] - moved;
            }
        }
        r.base = base;
        return r;
    }

    /** A group without fresh values: last known values, no rates. */
    private static GroupRates carried(GroupRates p, Group g, Status st, int[] state, int at) {
        if (p == null || p.size() == 0) {
            int gone = st != Status.GONE ? 0 : p == null ? 1 : p.goneTicks() + 1;
            GroupRates r = new GroupRates(g, CounterNames.EMPTY, new long[0], gone, state, at);
            r.base = r.totals;
            return r;
        }
        GroupRates r = new GroupRates(new Group(g.key(), g.monoNanos(), p.names(), p.totals, g.health(), g.note(),
                p.group().epoch(), g.labels().isEmpty() ? p.group().labels() : g.labels()),
                p.names(), p.totals, st == Status.GONE ? p.goneTicks() + 1 : 0, state, at);
        r.base = p.base;
        for (int i = 0; i < p.size(); i++) {
            int since = p.sinceChange(i);
            r.state(i, st, since == GroupRates.NEVER ? since : since + 1);
        }
        return r;
    }
}
