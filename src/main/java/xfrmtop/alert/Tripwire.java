package xfrmtop.alert;

import xfrmtop.rate.Frame;
import xfrmtop.sample.GroupKey;

import java.util.ArrayList;
import java.util.List;

/**
 * Remembers when each alert first tripped. Fed frames in order by one thread (the sampler, or the replay scan);
 * read from any thread through immutable snapshots. A frame older than the last one seen (a replay that went back)
 * forgets the trips after it.
 */
public final class Tripwire {
    /** An alert's first trip: the tick (sample seq), its wall-clock time and the counter that tripped it. */
    public record Trip(Alert alert, long seq, long wallMillis, GroupKey key, String name, double value) {}

    private final Alerts alerts;
    private final boolean[] seen;                    // the alert's counter existed in some frame
    private volatile List<Trip> trips = List.of();  // in trip order
    private long lastSeq = Long.MIN_VALUE;

    public Tripwire(Alerts alerts) {
        this.alerts = alerts;
        this.seen = new boolean[alerts.list().size()];
    }

    public Alerts alerts() { return alerts; }

    /** Evaluates a frame; returns the alerts that tripped for the first time in it. */
    public List<Trip> observe(Frame f) {
        if (alerts.isEmpty()) return List.of();
        long seq = f.sample().seq();
        if (seq <= lastSeq) rewind(seq - 1);
        lastSeq = seq;
        List<Trip> now = trips, added = new ArrayList<>(0);
        List<Alert> list = alerts.list();
        for (int a = 0; a < list.size(); a++) {
            if (!seen[a]) seen[a] = Alerts.present(list.get(a), f);
        }
        for (Alerts.Hit h : alerts.evaluate(f)) {
            if (tripped(now, h.alert()) || tripped(added, h.alert())) continue;
            added.add(new Trip(h.alert(), seq, f.sample().wallMillis(), h.key(), h.name(), h.value()));
        }
        if (!added.isEmpty()) {
            List<Trip> next = new ArrayList<>(now);
            next.addAll(added);
            trips = List.copyOf(next);
        }
        return added;
    }

    private static boolean tripped(List<Trip> l, Alert a) {
        for (Trip t : l) if (t.alert() == a) return true;
        return false;
    }

    private void rewind(long upto) {
        trips = tripsUpTo(upto);
    }

    /** All trips so far. */
    public List<Trip> trips() { return trips; }

    /** Trips that happened at or before the given tick (a replay shows those up to the sample on screen). */
    public List<Trip> tripsUpTo(long seq) {
        List<Trip> all = trips, out = new ArrayList<>(all.size());
        for (Trip t : all) if (t.seq() <= seq) out.add(t);
        return out.size() == all.size() ? all : List.copyOf(out);
    }

    /** Alerts whose counter never appeared in any frame (a misspelt name, or a pane that is not watched). */
    public List<Alert> neverMatched() {
        List<Alert> out = new ArrayList<>();
        for (int a = 0; a < seen.length; a++) if (!seen[a]) out.add(alerts.list().get(a));
        return out;
    }
}
