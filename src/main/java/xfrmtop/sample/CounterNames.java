package xfrmtop.sample;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable, ordered list of counter names. Sources map names once and reuse the same instance for as long as the
 * layout does not change, so a tick only carries a value array and comparing layouts is a reference check.
 */
public final class CounterNames {
    public static final CounterNames EMPTY = new CounterNames(new String[0]);

    private final String[] names;
    private volatile Map<String, Integer> index;

    private CounterNames(String[] names) { this.names = names; }

    public static CounterNames of(String... names) { return new CounterNames(names.clone()); }

    public static CounterNames of(List<String> names) { return new CounterNames(names.toArray(new String[0])); }

    public int size() { return names.length; }

    public String name(int i) { return names[i]; }

    /** Position of a name, or -1. The map is built on first use only: most ticks never need it. */
    public int indexOf(String name) {
        Map<String, Integer> m = index;
        if (m == null) {
            m = new HashMap<>(names.length * 2);
            for (int i = 0; i < names.length; i++) m.putIfAbsent(names[i], i);
            index = m;
        }
        Integer i = m.get(name);
        return i == null ? -1 : i;
    }

    /** Same layout (same names in the same order). */
    public boolean sameLayout(CounterNames o) { return o == this || (o != null && Arrays.equals(names, o.names)); }

    @Override public String toString() { return Arrays.toString(names); }
}
