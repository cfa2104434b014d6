package xfrmtop.source;

import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Interner;
import xfrmtop.sample.Kind;
import xfrmtop.sample.SampleBuilder;
import xfrmtop.sys.XfrmPolicy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The policy dump as groups, one per policy (keyed by its index), with labels built when a policy first appears or
 * changes, not per tick. Part of {@link XfrmGroups}: same namespace, same interner, same thread.
 */
final class PolicyGroups {
    private record Known(XfrmPolicy policy, Map<String, String> labels) {}

    private final String netns;
    private final IntFunction<String> ifName;
    private final Interner interner;
    private Map<Integer, Known> known = new HashMap<>();

    PolicyGroups(String netns, IntFunction<String> ifName, Interner interner) {
        this.netns = netns;
        this.ifName = ifName;
        this.interner = interner;
    }

    void add(SampleBuilder out, long monoNanos, List<XfrmPolicy> policies) {
        Map<Integer, Known> seen = new HashMap<>(policies.size() * 2);
        for (XfrmPolicy p : policies) {
            if (seen.containsKey(p.index())) continue;     // the dump repeated a policy (it changed meanwhile)
            Known k = known.get(p.index());
            Map<String, String> labels = k != null && sameStatic(p, k.policy()) ? k.labels()
                    : PolicyLabels.of(p, p.sel().ifindex() != 0 ? ifName.apply(p.sel().ifindex()) : "", interner);
            seen.put(p.index(), new Known(p, labels));
            out.add(new Group(key(p.index()), monoNanos, SaCounters.POLICY, new long[] {p.addTime(), p.useTime()},
                    Health.OK, "", p.addTime(), labels));
        }
        known = seen;
    }

    /** A failed read: the known policies stay, stale (or are forgotten when there is no keeping them). */
    void failed(SampleBuilder out, long monoNanos, String reason, boolean keepKnown) {
        if (!keepKnown) {
            known.clear();
            return;
        }
        for (Integer index : known.keySet()) out.add(Group.failed(key(index), monoNanos, Health.STALE, reason));
    }

    private GroupKey key(int index) { return new GroupKey(Kind.POLICY, netns, Integer.toUnsignedString(index)); }

    private static boolean sameStatic(XfrmPolicy a, XfrmPolicy b) {
        return a.sel().equals(b.sel()) && a.dir() == b.dir() && a.action() == b.action() && a.priority() == b.priority()
                && a.markValue() == b.markValue() && a.markMask() == b.markMask() && a.ifId() == b.ifId()
                && a.type() == b.type() && a.templates().equals(b.templates());
    }
}
