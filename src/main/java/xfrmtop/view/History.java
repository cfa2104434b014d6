package xfrmtop.view;

import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.CounterNames;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Kind;
import xfrmtop.source.SaCounters;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Per-counter rate history, fed from frames (never from the kernel): a {@link Series} for each counter of the
 * xfrm_stat, NIC and SA groups from the tick it first moves (a counter that never moved needs none: its history
 * is zeros since its group appeared). Memory depends on how many counters move, not on how long xfrmtop runs; groups
 * gone for {@link #FORGET_TICKS} ticks are forgotten. An SA keeps its packets and error counters (not its bytes,
 * which follow the packets: on a 10,000-SA gateway every series counts). Frames are fed on the feed thread and read
 * on the UI thread, so every method is synchronized.
 */
public final class History {
    /** Ticks a group may be absent before its history is dropped (a rekeyed-away SA, a deleted interface). */
    static final int FORGET_TICKS = 120;

    private static final class Track {
        CounterNames names;
        long firstSeq, lastSeq;
        Series[] series;
    }

    private final Map<GroupKey, Track> tracks = new HashMap<>();
    private final boolean session;
    private History aside;                   // a replay's: groups shown that the scan's tracks do not cover (ring only)
    private long firstSeq = -1, newestSeq = -1, firstWall, newestWall;

    /** A history for sparklines and detail plots. */
    public History() { this(true); }

    /** @param session whether to keep each counter's whole session for plots (else only the recent ticks) */
    public History(boolean session) { this.session = session; }

    /** Takes in one frame's rates; ticks arrive in order, except when a replay steps or jumps back. */
    public synchronized void observe(Frame f) {
        long seq = f.sample().seq(), wall = f.sample().wallMillis();
        if (firstSeq < 0 || seq < firstSeq) {
            firstSeq = seq;
            firstWall = wall;
        }
        if (seq > newestSeq) {
            newestSeq = seq;
            newestWall = wall;
        }
        for (GroupRates g : f.groups()) if (kept(g.key())) take(g, seq, wall);
        if (seq == newestSeq) forget(seq);
    }

    /**
     * A replay's frame shown, after the scan observed the whole recording: it refreshes the rings of the scan's own
     * tracks (the sparklines around that tick) and leaves the sessions, which already cover it, alone. One history
     * serves both, instead of a second one for the ticks shown (3.4 MB at 10,000 SAs). A group the scan forgot or
     * read with other counter names by the end gets a ring-only track aside, read first while that lasts.
     */
    public synchronized void show(Frame f) {
        long seq = f.sample().seq(), wall = f.sample().wallMillis();
        for (GroupRates g : f.groups()) {
            if (!kept(g.key())) continue;
            Track t = tracks.get(g.key());
            if (t == null || seq < t.firstSeq || seq > t.lastSeq || !g.names().sameLayout(t.names)) {
                if (aside == null) aside = new History(false);
                aside.take(g, seq, wall);
                continue;
            }
            if (aside != null) aside.tracks.remove(g.key());
            // every series of the track took every tick of it in the scan: put refreshes the ring only
            int n = Math.min(g.size(), t.series.length);
            for (int i = 0; i < n; i++) if (t.series[i] != null) t.series[i].put(seq, g.rate(i));
        }
        if (aside != null) aside.forgetFar(seq);
    }

    /** A replay steps back and forth: what is far from the tick shown either way goes (rekeyed-away SAs). */
    private void forgetFar(long seq) {
        tracks.values().removeIf(t -> seq - t.lastSeq > FORGET_TICKS || t.firstSeq - seq > FORGET_TICKS);
    }

    private static boolean kept(GroupKey key) {
        Kind kind = key.kind();
        return kind == Kind.XFRM_STAT || kind == Kind.NIC || kind == Kind.SA && !key.instance().isEmpty();
    }

