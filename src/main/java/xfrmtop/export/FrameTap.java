package xfrmtop.export;

import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Sees every frame on the thread that made it (the sampler's) and publishes an {@link ExportState} for scrapes to
 * read. Work per tick is a pass over the groups: scrapes format, they never read the kernel or wait for a tick.
 * Admission of SAs happens here, once per tick, so every scraper (an HA pair of Prometheus servers) sees the same set.
 */
final class FrameTap implements Consumer<Frame> {
    private final int maxSas;
    private volatile ExportState state = ExportState.EMPTY;
    private long samples;
    private final Map<ExportState.SourceId, Long> readErrors = new LinkedHashMap<>();
    private Set<GroupKey> admitted = Set.of();

    /** @param maxSaSeries --max-sa-series: whole SAs only, {@link SaMetrics#SERIES_PER_SA} series each */
    FrameTap(int maxSaSeries) { this.maxSas = maxSaSeries / SaMetrics.SERIES_PER_SA; }

    ExportState state() { return state; }

    @Override
    public void accept(Frame f) {
        samples++;
        Map<ExportState.SourceId, Boolean> up = new LinkedHashMap<>();
        countReadErrors(f, up);
        long present = admit(f);
        long dropped = (present - admitted.size()) * SaMetrics.SERIES_PER_SA;
        state = new ExportState(f, samples, Map.copyOf(readErrors), Map.copyOf(up), admitted, dropped);
    }

    /**
     * One error per source and tick when any of its groups could not be read (an SA dump failing marks every SA); a
     * source is up when at least one of its groups was read this tick (a missing capability leaves it down).
     */
    private void countReadErrors(Frame f, Map<ExportState.SourceId, Boolean> up) {
        Set<ExportState.SourceId> failed = new HashSet<>(), seen = new HashSet<>();
        ExportState.SourceId id = null;
        for (GroupRates g : f.groups()) {
            GroupKey k = g.key();
            if (id == null || !id.netns().equals(k.netns()) || !id.source().equals(source(k.kind()))) {
                id = new ExportState.SourceId(source(k.kind()), k.netns());   // groups of one source come in a run
                readErrors.putIfAbsent(id, 0L);   // every source has its series from the start, so increase() works
                seen.add(id);
            }
            if (g.health() == Health.STALE && failed.add(id)) readErrors.merge(id, 1L, Long::sum);
            if (g.health() == Health.OK) up.put(id, true);
            else if (g.goneTicks() == 0) up.putIfAbsent(id, false);
        }
        readErrors.keySet().retainAll(seen);      // a namespace deleted for good takes its series with it
    }

    private static final String[] SOURCES = new String[Kind.values().length];

    static {
        for (Kind k : Kind.values()) SOURCES[k.ordinal()] = k.name().toLowerCase(Locale.ROOT);
    }

    /** The source label of a kind: "xfrm_stat", "nic", "sa". */
    static String source(Kind kind) { return SOURCES[kind.ordinal()]; }

    /**
     * The cardinality guard: SAs exported last tick stay while they exist (a series does not flap in and out), new SAs
     * fill the free places in the kernel's dump order; a gone SA frees its place at once. Returns how many SAs exist.
     */
    private long admit(Frame f) {
        Set<GroupKey> present = new LinkedHashSet<>();
        for (GroupRates g : f.groups(Kind.SA)) {
            if (SaMetrics.isSa(g) && g.health() != Health.GONE) present.add(g.key());
        }
        Set<GroupKey> next = new LinkedHashSet<>();
        for (GroupKey k : admitted) if (present.contains(k) && next.size() < maxSas) next.add(k);
        for (GroupKey k : present) if (next.size() < maxSas) next.add(k);
        admitted = next.equals(admitted) ? admitted : Set.copyOf(next);
        return present.size();
    }
}
