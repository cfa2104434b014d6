package xfrmtop.tui;

import xfrmtop.alert.Tripwire;
import xfrmtop.feed.Playback;
import xfrmtop.source.HostInfo;
import xfrmtop.view.KeyMap;

import java.util.List;

/**
 * What the drawing code needs besides the frame and the view state: static host facts, the current interval and
 * the wall clock (passed in, so pane pictures in tests are reproducible), and how the feed goes.
 *
 * @param replay    where a replay stands; null when live
 * @param recording the recorder's state for the header ("REC file 12 KiB"); null when not recording
 * @param trips     alerts that tripped up to the frame shown
 */
record UiContext(HostInfo host, double intervalS, long nowMillis, java.time.ZoneId zone, KeyMap keys,
                 Playback.Status replay, String recording, List<Tripwire.Trip> trips) {

    UiContext {
        trips = trips == null ? List.of() : trips;
    }

    /** A live screen, not recording, no alerts. */
    UiContext(HostInfo host, double intervalS, long nowMillis, java.time.ZoneId zone, KeyMap keys) {
        this(host, intervalS, nowMillis, zone, keys, null, null, List.of());
    }
}
