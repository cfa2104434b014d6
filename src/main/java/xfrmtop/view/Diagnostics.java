package xfrmtop.view;

import xfrmtop.rate.Frame;

/**
 * The UI's memory of what it was shown: rate history for sparklines and detail plots, and the XFRM event log. Live,
 * one history serves both and the log is fed as frames come. In a replay the whole recording was scanned once at
 * start (the plots cover all of it, the log holds every event), and only the sparkline history follows the frames
 * shown, stepping back with them.
 */
public final class Diagnostics {
    /** Events the live log keeps, and a recording's. */
    static final int LIVE_EVENTS = 2000, RECORDING_EVENTS = 20_000;

    private final History recent;
    private final History session;
    private final EventLog events;
    private final boolean scanned;

    private Diagnostics(History recent, History session, EventLog events, boolean scanned) {
        this.recent = recent;
        this.session = session;
        this.events = events;
        this.scanned = scanned;
    }

    /** A live session: fed with every frame. */
    public static Diagnostics live() {
        History h = new History();
        return new Diagnostics(h, h, new EventLog(LIVE_EVENTS), false);
    }

    /** A recording: give every frame of the scan at start to {@link #scan}, then the frames shown to {@link #observe}. */
    public static Diagnostics recording() {
        // the ticks shown need only their recent rates: the plots read the scan's history of the whole recording
        return new Diagnostics(new History(false), new History(), new EventLog(RECORDING_EVENTS), true);
    }

    /** A frame of the scan of a whole recording (at start, before anything is shown). */
    public void scan(Frame f) {
        session.observe(f);
        events.observe(f);
    }

    /** A frame handed to the screen (on the feed thread, every one, in the order the feed produced them). */
    public void observe(Frame f) {
        recent.observe(f);
        if (!scanned) events.observe(f);
    }

    /** History for sparklines: the ticks around the frame shown. */
    public History recent() { return recent; }

    /** History for detail plots: the live session, or the whole recording. */
    public History session() { return session; }

    public EventLog events() { return events; }

    /** Whether plots and the log cover a whole recording (a replay) rather than the session so far. */
    public boolean wholeRecording() { return scanned; }
}
