package xfrmtop.record;

import xfrmtop.sample.CounterNames;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Interner;
import xfrmtop.sample.Labels;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One instance for what repeats across a recording. A segment declares every group afresh; reusing the keys and
 * label maps the previous segment declared keeps a 10,000-SA recording's checkpoints and cached frames from each
 * holding their own copy of every SA's labels. Name lists too: what reads a frame keeps per-layout work by the
 * name list's identity (the NIC selection's table lookup of 2,500 names, the calculator's and the history's layout
 * check), and a new instance every segment (every ~4 ticks at 10,000 SAs) redid all of it. Label strings ("esp",
 * "tunnel", algorithm names) and the label names' order repeat from SA to SA: one copy each in a segment. One per
 * recording, shared by its decoders (cursors on several threads: the methods are synchronized; a cache only, so
 * decoders taking turns just share less).
 */
final class SegmentSharing {
    private static final int MAX_STRINGS = 1 << 16;

    private Map<GroupKey, GroupKey> keysBefore = new HashMap<>(), keysNow = new HashMap<>();
    private Map<GroupKey, Map<String, String>> labelsBefore = new HashMap<>(), labelsNow = new HashMap<>();
    private Map<List<String>, CounterNames> namesBefore = new HashMap<>(), namesNow = new HashMap<>();
    private Interner strings = new Interner(MAX_STRINGS);   // label strings and label-name layouts, per segment

    /** A new segment starts: what the one ending declared becomes what can be reused. */
    synchronized void nextSegment() {
        keysBefore = keysNow;
        keysNow = new HashMap<>();
        labelsBefore = labelsNow;
        labelsNow = new HashMap<>();
        namesBefore = namesNow;
        namesNow = new HashMap<>();
        // The labels kept already share their strings; the next segment mostly reuses them whole. A recording-long
        // interner would also keep every SA's own SPI and reqid (0.9 MB at 10,000 SAs) for nothing.
        strings = new Interner(MAX_STRINGS);
    }

    /** The previous segment's name list when it has the same names in the same order, or a new one. */
    synchronized CounterNames names(List<String> names) {
        CounterNames known = namesBefore.get(names);
        if (known == null) known = namesNow.get(names);
        if (known == null) known = CounterNames.of(names);
        namesNow.put(names, known);
        return known;
    }

    /** The previous segment's instance of an equal key, or this one. */
    synchronized GroupKey key(GroupKey k) {
        GroupKey known = keysBefore.get(k);
        if (known != null) k = known;
        keysNow.put(k, k);
        return k;
    }

    /** The previous segment's labels of this group when equal, or an immutable copy; key null: not kept. */
    synchronized Map<String, String> labels(GroupKey key, Map<String, String> m) {
        Map<String, String> known = key == null ? null : labelsBefore.get(key);
        Map<String, String> l = known != null && sameInOrder(known, m) ? known : Labels.of(m, strings);
        if (key != null) labelsNow.put(key, l);
        return l;
    }

    /**
     * The labels of a label line (pairs from field 2 on). Each segment declares every group's labels again, mostly
     * as they were (a 10,000-SA recording, every few ticks): the previous segment's are compared with the line in
     * place, and reused, before any map or string is made for them.
     */
    Map<String, String> labels(GroupKey key, Fields f) throws RecordingException {
        Map<String, String> known = before(key);                   // immutable: compared outside the lock
        if (known != null && sameAsLine(known, f)) return keep(key, known);
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 2; i + 1 < f.count(); i += 2) m.put(f.str(i), f.str(i + 1));   // shared by labels(key, m)
        return labels(key, m);
    }

    private synchronized Map<String, String> before(GroupKey key) {
        return key == null ? null : labelsBefore.get(key);
    }

    private synchronized Map<String, String> keep(GroupKey key, Map<String, String> labels) {
        labelsNow.put(key, labels);
        return labels;
    }

    private static boolean sameAsLine(Map<String, String> labels, Fields f) {
        if (labels.size() * 2 != f.count() - 2) return false;
        int i = 2;
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (!f.isText(i, e.getKey()) || !f.isText(i + 1, e.getValue())) return false;
            i += 2;
        }
        return true;
    }

    /** Map.equals ignores order, but the labels' order is what JSON and the exporter print. */
    private static boolean sameInOrder(Map<String, String> a, Map<String, String> b) {
        if (a.size() != b.size()) return false;
        var ib = b.entrySet().iterator();
        for (Map.Entry<String, String> e : a.entrySet()) {
            Map.Entry<String, String> f = ib.next();
            if (!e.getKey().equals(f.getKey()) || !e.getValue().equals(f.getValue())) return false;
        }
        return true;
    }
}
