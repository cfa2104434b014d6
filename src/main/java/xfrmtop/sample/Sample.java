package xfrmtop.sample;

import java.util.List;

/**
 * Everything read in one tick, stamped once. Immutable.
 *
 * @param seq        tick number from 0
 * @param monoNanos  System.nanoTime() at the start of the tick (monotonic; rates use group times)
 * @param wallMillis wall clock at the start of the tick (for display and recordings only, never for rates)
 * @param groups     the groups read this tick
 * @param events     XFRM events read this tick, in the order they arrived (empty for most ticks)
 */
public record Sample(long seq, long monoNanos, long wallMillis, List<Group> groups, List<Event> events) {
    public Sample {
        groups = List.copyOf(groups);
        events = events == null || events.isEmpty() ? List.of() : List.copyOf(events);
    }

    /** A tick without events. */
    public Sample(long seq, long monoNanos, long wallMillis, List<Group> groups) {
        this(seq, monoNanos, wallMillis, groups, List.of());
    }

    public Group group(GroupKey key) {
        for (Group g : groups) if (g.key().equals(key)) return g;
        return null;
    }
}
