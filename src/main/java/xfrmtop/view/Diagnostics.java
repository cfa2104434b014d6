package xfrmtop.view;

import xfrmtop.rate.Frame;

/**
 * The UI's memory of what it was shown: rate history for sparklines and detail plots, and the XFRM event log. Live,
 * the history and the log are fed as frames come. In a replay the whole recording was scanned once at start (the
 * plots cover all of it, the log holds every event), and the frames shown only refresh the sparklines' rings, stepping
 * back with them.
 */
public final class Diagnostics {
    /** Events the live log keeps, and a recording's. */
    static final int LIVE_EVENTS = 2000, RECORDING_EVENTS = 20_000;

    private final History history;
    private final EventLog events;
    private final boolean scanned;

    private Diagnostics(History history, EventLog events, boolean scanned) {
        this.history = history;
        this.events = events;
        this.scanned = scanned;
    }

    /** A live session: fed with every frame. */
    public static Diagnostics live() {
        return new Diagnostics(new History(), new EventLog(LIVE_EVENTS), false);
    }

    /** A recording: give every frame of the scan at start to {@link #scan}, then the frames shown to {@link #observe}. */
    public static Diagnostics recording() {
        // the plots read the scan's history of the whole recording; the ticks shown refresh its rings (History.show)
        return new Diagnostics(new History(), new EventLog(RECORDING_EVENTS), true);
    }

    /** A frame of the scan of a whole recording (at start, before anything is shown). */
    public void scan(Frame f) {
        history.observe(f);
        events.observe(f);
    }

    /** A frame handed to the screen (on the feed thread, every one, in the order the feed produced them). */
    public void observe(Frame f) {
        if (scanned) {
            history.show(f);
        } else {
            history.observe(f);
            events.observe(f);
        }
    }

    /** History for sparklines: the ticks around the frame shown. */
    public History recent() { return history; }

    /** History for detail plots: the live session, or the whole recording. */
    public History session() { return history; }

    public EventLog events() { return events; }

    /** Whether plots and the log cover a whole recording (a replay) rather than the session so far. */
    public boolean wholeRecording() { return scanned; }
}
