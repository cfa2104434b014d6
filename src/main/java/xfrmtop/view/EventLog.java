package xfrmtop.view;

import xfrmtop.rate.Frame;
import xfrmtop.sample.Event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The XFRM events seen so far, each with the tick it arrived in, fed from frames; at most a fixed number are kept
 * (the oldest go first). A replay that steps back forgets the events after the tick it went back to, so the log
 * always ends at the frame shown. Fed on the feed thread, read on the UI thread: synchronized.
 */
public final class EventLog {
    /** An event and the tick it was read in. */
    public record Entry(long seq, Event event) {}

    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private final int capacity;
    private long last = -1;

    public EventLog(int capacity) { this.capacity = capacity; }

    public synchronized void observe(Frame f) {
        long seq = f.sample().seq();
        if (seq <= last) while (!entries.isEmpty() && entries.peekLast().seq() >= seq) entries.pollLast();
        last = seq;
        for (Event e : f.sample().events()) {
            entries.addLast(new Entry(seq, e));
            if (entries.size() > capacity) entries.pollFirst();
        }
    }

    /** Up to max events read at or before a tick, newest first, of one namespace (null = all). */
    public synchronized List<Entry> upTo(long seq, String netns, int max) {
        List<Entry> out = new ArrayList<>(Math.min(max, 64));
        for (Iterator<Entry> it = entries.descendingIterator(); it.hasNext() && out.size() < max; ) {
            Entry e = it.next();
            if (e.seq() > seq || (netns != null && !netns.equals(e.event().netns()))) continue;
            out.add(e);
        }
        return out;
    }

    /** Events read in ticks from..to (inclusive), oldest first, of one namespace (null = all): for plot markers. */
    public synchronized List<Entry> between(long from, long to, String netns) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.seq() < from || e.seq() > to || (netns != null && !netns.equals(e.event().netns()))) continue;
            out.add(e);
        }
        return out;
    }

    public synchronized int size() { return entries.size(); }
}
