package xfrmtop.sample;

/** Whether a group's values are fresh. A group that is not OK keeps its note (the reason) and usually no values. */
public enum Health {
    /** Read this tick. */
    OK,
    /** The read failed this tick (the note says why); the last values are kept but are not current. */
    STALE,
    /** The thing is gone (interface deleted, namespace removed, SA expired). */
    GONE,
    /** The thing exists but has no counters to read (e.g. an interface without ethtool stats). */
    UNSUPPORTED
}
