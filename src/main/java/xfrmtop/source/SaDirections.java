package xfrmtop.source;

import xfrmtop.sys.XfrmPolicy;
import xfrmtop.sys.XfrmSa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Infers an SA's direction from the policies' templates, for kernels that do not report it (XFRMA_SA_DIR came in
 * 6.10): an SA that an "out" policy's template asks for is outbound; one that an "in" or "fwd" template asks for is
 * inbound. A template matches on protocol, reqid (0 = any) and, in tunnel mode, destination address. An SA that
 * matches both directions, or none, has no direction ("").
 */
final class SaDirections {
    private static final int IN = 1, OUT = 2;

    private record Key(int proto, int reqid, long dstHi, long dstLo) {}

    private Map<Key, Integer> dirs = Map.of();
    private long signature = Long.MIN_VALUE;

    /** Rebuilds the index when the policies changed; returns whether they did (directions must be looked up again). */
    boolean update(List<XfrmPolicy> policies) {
        long sig = policies.size();
        for (XfrmPolicy p : policies) {
            sig = sig * 31 + p.index();
            sig = sig * 31 + p.dir();
            sig = sig * 31 + p.templates().hashCode();
        }
        if (sig == signature) return false;
        signature = sig;
        Map<Key, Integer> m = new HashMap<>();
        for (XfrmPolicy p : policies) {
            int d = p.dir() % 3 == 1 ? OUT : IN;              // in, fwd (and their per-socket forms) are inbound
            for (XfrmPolicy.Template t : p.templates()) m.merge(new Key(t.proto(), t.reqid(), t.dstHi(), t.dstLo()), d, (a, b) -> a | b);
        }
        dirs = m;
        return true;
    }

    String of(XfrmSa sa) {
        int d = 0;
        for (int reqid : new int[] {sa.reqid(), 0}) {
            d |= dirs.getOrDefault(new Key(sa.proto(), reqid, sa.dstHi(), sa.dstLo()), 0);
            d |= dirs.getOrDefault(new Key(sa.proto(), reqid, 0, 0), 0);
            if (sa.reqid() == 0) break;
        }
        return d == IN ? "in" : d == OUT ? "out" : "";
    }
}
