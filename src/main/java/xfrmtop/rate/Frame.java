package xfrmtop.rate;

import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Kind;
import xfrmtop.sample.Sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One tick's rates, ready to draw or print: the sample it came from, the measured interval and the groups' rates.
 * Immutable once built; the UI thread and the batch writers only read it.
 */
public final class Frame {
    private final Sample sample;
    private final double intervalS;
    private final List<GroupRates> groups;
    private final Map<GroupKey, GroupRates> byKey;
    private final List<String> namespaces;
    private final List<GroupRates> perNamespace;

    /** @param byKey the groups by key (the calculator builds it as it goes; the frame owns it from here) */
    Frame(Sample sample, double intervalS, List<GroupRates> groups, Map<GroupKey, GroupRates> byKey) {
        this.sample = sample;
        this.intervalS = intervalS;
        this.groups = Collections.unmodifiableList(groups);
        this.byKey = byKey;
        // Found once here: several panes, the header and the batch sections ask every frame, and a scan of a
        // 10,000-SA frame per question added up to a tenth of a frame's drawing.
        TreeSet<String> ns = new TreeSet<>();
        List<GroupRates> whole = new ArrayList<>();
        String last = null;                      // groups come namespace by namespace: one insert per run of them
        for (GroupRates g : groups) {
            String n = g.key().netns();
            if (!n.equals(last)) ns.add(last = n);
            if (g.key().instance().isEmpty()) whole.add(g);
        }
        this.namespaces = List.copyOf(ns);
        this.perNamespace = Collections.unmodifiableList(whole);
    }

    public Sample sample() { return sample; }

    /** Seconds since the previous sample, measured on the monotonic clock; NaN for the first frame. */
    public double intervalS() { return intervalS; }

    public List<GroupRates> groups() { return groups; }

    public GroupRates group(GroupKey key) { return byKey.get(key); }

    /** The namespaces the groups come from, sorted ("" is the one xfrmtop runs in). */
    public List<String> namespaces() { return namespaces; }

    /** The groups without an instance, one per namespace and kind: xfrm_stat, the SA dump's own status. */
    public List<GroupRates> perNamespace() { return perNamespace; }

    /** Counter values held (about 30 bytes each): what keeping this frame costs, for caches that must stay small. */
    public long values() {
        long n = 0;
        for (GroupRates g : groups) n += g.size();
        return n;
    }

    public List<GroupRates> groups(Kind kind) {
        List<GroupRates> out = new ArrayList<>();
        for (GroupRates g : groups) if (g.key().kind() == kind) out.add(g);
        return out;
    }
}
