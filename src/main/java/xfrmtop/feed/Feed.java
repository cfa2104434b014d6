package xfrmtop.feed;

import xfrmtop.rate.Frame;

import java.util.function.Consumer;

/**
 * Where frames come from: the live sampler or a recording. Either way each sample goes through the same
 * {@link xfrmtop.rate.Calculator}, and the TUI and batch writers cannot tell the two apart. Frames are handed to the
 * sink on the feed's own thread.
 */
public interface Feed extends AutoCloseable {

    /** Starts the feed's thread; onEnd runs (on that thread) when it has nothing more to give (--count reached). */
    void start(Consumer<Frame> sink, Runnable onEnd);

    /** The configured interval (ns); for a recording, the interval it was recorded with. */
    long intervalNanos();

    /** Changes the interval (live only; a recording keeps its own timing). */
    void setIntervalNanos(long nanos);

    /** Replay controls, or null for a live feed. */
    default Playback playback() { return null; }

    /** For the header: what is being recorded and how it goes, or null when nothing is. */
    default String recordingStatus() { return null; }

    /** What went wrong for good (a recording that could not be written or read on), or null. */
    default String failure() { return null; }

    /** Stops the thread and releases what the feed holds (files, sockets). */
    @Override
    void close();
}
