package xfrmtop.source;

import xfrmtop.sys.XfrmSa;

/**
 * An SA's counter values for its group, in {@link SaCounters} order, made from the dump's SA and the last group's
 * values (the only state needed: groups are never modified, so the last one's array can be shared or unwrapped from).
 */
final class SaValues {
    private SaValues() {}

    /** The SA's counters in {@link SaCounters} order; the kernel's u32 error counters unwrapped. */
    static long[] of(long[] last, XfrmSa sa) {
        long[] v = new long[SaCounters.SA.size()];
        v[SaCounters.BYTES] = sa.bytes();
        v[SaCounters.PACKETS] = sa.packets();
        v[SaCounters.REPLAY_WINDOW] = unwrap(last, SaCounters.REPLAY_WINDOW, sa.replayWindowErrors());
        v[SaCounters.REPLAY] = unwrap(last, SaCounters.REPLAY, sa.replayErrors());
        v[SaCounters.INTEGRITY_FAILED] = unwrap(last, SaCounters.INTEGRITY_FAILED, sa.integrityFailed());
        v[SaCounters.OSEQ] = sa.oseq();
        v[SaCounters.SEQ] = sa.seq();
        v[SaCounters.ADD_TIME] = sa.addTime();
        v[SaCounters.USE_TIME] = sa.useTime();
        return v;
    }

    /**
     * Whether an SA reads as it did last tick: an idle one, most of a big gateway's at any second. Its group then
     * shares the last group's values (never modified, like every group's): no new array per idle SA per tick.
     */
    static boolean unchanged(long[] last, XfrmSa sa) {
        return last != null && last[SaCounters.PACKETS] == sa.packets() && last[SaCounters.BYTES] == sa.bytes()
                && (int) last[SaCounters.REPLAY_WINDOW] == sa.replayWindowErrors()
                && (int) last[SaCounters.REPLAY] == sa.replayErrors()
                && (int) last[SaCounters.INTEGRITY_FAILED] == sa.integrityFailed()
                && last[SaCounters.OSEQ] == sa.oseq() && last[SaCounters.SEQ] == sa.seq()
                && last[SaCounters.ADD_TIME] == sa.addTime() && last[SaCounters.USE_TIME] == sa.useTime();
    }

    /**
     * The kernel's counter is u32: a smaller value than last time is a wrap (an SA's stats never go back). The
     * unwrapped total's low 32 bits are the last raw value, so the last group's values are all the state needed.
     */
    private static long unwrap(long[] last, int i, int raw) {
        if (last == null) return raw & 0xffffffffL;
        return last[i] + ((raw - (int) last[i]) & 0xffffffffL);
    }
}
