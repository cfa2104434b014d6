package xfrmtop.source;

import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Event;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.sample.SampleBuilder;
import xfrmtop.sample.Source;
import xfrmtop.sys.Errno;
import xfrmtop.sys.NativeException;
import xfrmtop.sys.NativeSupport;
import xfrmtop.sys.XfrmEventSocket;
import xfrmtop.sys.XfrmNotice;

import java.util.ArrayList;
import java.util.List;

/**
 * XFRM events of one network namespace (what "ip xfrm monitor" shows: acquire, expire, SA and policy changes): a
 * socket subscribed to the multicast groups, opened at a read on the reading thread (so it belongs to the namespace)
 * and drained without blocking each tick. The events go into the sample; a group counts them per kind, and its
 * health and note say when events cannot be had (no CAP_NET_ADMIN, no native calls). A tick keeps at most
 * {@link #MAX_PER_TICK} events (a flush of thousands of SAs is counted, and summed up in one "lost" event).
 */
public final class XfrmEventSource implements Source {
    public static final String NEED_ROOT = "XFRM events need root (CAP_NET_ADMIN)";
    public static final int ACQUIRE = 0, EXPIRE = 1, SA = 2, POLICY = 3, LOST = 4;
    /** Events counted since the listener started: acquires, SA/policy expiries, SA changes, policy changes, lost. */
    public static final CounterNames COUNTERS = CounterNames.of("acquire", "expire", "sa", "policy", "lost");
    static final int MAX_PER_TICK = 100;
    /** Messages read per tick at most; the rest wait in the socket for the next tick. */
    private static final int MAX_READ = 20_000;

    private final String netns;
    private final GroupKey key;
    private final boolean waitForNative;
    private final long[] counts = new long[COUNTERS.size()];
    private final List<XfrmNotice> notices = new ArrayList<>();
    private XfrmEventSocket socket;
    private String unavailable;        // set once opening failed for good (no capability, no native calls)

    /** @param waitForNative load JNA on the first read itself instead of skipping reads until it loaded in the background */
    public XfrmEventSource(String netns, boolean waitForNative) {
        this.netns = netns;
        this.key = key(netns);
        this.waitForNative = waitForNative;
    }

    /** The group of a namespace's event listener. */
    public static GroupKey key(String netns) { return new GroupKey(Kind.EVENTS, netns, ""); }

    @Override public String name() { return "xfrm events"; }

    @Override
    public void read(SampleBuilder out) {
        long t = System.nanoTime();
        if (unavailable != null) {
            out.add(Group.failed(key, t, Health.UNSUPPORTED, unavailable));
            return;
        }
        if (socket == null && !open(out, t)) return;
        notices.clear();
        int overruns;
        try {
            overruns = socket.drain(notices, MAX_READ);
        } catch (NativeException e) {
            socket.close();
            socket = null;                 // reopened next tick
            out.add(Group.failed(key, t, Health.STALE, e.getMessage()));
            return;
        }
        long wall = System.currentTimeMillis();
        int kept = 0, dropped = 0;
        for (XfrmNotice n : notices) {
            Event.Type type = EventText.type(n);
            if (type == null) continue;
            counts[counter(type)]++;
            if (kept < MAX_PER_TICK) {
                out.event(new Event(wall, netns, type, EventText.of(n)));
                kept++;
            } else {
                dropped++;
            }
        }
        if (dropped > 0) {
            counts[LOST] += dropped;
            out.event(new Event(wall, netns, Event.Type.LOST, dropped + " more events in this tick, counted but not listed"));
        }
        if (overruns > 0) {
            counts[LOST] += overruns;
            out.event(new Event(wall, netns, Event.Type.LOST,
                    "the receive buffer overran: the kernel dropped events (ENOBUFS)"));
        }
        int bad = socket.malformed();
        out.add(new Group(key, t, COUNTERS, counts.clone(), Health.OK,
                bad == 0 ? "" : bad + " malformed message" + (bad == 1 ? "" : "s") + " skipped", 0, java.util.Map.of()));
    }

    /** Opens the socket on this thread; false (with a group saying why) while it cannot be had. */
    private boolean open(SampleBuilder out, long t) {
        if (!waitForNative && !NativeSupport.loadedInBackground()) {
            out.add(Group.failed(key, t, Health.STALE, "starting the XFRM event listener"));
            return false;
        }
        try {
            socket = XfrmEventSocket.open();
            return true;
        } catch (NativeException e) {
            unavailable = e.errno() == Errno.EPERM ? NEED_ROOT
                    : e.errno() == Errno.EOPNOTSUPP ? e.getMessage() : "no XFRM events: " + e.getMessage();
            out.add(Group.failed(key, t, Health.UNSUPPORTED, unavailable));
            return false;
        }
    }

    private static int counter(Event.Type type) {
        return switch (type) {
            case ACQUIRE -> ACQUIRE;
            case EXPIRE, POLEXPIRE -> EXPIRE;
            case NEWSA, UPDSA, DELSA, FLUSHSA -> SA;
            case NEWPOLICY, UPDPOLICY, DELPOLICY, FLUSHPOLICY -> POLICY;
            case LOST -> LOST;
        };
    }

    @Override
    public void close() {
        XfrmEventSocket s = socket;
        socket = null;
        if (s != null) s.close();
    }
}
