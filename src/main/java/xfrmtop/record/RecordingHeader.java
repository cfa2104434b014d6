package xfrmtop.record;

import xfrmtop.source.HostInfo;

import java.util.HashMap;
import java.util.Map;

/** What a segment header says: format version and where the recording was made. */
public record RecordingHeader(int major, int minor, HostInfo host, String tool) {

    /**
     * A segment's header line: the magic, the format version, then key/value pairs. A version this xfrmtop cannot
     * read is an error that says so.
     */
    static RecordingHeader of(Fields f) throws RecordingException {
        f.need(2, RecordFormat.MAGIC);
        String v = f.str(1);
        int dot = v.indexOf('.');
        int major, minor;
        try {
            major = Integer.parseInt(dot < 0 ? v : v.substring(0, dot));
            minor = dot < 0 ? 0 : Integer.parseInt(v.substring(dot + 1));
        } catch (NumberFormatException e) {
            throw f.error("bad format version '" + v + "'");
        }
        if (major > RecordFormat.MAJOR) {
            throw f.error("recording format " + v + " is newer than this xfrmtop reads (" + RecordFormat.MAJOR
                    + ".x): use a newer xfrmtop");
        }
        if (major < 1) throw f.error("bad format version '" + v + "'");
        Map<String, String> kv = new HashMap<>();
        for (int i = 2; i + 1 < f.count(); i += 2) kv.put(f.str(i), f.str(i + 1));
        return new RecordingHeader(major, minor, new HostInfo(kv.getOrDefault("host", "?"),
                kv.getOrDefault("kernel", "?"), kv.getOrDefault("netns", "?")), kv.getOrDefault("tool", "?"));
    }
}
