package xfrmtop.record;

import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Event;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.sample.Sample;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns recording lines back into samples ({@link RecordFormat}). Strict about what a sample needs (ids declared before
 * use, numbers that parse, ticks with all their lines), tolerant of what it does not know (record types, extra
 * fields, group kinds of a newer version are skipped). Replayed samples are numbered from the first tick (seq 0).
 */
final class RecordDecoder implements AutoCloseable {
    /** Told where each segment starts: member, position in it, the line before its header, and its first tick. */
    interface SegmentListener {
        void segment(long member, long pos, long lineBefore, int tick, RecordingHeader header);
    }

    private static final class GroupState {
        final GroupKey key;            // null: a kind this version does not know, skipped
        long[] values;
        int nid = -1;
        long epoch;
        Map<String, String> labels = Map.of();

        GroupState(GroupKey key) { this.key = key; }
    }

    private final LineReader lines;
    private final Fields f = new Fields();
    private final SegmentListener listener;
    private final GroupIds<GroupState> groups = new GroupIds<>();
    private final Map<Integer, CounterNames> names = new HashMap<>();
    private final SegmentSharing sharing;
    private RecordingHeader header;
    private int tick;
    private int lastGroups;
    private long mono, wall, interval, tickLine;
    private boolean incomplete;

    /** @param sharing the recording's (its checkpoints and every cursor's frames then share keys and labels) */
    RecordDecoder(LineReader lines, int firstTick, SegmentListener listener, SegmentSharing sharing) {
        this.lines = lines;
        this.sharing = sharing;
        this.tick = firstTick;
        this.listener = listener;
    }

    RecordingHeader header() { return header; }

    /** Configured interval of the last tick read (ns; 0 when the recording does not say). */
    long intervalNanos() { return interval; }

    /** Whether the text ended early: a crash while recording. Everything returned before is good. */
    boolean truncated() { return incomplete || lines.truncated(); }

    /** The line the text ended on (for the truncation note). */
    long lastLine() { return lines.number(); }

    long fileOffset() { return lines.fileOffset(); }

    /** The next complete tick, or null at the end of the text. */
    Sample next() throws IOException, RecordingException {
        long remaining = -1;                  // lines still due in the current tick; -1 = between ticks
        List<Group> out = null;
        List<Event> events = null;
        while (true) {
            if (remaining == 0) {
                lastGroups = out.size();
                return new Sample(tick++, mono, wall, out, events);
            }
            if (!lines.next()) {
                incomplete = remaining > 0;
                return null;
            }
            f.split(lines.bytes(), lines.length(), lines.number());
            if (f.is(0, RecordFormat.MAGIC)) {
                if (remaining > 0) throw notAll(remaining);
                segmentHeader();
                continue;
            }
            if (header == null) {
                throw f.error("not an xfrmtop recording (it must start with an " + RecordFormat.MAGIC + " line)");
            }
            if (f.is(0, RecordFormat.TICK)) {
                if (remaining > 0) throw notAll(remaining);
                remaining = tickLine();
                out = new ArrayList<>(Math.max(16, lastGroups));   // not regrown as it fills (Sample copies it)
                events = new ArrayList<>(0);
                continue;
            }
            boolean known = f.is(0, RecordFormat.GROUP) || f.is(0, RecordFormat.KEY) || f.is(0, RecordFormat.NAMES)
                    || f.is(0, RecordFormat.LABELS) || f.is(0, RecordFormat.EVENT);
            if (remaining < 0) {
                if (known) throw f.error(new String(lines.bytes(), 0, 1, java.nio.charset.StandardCharsets.ISO_8859_1)
                        + " record outside a tick");
                continue;                     // a record type of a newer version: skipped
            }
            remaining--;
            if (f.is(0, RecordFormat.GROUP)) group(out);
            else if (f.is(0, RecordFormat.KEY)) key();
            else if (f.is(0, RecordFormat.NAMES)) names();
            else if (f.is(0, RecordFormat.LABELS)) labels();
            else if (f.is(0, RecordFormat.EVENT)) event(events);
        }
    }

