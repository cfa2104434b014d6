package xfrmtop.record;

import xfrmtop.source.HostInfo;

/** What a segment header says: format version and where the recording was made. */
public record RecordingHeader(int major, int minor, HostInfo host, String tool) {}
