package xfrmtop.sample;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A group's labels as an immutable map in insertion order, held in two arrays. Labels are looked up by constant
 * keys (SaLabels.DST, ...), so a lookup is a short scan comparing references: a 10,000-SA frame reads SA labels
 * tens of thousands of times (sorting, the header's ESP sums), where a hash map hashes the key each time.
 */
public final class Labels extends AbstractMap<String, String> {
    private final String[] keys, values;

    private Labels(String[] keys, String[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** An immutable copy, in the map's iteration order (no null keys or values). */
    public static Map<String, String> of(Map<String, String> m) { return of(m, null); }

    /** The same, with values and the name layout shared through {@code interner} (null: no sharing). */
    public static Map<String, String> of(Map<String, String> m, Interner interner) { return of(m, interner, null); }

    /** The same, except for the value of {@code unique}, which no other group has (an SA's SPI): not worth sharing. */
    public static Map<String, String> of(Map<String, String> m, Interner interner, String unique) {
        if (m.isEmpty()) return Map.of();
        String[] k = new String[m.size()], v = new String[m.size()];
        int i = 0;
        for (Map.Entry<String, String> e : m.entrySet()) {
            k[i] = e.getKey();
            v[i++] = interner == null || e.getKey().equals(unique) ? e.getValue() : interner.value(e.getValue());
        }
        return new Labels(interner == null ? k : interner.layout(k), v);
    }

    private int at(Object key) {
        for (int i = 0; i < keys.length; i++) if (keys[i] == key) return i;
        for (int i = 0; i < keys.length; i++) if (keys[i].equals(key)) return i;
        return -1;
    }

    @Override public String get(Object key) { return getOrDefault(key, null); }

    @Override
    public String getOrDefault(Object key, String otherwise) {
        int i = at(key);
        return i < 0 ? otherwise : values[i];
    }

    @Override public boolean containsKey(Object key) { return at(key) >= 0; }

    @Override public int size() { return keys.length; }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override public int size() { return keys.length; }

            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override public boolean hasNext() { return i < keys.length; }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (i >= keys.length) throw new NoSuchElementException();
                        Map.Entry<String, String> e = new SimpleImmutableEntry<>(keys[i], values[i]);
                        i++;
                        return e;
                    }
                };
            }
        };
    }
}
