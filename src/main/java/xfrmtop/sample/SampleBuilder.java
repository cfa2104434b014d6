package xfrmtop.sample;

import java.util.ArrayList;
import java.util.List;

/** Collects the groups of one tick; sources add to it, the sampler seals it into an immutable {@link Sample}. */
public final class SampleBuilder {
    private final long seq;
    private final long monoNanos;
    private final long wallMillis;
    private final List<Group> groups = new ArrayList<>();

    public SampleBuilder(long seq, long monoNanos, long wallMillis) {
        this.seq = seq;
        this.monoNanos = monoNanos;
        this.wallMillis = wallMillis;
    }

    public long monoNanos() { return monoNanos; }

    public void add(Group g) { groups.add(g); }

    public Sample build() { return new Sample(seq, monoNanos, wallMillis, groups); }
}
