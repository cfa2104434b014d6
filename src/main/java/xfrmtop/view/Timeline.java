package xfrmtop.view;

/**
 * One counter's session for a plot.
 *
 * @param fromSeq    first tick of the session (the history's, not the counter's); toSeq the newest
 * @param groupFrom  first and last tick its group was seen: outside them there is no data
 * @param seriesFrom the tick the counter first moved (before it, within the group's ticks: a rate of 0)
 * @param span       ticks per point; points oldest first from seriesFrom
 * @param movedWall  wall-clock ms of the first move, 0 if it never moved
 */
public record Timeline(long fromSeq, long toSeq, long fromWall, long toWall, long groupFrom, long groupTo,
                       long seriesFrom, int span, double[] points, long movedWall) {

    /** The rate at a tick: the point covering it, 0 before the first move, NaN outside the group's ticks. */
    public double at(long tick) {
        if (tick <= groupFrom || tick > groupTo) return Double.NaN;
        if (tick < seriesFrom) return 0;
        int i = (int) ((tick - seriesFrom) / span);
        return i < points.length ? points[i] : Double.NaN;
    }

    /** Wall-clock ms of a tick, interpolated between the first and newest ticks (for axis labels). */
    public long wallOf(long tick) {
        if (toSeq <= fromSeq) return toWall;
        return fromWall + Math.round((double) (toWall - fromWall) * (tick - fromSeq) / (toSeq - fromSeq));
    }
}
