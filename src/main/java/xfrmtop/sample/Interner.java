package xfrmtop.sample;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Canonical copies of label values and label-name layouts for one source (not thread-safe: one per source thread).
 * On a 10,000-SA gateway the SAs' labels repeat the same few dozen strings (algorithms, modes, the local address,
 * limits); kept once each, the labels of 10,000 SAs take a third of the heap they otherwise would, and the garbage
 * collector copies less. Bounded: past {@link #LIMIT} entries (or the limit it was made with) it starts over, so odd
 * values cannot grow it forever.
 */
public final class Interner {
    static final int LIMIT = 16_384;

    private final int limit;
    private final Map<String, String> values = new HashMap<>();
    private final Map<Layout, String[]> layouts = new HashMap<>();

    private record Layout(String[] names) {
        @Override public boolean equals(Object o) { return o instanceof Layout l && Arrays.equals(names, l.names); }

        @Override public int hashCode() { return Arrays.hashCode(names); }
    }

    public Interner() { this(LIMIT); }

    /** @param limit entries of each kind kept before starting over */
    public Interner(int limit) { this.limit = limit; }

    public String value(String v) {
        String known = values.putIfAbsent(v, v);
        if (known != null) return known;
        if (values.size() > limit) values.clear();
        return v;
    }

    /** The shared array equal to {@code names}; the caller must not modify either afterwards. */
    String[] layout(String[] names) {
        String[] known = layouts.putIfAbsent(new Layout(names), names);
        if (known != null) return known;
        if (layouts.size() > limit) layouts.clear();
        return names;
    }
}
