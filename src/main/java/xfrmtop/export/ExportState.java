package xfrmtop.export;

import xfrmtop.rate.Frame;
import xfrmtop.sample.GroupKey;

import java.util.Map;
import java.util.Set;

/**
 * What a scrape serves, published whole by the {@link FrameTap} after each tick and never modified: the newest frame
 * plus the few totals that need every frame (sample count, read errors), and the SAs the cardinality guard admitted.
 *
 * @param frame       the newest frame, or null before the first sample
 * @param samples     frames seen since start
 * @param readErrors  per source (kind and namespace): ticks on which its read failed
 * @param up          per source present in the frame: whether any of its groups was read this tick
 * @param admittedSas the SA groups that are exported
 * @param saDropped   SA series left out by --max-sa-series in this frame
 */
record ExportState(Frame frame, long samples, Map<SourceId, Long> readErrors, Map<SourceId, Boolean> up,
                   Set<GroupKey> admittedSas, long saDropped) {

    /** A source as the health metrics name it: the kind of counters ("xfrm_stat", "nic", "sa") and the namespace. */
    record SourceId(String source, String netns) {}

    static final ExportState EMPTY = new ExportState(null, 0, Map.of(), Map.of(), Set.of(), 0);
}
