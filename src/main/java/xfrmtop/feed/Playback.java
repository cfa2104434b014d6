package xfrmtop.feed;

import xfrmtop.rate.Frame;

/** The controls of a replay, called from the UI thread; they take effect on the replay thread at once. */
public interface Playback {
    /** Speeds a replay can run at; "max" replays as fast as frames can be calculated. */
    double[] SPEEDS = {1, 2, 10, Double.POSITIVE_INFINITY};

    /**
     * Where a replay stands, for the header.
     *
     * @param index    the tick on screen, 0 .. count-1
     * @param speed    index into {@link #SPEEDS}
     * @param error    why the replay stopped ("" when it did not)
     */
    record Status(int index, int count, boolean paused, int speed, String error) {
        public boolean atEnd() { return index == count - 1; }

        public String speedLabel() {
            double s = SPEEDS[speed];
            return Double.isInfinite(s) ? "max" : (long) s + "x";
        }
    }

    Status status();

    /**
     * Where the replay stood when it handed over {@code onScreen}: the header then names the tick whose figures are
     * drawn, even while the replay thread is already a tick further.
     */
    default Status status(Frame onScreen) { return status(); }

    /** Pauses, or plays on (from the start when at the end). */
    void togglePause();

    /** Moves one tick forward (1) or back (-1) and pauses. */
    void step(int ticks);

    /** Moves by recorded time (nanoseconds, negative = back) to the first tick at least that far away. */
    void jump(long nanos);

    /** Goes to the first (false) or last (true) tick. */
    void toEdge(boolean end);

    /** Next faster (1) or slower (-1) speed. */
    void changeSpeed(int dir);
}
