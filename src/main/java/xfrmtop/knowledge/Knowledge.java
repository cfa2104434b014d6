package xfrmtop.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counter knowledge table, read once from {@code xfrmtop/knowledge/xfrm_stat.tsv}. The TUI's meaning column, the
 * detail view, the likely-cause line and the man page all read this one table, so they cannot disagree.
 */
public final class Knowledge {
    private static volatile Knowledge xfrm;

    private final Map<String, CounterInfo> byName;

    private Knowledge(Map<String, CounterInfo> byName) { this.byName = byName; }

    /** The xfrm_stat table, loaded lazily and shared. */
    public static Knowledge xfrmStat() {
        Knowledge k = xfrm;
        if (k == null) {
            synchronized (Knowledge.class) {
                if (xfrm == null) xfrm = load("xfrm_stat.tsv");
                k = xfrm;
            }
        }
        return k;
    }

    static Knowledge load(String resource) {
        try (InputStream in = Knowledge.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Knowledge parse(BufferedReader r) throws IOException {
        Map<String, CounterInfo> map = new LinkedHashMap<>();
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 5) throw new IllegalStateException("knowledge line has " + f.length + " fields: " + line);
            map.put(f[0], new CounterInfo(f[0], f[1], Role.parse(f[2]), f[3], f[4],
                    f.length > 5 ? items(f[5]) : List.of(), f.length > 6 ? items(f[6]) : List.of()));
        }
        return new Knowledge(Collections.unmodifiableMap(map));
    }

    private static List<String> items(String field) {
        if (field.isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : field.split("; ")) if (!s.isBlank()) out.add(s.trim());
        return List.copyOf(out);
    }

    /** Known info, or a guessed entry for a name this build does not know. Never null. */
    public CounterInfo info(String name) {
        CounterInfo i = byName.get(name);
        return i != null ? i : CounterInfo.unknownXfrm(name);
    }

    public boolean knows(String name) { return byName.containsKey(name); }

    /** Known info, or null. */
    public CounterInfo find(String name) { return byName.get(name); }

    /** All known entries in table (kernel) order. */
    public List<CounterInfo> all() { return List.copyOf(byName.values()); }

    @Override public String toString() { return "Knowledge" + Arrays.toString(byName.keySet().toArray()); }
}
