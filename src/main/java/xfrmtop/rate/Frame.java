package xfrmtop.rate;

import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Kind;
import xfrmtop.sample.Sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One tick's rates, ready to draw or print: the sample it came from, the measured interval and the groups' rates.
 * Immutable once built; the UI thread and the batch writers only read it.
 */
public final class Frame {
    private static final int KINDS = Kind.values().length;
    private final Sample sample;
    private final double intervalS;
    private final List<GroupRates> groups;
    private volatile Map<GroupKey, GroupRates> byKey;     // built on the first lookup by key
    private volatile List<List<GroupRates>> byKind;       // by Kind ordinal, built on the first lookup by kind
    private final int[] perKind = new int[KINDS];        // how many groups of each kind (the lists' sizes)
    private final List<String> namespaces;
    private final List<GroupRates> perNamespace;

    Frame(Sample sample, double intervalS, List<GroupRates> groups) {
        this.sample = sample;
        this.intervalS = intervalS;
        this.groups = Collections.unmodifiableList(groups);
        // Found once here: several panes, the header and the batch sections ask every frame, and a scan of a
        // 10,000-SA frame per question added up to a tenth of a frame's drawing.
        TreeSet<String> ns = new TreeSet<>();
        List<GroupRates> whole = new ArrayList<>();
        String last = null;                      // groups come namespace by namespace: one insert per run of them
        for (int i = 0; i < groups.size(); i++) {
            GroupRates g = groups.get(i);
            g.pos = i;
            perKind[g.key().kind().ordinal()]++;
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

    /**
     * The group of that key, or null. The index is built on the first call: the calculator finds most groups by
     * position, so a frame that nobody looks up by key never pays for 10,000 map entries.
     */
    public GroupRates group(GroupKey key) {
        Map<GroupKey, GroupRates> m = byKey;
        if (m == null) {
            m = new HashMap<>(groups.size() * 2);
            for (GroupRates g : groups) m.put(g.key(), g);
            byKey = m;                           // two threads may both build it: the same map, published whole
        }
        return m.get(key);
    }

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

    /**
     * The groups of one kind, in frame order (read-only). Built once for all kinds on the first call: the panes and
     * the header each want one kind, and a scan of the whole frame per question reads every SA of a 100,000-SA
     * gateway (three cache misses each) to find 32 xfrm_stat counters.
     */
    public List<GroupRates> groups(Kind kind) {
        List<List<GroupRates>> m = byKind;
        if (m == null) {
            List<List<GroupRates>> lists = new ArrayList<>();
            for (int n : perKind) lists.add(new ArrayList<>(n));
            for (GroupRates g : groups) lists.get(g.key().kind().ordinal()).add(g);
            for (int k = 0; k < lists.size(); k++) lists.set(k, Collections.unmodifiableList(lists.get(k)));
            byKind = m = List.copyOf(lists);     // two threads may both build it: equal lists, published whole
        }
        return m.get(kind.ordinal());
    }
}
