package xfrmtop.export;

import xfrmtop.feed.Feed;
import xfrmtop.feed.Playback;
import xfrmtop.rate.Frame;

import java.util.function.Consumer;

/**
 * A feed that also hands every frame to the exporter, on the feed's own thread, before the TUI or the batch writer
 * gets it; everything else is the wrapped feed's. The run loops do not know the exporter exists.
 */
final class TapFeed implements Feed {
    private final Feed feed;
    private final Consumer<Frame> tap;

    TapFeed(Feed feed, Consumer<Frame> tap) {
        this.feed = feed;
        this.tap = tap;
    }

    @Override
    public void start(Consumer<Frame> sink, Runnable onEnd) {
        feed.start(f -> {
            tap.accept(f);
            sink.accept(f);
        }, onEnd);
    }

    @Override public long intervalNanos() { return feed.intervalNanos(); }

    @Override public void setIntervalNanos(long nanos) { feed.setIntervalNanos(nanos); }

    @Override public Playback playback() { return feed.playback(); }

    @Override public String recordingStatus() { return feed.recordingStatus(); }

    @Override public String failure() { return feed.failure(); }

    @Override public void close() { feed.close(); }
}
