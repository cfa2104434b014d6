package xfrmtop.record;

import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.Sample;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The frame of any tick of a recording, calculated exactly as a live run would have: from the nearest checkpoint
 * forward through the same {@link Calculator}, so stepping back gives the same rates, deltas and colours as going
 * forward. Going forward one tick continues where the last call stopped; recent frames are cached for stepping
 * back. Not thread-safe: one cursor per thread.
 */
public final class Frames implements AutoCloseable {
    private static final int CACHE = 32;
    /** ... holding at most about this many counter values (~5 MB): a 10,000-SA recording caches only a few frames. */
    private static final long CACHE_VALUES = 150_000;

    private final Recording rec;
    private final Map<Integer, Frame> cache = new LinkedHashMap<>(CACHE * 2, 0.75f, true);
    private long cachedValues;
    private RecordDecoder decoder;
    private int next;                  // tick the decoder returns next
    private Frame last;                // frame of tick next-1

    Frames(Recording rec) { this.rec = rec; }

    /** The frame of a tick, 0 .. size-1. */
    public Frame at(int tick) throws RecordingException {
        if (tick < 0 || tick >= rec.size()) throw new IndexOutOfBoundsException("tick " + tick);
        Frame f = cache.get(tick);
        if (f != null) return f;
        Recording.Checkpoint c = rec.checkpoint(tick);
        try {
            if (decoder == null || next > tick || next < c.tick()) {
                close();
                decoder = rec.decoder(c.segment());
                next = c.tick();
                last = c.before();
            }
            while (next <= tick) {
                Sample s = decoder.next();
                if (s == null) throw new RecordingException("tick " + next + " is no longer there");
                last = Calculator.next(last, s);
                cache(next++, last);
            }
            return last;
        } catch (IOException e) {
            close();
            throw new RecordingException(rec.path() + ": cannot read: " + e.getMessage());
        } catch (RecordingException e) {
            close();
            throw new RecordingException(rec.path() + " changed while replaying: " + e.getMessage());
        }
    }

    /** Keeps a frame for stepping back; the least recently used go when there are too many or they hold too much. */
    private void cache(int tick, Frame f) {
        Frame replaced = cache.put(tick, f);             // a re-decode from a checkpoint may put a tick again
        if (replaced != null) cachedValues -= replaced.values();
        cachedValues += f.values();
        var it = cache.values().iterator();
        while (cache.size() > 1 && (cache.size() > CACHE || cachedValues > CACHE_VALUES)) {
            cachedValues -= it.next().values();
            it.remove();
        }
    }

    @Override
    public void close() {
        if (decoder != null) decoder.close();
        decoder = null;
    }
}
