package xfrmtop.source;

import xfrmtop.sample.CounterNames;

/**
 * The counter layout of every SA group (one shared instance, so the calculator compares layouts by reference), and of
 * the policy and dump-status groups. Indices are constants so views read them without a name lookup.
 */
public final class SaCounters {
    public static final int BYTES = 0, PACKETS = 1, REPLAY_WINDOW = 2, REPLAY = 3, INTEGRITY_FAILED = 4, OSEQ = 5,
            SEQ = 6, ADD_TIME = 7, USE_TIME = 8;
    /** bytes and packets through the SA; the three error counters (u32 in the kernel, unwrapped to 64 bits here);
     *  highest sequence numbers sent and received; add and first-use time (seconds since the epoch). */
    public static final CounterNames SA = CounterNames.of("bytes", "packets", "replay_window", "replay",
            "integrity_failed", "oseq", "seq", "add_time", "use_time");

    public static final int POLICY_ADD_TIME = 0, POLICY_USE_TIME = 1;
    public static final CounterNames POLICY = CounterNames.of("add_time", "use_time");

    /** The dump itself (instance ""): how many SAs and policies it returned. */
    public static final int STATUS_SAS = 0, STATUS_POLICIES = 1;
    public static final CounterNames STATUS = CounterNames.of("sas", "policies");

    private SaCounters() {}
}