    /** V wall netns type text: an event of a type this version does not know is skipped. */
    private void event(List<Event> events) throws RecordingException {
        f.need(5, "V");
        long at = wall + f.num(1, "event wall-clock time");
        Event.Type type = Event.Type.of(f.str(3));
        if (type != null) events.add(new Event(at, f.str(2), type, f.str(4)));
    }

    private RecordingException notAll(long remaining) {
        return f.error("the tick of line " + tickLine + " is missing " + remaining + " of its lines");
    }

    private void segmentHeader() throws RecordingException {
        header = RecordingHeader.of(f);
        groups.clear();
        names.clear();
        sharing.nextSegment();
        mono = wall = 0;
        if (listener != null) listener.segment(lines.lineMember(), lines.linePos(), lines.number() - 1, tick, header);
    }

    private long tickLine() throws RecordingException {
        f.need(5, "T");
        mono += f.num(2, "tick monotonic time");
        wall += f.num(3, "tick wall-clock time");
        long n = f.num(4, "tick line count");
        if (n < 0 || n > RecordFormat.MAX_TICK_LINES) throw f.error("tick line count " + n + " out of range");
        interval = f.count() > 5 ? f.num(5, "tick interval") : 0;
        tickLine = f.line();
        return n;
    }

    private void key() throws RecordingException {
        f.need(5, "K");
        int gid = f.id(1, "group id");
        Kind kind;
        try {
            kind = Kind.valueOf(f.str(2).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            kind = null;                      // recorded by a newer version: its groups are skipped
        }
        GroupKey k = kind == null ? null : new GroupKey(kind, f.str(3), f.str(4));
        groups.put(gid, new GroupState(k == null ? null : sharing.key(k)));
    }

    private void names() throws RecordingException {
        f.need(2, "N");
        int nid = f.id(1, "name list id");
        if (nid == 0) throw f.error("name list id 0 is reserved for no names");
        List<String> l = new ArrayList<>(f.count() - 2);
        for (int i = 2; i < f.count(); i++) l.add(f.str(i));
        names.put(nid, sharing.names(l));
    }

    private void labels() throws RecordingException {
        f.need(2, "L");
        GroupState st = state(f.id(1, "group id"));
        if ((f.count() - 2) % 2 != 0) throw f.error("labels must come in key/value pairs");
        st.labels = sharing.labels(st.key, f);
    }

    private void group(List<Group> out) throws RecordingException {
        f.need(7, "G");
        GroupState st = state(f.id(1, "group id"));
        int nid = f.id(2, "name list id");
        CounterNames n = nid == 0 ? CounterNames.EMPTY : names.get(nid);
        if (n == null) throw f.error("name list " + nid + " used before it is declared");
        Health h = health();
        long epoch = st.epoch + f.num(4, "epoch");
        long gm = mono + f.num(5, "group monotonic time");
        boolean comparable = st.values != null && st.nid == nid;
        long[] v = f.values(6, comparable ? st.values : null);
        String note = f.count() > 7 ? f.str(7) : "";
        if (h == Health.OK && v.length != n.size()) {
            throw f.error(v.length + " values for " + n.size() + " counter names");
        }
        st.values = v;
        st.nid = nid;
        st.epoch = epoch;
        if (st.key != null) out.add(new Group(st.key, gm, n, v, h, note, epoch, st.labels));
    }

    private Health health() throws RecordingException {
        for (Health h : Health.values()) if (f.is(3, h.name().toLowerCase(Locale.ROOT))) return h;
        throw f.error("unknown health '" + f.str(3) + "'");
    }

    private GroupState state(int gid) throws RecordingException {
        GroupState st = groups.get(gid);
        if (st == null) throw f.error("group " + gid + " used before it is declared");
        return st;
    }

    @Override public void close() { lines.close(); }
}
