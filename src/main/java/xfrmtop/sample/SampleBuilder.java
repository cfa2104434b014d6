package xfrmtop.sample;

import java.util.ArrayList;
import java.util.List;

/** Collects the groups and events of one tick; sources add to it, the sampler seals it into an immutable {@link Sample}. */
public final class SampleBuilder {
    private final long seq;
    private final long monoNanos;
    private final long wallMillis;
    private final List<Group> groups = new ArrayList<>();
    private final List<Event> events = new ArrayList<>(0);

    public SampleBuilder(long seq, long monoNanos, long wallMillis) {
        this.seq = seq;
        this.monoNanos = monoNanos;
        this.wallMillis = wallMillis;
    }

    public long monoNanos() { return monoNanos; }

    public void add(Group g) { groups.add(g); }

    public void event(Event e) { events.add(e); }

    public Sample build() { return new Sample(seq, monoNanos, wallMillis, groups, events); }
}
