package xfrmtop.feed;

import xfrmtop.alert.Tripwire;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.record.Recorder;
import xfrmtop.sample.Sample;
import xfrmtop.sample.Sampler;
import xfrmtop.sample.Source;

import java.util.List;
import java.util.function.Consumer;

/**
 * The live feed: the sampler's thread reads the sources, hands each sample to the recorder (when recording), turns it
 * into a frame and checks the alerts, then passes the frame on.
 */
public final class LiveFeed implements Feed {
    private final Sampler sampler;
    private final Recorder recorder;
    private final Tripwire tripwire;
    private Consumer<Frame> sink;
    private Runnable end = () -> {};
    private Frame last;                        // sampler thread only

    /**
     * @param count    stop after this many ticks (0 = until closed)
     * @param recorder where samples are recorded, or null
     */
    public LiveFeed(List<Source> sources, long intervalNanos, long count, Recorder recorder, Tripwire tripwire) {
        this.recorder = recorder;
        this.tripwire = tripwire;
        this.sampler = new Sampler(sources, intervalNanos, count, this::onSample, () -> end.run());
    }

    private void onSample(Sample s) {
        if (recorder != null) recorder.accept(s, sampler.intervalNanos());
        Frame f = Calculator.next(last, s);
        last = f;
        tripwire.observe(f);
        sink.accept(f);
    }

    @Override
    public void start(Consumer<Frame> sink, Runnable onEnd) {
        this.sink = sink;
        this.end = onEnd == null ? () -> {} : onEnd;
        sampler.start();
    }

    @Override public long intervalNanos() { return sampler.intervalNanos(); }

    @Override public void setIntervalNanos(long nanos) { sampler.setIntervalNanos(nanos); }

    @Override public String recordingStatus() { return recorder == null ? null : recorder.status(); }

    @Override
    public String failure() {
        String f = sampler.failure();
        return f != null ? f : recorder == null ? null : recorder.failure();
    }

    /** Stops sampling, then ends the recording (every queued tick written). */
    @Override
    public void close() {
        sampler.close();
        if (recorder != null) recorder.close();
    }
}
