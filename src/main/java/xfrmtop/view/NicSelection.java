package xfrmtop.view;

import xfrmtop.knowledge.CounterInfo;
import xfrmtop.knowledge.NicTables;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.CounterNames;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

/**
 * Which NIC counters are shown: with --nic-filter, the names it matches; else all counters of interfaces named with
 * -i, and for discovered interfaces the counters the driver's IPsec table lists plus names matching
 * {@link NicTables#IPSEC_NAME_REGEX}. The "all" toggle (key a) shows every counter of every watched interface.
 * The decision and the table lookup are made once per name layout and interface (a ConnectX port has ~2,500 names),
 * not per tick.
 * One instance per consumer thread (the UI's view state, the batch writer).
 */
public final class NicSelection implements CounterSelector {
    /** Interfaces kept per name list before the list's layouts are made anew: a bound whatever the names. */
    private static final int MAX_LAYOUTS_PER_LIST = 4096;
    private final Pattern filter;          // null: the default rule
    private final Pattern ipsecNames = Pattern.compile(NicTables.IPSEC_NAME_REGEX);
    private final Set<String> named;
    /** Per name list, a layout per interface: interfaces of one kind may share one list (a recording declares equal
     *  lists once), and keyed by the list alone they took turns evicting each other, every tick. */
    private final WeakHashMap<CounterNames, Map<String, Layout>> layouts = new WeakHashMap<>();
    private boolean all;
    private GroupRates lastGroup;
    private Layout lastLayout;

    private record Layout(String driver, boolean[] shown, CounterInfo[] info) {}

    // one guess per name, shared by the interfaces that have it (8 NICs of the same kind repeat 2,500 names)
    private final Map<String, CounterInfo> unknown = new HashMap<>();

    private NicSelection(Pattern filter, Set<String> named) {
        this.filter = filter;
        this.named = named;
    }

    /** @param filterRegex --nic-filter, or null for the default rule (already validated by the command line) */
    public static NicSelection of(List<String> interfaces, String filterRegex) {
        return new NicSelection(filterRegex == null ? null : Pattern.compile(filterRegex), Set.copyOf(interfaces));
    }

    public boolean all() { return all; }

    public void toggleAll() { all = !all; }

    @Override
    public boolean shows(GroupRates g, int i) { return all || layout(g).shown[i]; }

    @Override
    public CounterInfo info(GroupRates g, int i) { return layout(g).info[i]; }

    /** How many counters of the group the rule (without the "all" toggle) shows. */
    public int shownByRule(GroupRates g) {
        int n = 0;
        for (boolean b : layout(g).shown) if (b) n++;
        return n;
    }

    private Layout layout(GroupRates g) {
        if (g == lastGroup) return lastLayout;          // rows are built group by group: one lookup per group
        Layout l = lookup(g);
        lastGroup = g;
        lastLayout = l;
        return l;
    }

    private CounterInfo unknown(String name) {
        CounterInfo i = unknown.get(name);
        if (i == null) {
            if (unknown.size() >= 65_536) unknown.clear();       // bounded whatever the interfaces report
            unknown.put(name, i = CounterInfo.unknownNic(name));
        }
        return i;
    }

    private Layout lookup(GroupRates g) {
        CounterNames names = g.names();
        String iface = g.key().instance(), driver = g.group().label("driver");
        Map<String, Layout> kept = layouts.computeIfAbsent(names, k -> new HashMap<>());
        Layout known = kept.get(iface);
        if (known != null && known.driver.equals(driver)) return known;
        int n = names.size();
        boolean[] shown = new boolean[n];
        CounterInfo[] info = new CounterInfo[n];
        NicTables t = NicTables.get();
        boolean everything = filter == null && named.contains(iface);
        for (int i = 0; i < n; i++) {
            String name = names.name(i);
            CounterInfo described = t.find(driver, name);
            info[i] = described != null ? described : unknown(name);
            shown[i] = filter != null ? filter.matcher(name).find()
                    : everything || (described != null && t.ipsecDriver(driver)) || ipsecNames.matcher(name).find();
        }
        Layout l = new Layout(driver, shown, info);
        if (kept.size() >= MAX_LAYOUTS_PER_LIST) kept.clear();
        kept.put(iface, l);
        return l;
    }
}
