package xfrmtop.alert;

import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.GroupKey;

import java.util.ArrayList;
import java.util.List;

/**
 * The --alert expressions of a run, evaluated on frames. Pure: the same frame always gives the same hits, so live
 * runs, replays and the TUI's row marks agree.
 */
public final class Alerts {
    public static final Alerts NONE = new Alerts(List.of());

    /** One counter that meets an alert's condition in a frame. */
    public record Hit(Alert alert, GroupKey key, String name, double value) {}

    private final List<Alert> alerts;

    public Alerts(List<Alert> alerts) { this.alerts = List.copyOf(alerts); }

    public List<Alert> list() { return alerts; }

    public boolean isEmpty() { return alerts.isEmpty(); }

    /** Every counter that meets an alert's condition, alert by alert in command-line order. */
    public List<Hit> evaluate(Frame f) {
        List<Hit> hits = new ArrayList<>(0);
        if (f == null) return hits;
        for (Alert a : alerts) {
            for (GroupRates g : candidates(a, f)) {
                if (!a.selects(g.key())) continue;
                int i = g.names().indexOf(a.name());
                if (i < 0) continue;
                double v = a.measure(g, i);
                if (a.holds(v)) hits.add(new Hit(a, g.key(), a.name(), v));
            }
        }
        return hits;
    }

    /** Whether counter i of g meets any alert's condition (the TUI marks the row). */
    public boolean firing(GroupRates g, int i) {
        for (Alert a : alerts) {
            if (a.selects(g.key()) && a.name().equals(g.name(i)) && a.holds(a.measure(g, i))) return true;
        }
        return false;
    }

    /** Whether any counter of g meets an alert's condition (a row that stands for a whole group, e.g. an SA). */
    public boolean firing(GroupRates g) {
        for (Alert a : alerts) {
            if (!a.selects(g.key())) continue;
            int i = g.names().indexOf(a.name());
            if (i >= 0 && a.holds(a.measure(g, i))) return true;
        }
        return false;
    }

    /** Whether some group of the frame has the counter an alert names (to warn about names that never match). */
    public static boolean present(Alert a, Frame f) {
        for (GroupRates g : candidates(a, f)) if (a.selects(g.key()) && g.names().indexOf(a.name()) >= 0) return true;
        return false;
    }

    /** The groups of the alert's kind (an xfrm_stat alert need not walk 100,000 SAs), in frame order. */
    private static List<GroupRates> candidates(Alert a, Frame f) {
        return a.kind() == null ? f.groups() : f.groups(a.kind());
    }
}
