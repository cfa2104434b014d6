package xfrmtop.record;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A segment's groups by their id. The writer numbers them 1, 2, 3, ...: an array indexed by id serves them without a
 * boxed key and a map entry each (at 10,000 SAs, 0.5 MB the replay keeps, and a hash per line read). An id far
 * beyond how many were declared (a hand-made or damaged recording) goes to a map instead, so that one line with a
 * huge id cannot make a huge array.
 */
final class GroupIds<T> {
    private static final int SLACK = 1024;

    private Object[] dense = new Object[64];
    private final Map<Integer, T> sparse = new HashMap<>();
    private int declared;

    void put(int id, T value) {
        declared++;
        if (id >= dense.length && id <= 2L * declared + SLACK) {
            dense = Arrays.copyOf(dense, (int) Math.max(id + 1L, Math.min(2L * dense.length, 2L * declared + SLACK)));
        }
        if (id < dense.length) dense[id] = value;
        else sparse.put(id, value);
    }

    /** The group of that id, or null. */
    @SuppressWarnings("unchecked")
    T get(int id) {
        if (id < dense.length && dense[id] != null) return (T) dense[id];
        return sparse.isEmpty() ? null : sparse.get(id);
    }

    /** A new segment: its ids start over (the array keeps its size: the next segment declares as many). */
    void clear() {
        Arrays.fill(dense, null);
        sparse.clear();
        declared = 0;
    }
}
