package xfrmtop.feed;

import xfrmtop.rate.Frame;
import xfrmtop.record.Frames;
import xfrmtop.record.Recording;
import xfrmtop.record.RecordingException;
import xfrmtop.sample.HeapAdvice;

import java.util.function.Consumer;

/**
 * -r/--replay: frames from a recording. In the TUI it plays at the recorded pace (times the speed), and pauses, steps
 * and seeks on request; every frame is calculated exactly as the live run calculated it. In batch mode it hands out
 * the frames in order as fast as they are written, then ends.
 */
public final class ReplayFeed implements Feed, Playback {
    private final Recording rec;
    private final boolean paced;
    private final int last;
    private final Frames frames;
    private final Object lock = new Object();
    private Thread thread;
    private int shown = -1, target;          // guarded by lock
    private boolean paused, running = true;
    private int speed;
    private long due;                        // System.nanoTime() when the next tick is due
    private String error = "";
    private final String outOfMemory = HeapAdvice.outOfMemory("replay stopped", "a recording this big");

    /**
     * @param paced true for the TUI (recorded pace, controls), false for batch (all at once)
     * @param count batch only: stop after this many ticks (0 = all)
     */
    public ReplayFeed(Recording rec, boolean paced, long count) {
        this.rec = rec;
        this.paced = paced;
        this.last = (int) (count > 0 && count < rec.size() ? count - 1 : rec.size() - 1);
        this.frames = rec.frames();
    }

    @Override
    public void start(Consumer<Frame> sink, Runnable onEnd) {
        thread = new Thread(() -> {
            boolean died = false;
            try {
                if (paced) play(sink);
                else all(sink);
            } catch (OutOfMemoryError e) {            // said with the heap setting that helps, not a frozen screen
                died = true;
                synchronized (lock) {
                    error = outOfMemory;
                }
            } catch (RuntimeException | Error e) {
                died = true;
                synchronized (lock) {
                    error = "replay stopped: " + e;
                }
            } finally {
                frames.close();
            }
            if ((!paced || died) && onEnd != null) onEnd.run();
        }, "xfrmtop-replay");
        thread.setDaemon(true);
        thread.start();
    }

    private void all(Consumer<Frame> sink) {
        try {
            for (int k = 0; k <= last && isRunning(); k++) sink.accept(frames.at(k));
        } catch (RecordingException e) {
            synchronized (lock) {
                error = e.getMessage();
            }
        }
    }

    private boolean isRunning() {
        synchronized (lock) {
            return running;
        }
    }

    private void play(Consumer<Frame> sink) {
        while (true) {
            int k;
            synchronized (lock) {
                while (running && target == shown) {
                    long wait = due - System.nanoTime();
                    if (paused || shown >= last) {
                        if (shown >= last) paused = true;           // the end: stay on the last tick
                        waitOn(0);
                    } else if (wait <= 0) {
                        target = shown + 1;
                    } else {
                        waitOn(wait);
                    }
                }
                if (!running) return;
                k = target;
            }
            Frame f;
            try {
                f = frames.at(k);
            } catch (RecordingException e) {
                synchronized (lock) {
                    error = e.getMessage();
                    paused = true;
                    target = shown;
                }
                continue;
            }
            synchronized (lock) {
                shown = k;
                due = System.nanoTime() + gap(k);
            }
            sink.accept(f);
        }
    }

    private void waitOn(long nanos) {
        try {
            if (nanos <= 0) lock.wait();
            else lock.wait(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            running = false;
        }
    }

    /** Time from tick k to the next at the current speed (ns). */
    private long gap(int k) {
        double s = SPEEDS[speed];
        if (k >= last || Double.isInfinite(s)) return 0;
        return (long) (Math.max(0, rec.monoNanos(k + 1) - rec.monoNanos(k)) / s);
    }

    @Override
    public Status status() { return status(null); }

    @Override
    public Status status(Frame onScreen) {
        synchronized (lock) {
            // a replayed sample's seq is its tick (RecordDecoder): the frame on screen says which it is itself, and
            // no frame is kept here for it (at 10,000 SAs each one is ~3 MB)
            int tick = onScreen == null ? shown : (int) Math.max(0, Math.min(last, onScreen.sample().seq()));
            return new Status(Math.max(tick, 0), last + 1, paused, speed, error);
        }
    }

    @Override
    public void togglePause() {
        synchronized (lock) {
            if (paused && shown >= last) target = 0;   // play again from the start
            paused = !paused;
            due = System.nanoTime() + gap(Math.max(shown, 0));
            lock.notifyAll();
        }
    }

    @Override
    public void step(int ticks) {
        synchronized (lock) {
            paused = true;
            target = Math.max(0, Math.min(last, target + ticks));
            lock.notifyAll();
        }
    }

    @Override
    public void jump(long nanos) {
        synchronized (lock) {
            int from = target, j = from;
            if (nanos > 0) while (j < last && rec.monoNanos(j) - rec.monoNanos(from) < nanos) j++;
            else while (j > 0 && rec.monoNanos(from) - rec.monoNanos(j) < -nanos) j--;
            target = j;
            lock.notifyAll();
        }
    }

    @Override
    public void toEdge(boolean end) {
        synchronized (lock) {
            target = end ? last : 0;
            lock.notifyAll();
        }
    }

    @Override
    public void changeSpeed(int dir) {
        synchronized (lock) {
            speed = Math.max(0, Math.min(SPEEDS.length - 1, speed + dir));
            due = System.nanoTime() + gap(Math.max(shown, 0));
            lock.notifyAll();
        }
    }

    @Override
    public long intervalNanos() {
        int k = status().index();
        long i = rec.intervalNanos(k);
        if (i > 0) return i;
        return k > 0 ? rec.monoNanos(k) - rec.monoNanos(k - 1) : 1_000_000_000L;
    }

    /** A recording keeps its own timing. */
    @Override public void setIntervalNanos(long nanos) {}

    @Override public Playback playback() { return paced ? this : null; }

    @Override
    public String failure() {
        synchronized (lock) {
            return error.isEmpty() ? null : error;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            running = false;
            lock.notifyAll();
        }
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (t == null) frames.close();
    }
}