    private void take(GroupRates g, long seq, long wall) {
        Kind kind = g.key().kind();
        Track t = tracks.get(g.key());
        if (t == null || (g.size() > 0 && !g.names().sameLayout(t.names))) {
            if (g.size() == 0) return;                    // a group not read yet: nothing to keep
            t = new Track();
            t.names = g.names();
            t.firstSeq = seq;
            t.series = new Series[g.size()];
            tracks.put(g.key(), t);
        }
        t.lastSeq = Math.max(t.lastSeq, seq);
        if (seq < t.firstSeq) t.firstSeq = seq;
        int n = Math.min(g.size(), t.series.length);
        for (int i = 0; i < n; i++) {
            if (kind == Kind.SA && i > SaCounters.INTEGRITY_FAILED) break;   // sequence numbers and times: no rates
            if (kind == Kind.SA && i == SaCounters.BYTES) continue;          // follows packets; memory per SA counts
            double r = g.rate(i);
            Series s = t.series[i];
            if (s == null) {
                if (!(r > 0)) continue;
                s = t.series[i] = new Series(seq, t.firstSeq + 1, wall, session);
            }
            s.put(seq, r);
        }
    }

    private void forget(long seq) {
        for (Iterator<Track> it = tracks.values().iterator(); it.hasNext(); ) {
            if (seq - it.next().lastSeq > FORGET_TICKS) it.remove();
        }
    }

    /**
     * The rates of a counter over the n ticks ending at a tick, oldest first, into out: NaN where there is none, 0 for
     * ticks of a counter that had not moved yet. False when nothing is known about the group.
     */
    public synchronized boolean recent(GroupKey key, int counter, long tick, double[] out, int n) {
        Track t = aside == null ? null : aside.tracks.get(key);
        boolean own = t == null;                 // a track of this history's own ticks, not one of ticks shown aside
        if (own) t = tracks.get(key);
        if (t == null || counter < 0 || counter >= t.series.length) {
            java.util.Arrays.fill(out, 0, n, Double.NaN);
            return false;
        }
        Series s = t.series[counter];
        if (s != null) {
            s.recent(tick, out, n);
            // ticks of the group before the counter's first move had a rate of 0, shown or not (after a replay's
            // jump the ring lacks them; the series started at that move; ticks shown aside may go back before it)
            for (int i = 0; own && i < n; i++) {
                long x = tick - n + 1 + i;
                if (x > t.firstSeq && x < s.sessionStart()) out[i] = 0;
            }
            return true;
        }
        for (int i = 0; i < n; i++) {
            long x = tick - n + 1 + i;
            out[i] = x > t.firstSeq && x <= t.lastSeq ? 0 : Double.NaN;
        }
        return true;
    }

    /**
     * The whole session of one counter, for a plot; null when nothing is known about the group. A replay's groups
     * kept aside hold the ticks shown only, no session: the scan's track is the one read, if any.
     */
    public synchronized Timeline timeline(GroupKey key, int counter) {
        Track t = tracks.get(key);
        if (t == null || counter < 0 || counter >= t.series.length) return null;
        Series s = t.series[counter];
        double[] points = new double[s == null ? 0 : s.sessionPoints()];
        int span = s == null ? 1 : Math.max(1, s.session(points));   // a ring-only series has no session: no points
        return new Timeline(firstSeq, newestSeq, firstWall, newestWall, t.firstSeq, t.lastSeq,
                s == null ? t.lastSeq + 1 : s.sessionStart(), span, points, s == null ? 0 : s.startWall);
    }

    /** Approximate bytes held, for the memory figure: it depends on the moving counters, not on the run length. */
    public synchronized long bytes() {
        long b = 64;
        for (Map.Entry<GroupKey, Track> e : tracks.entrySet()) {
            b += 48 + 40 + 16 + 4L * e.getValue().series.length;       // map node, track, series array
            for (Series s : e.getValue().series) if (s != null) b += s.bytes();
        }
        return aside == null ? b : b + aside.bytes();
    }

    /** Number of groups tracked and series kept (for figures and tests). */
    public synchronized int[] size() {
        int series = 0;
        for (Track t : tracks.values()) for (Series s : t.series) if (s != null) series++;
        return new int[] {tracks.size(), series};
    }
}
