package xfrmtop.record;

import xfrmtop.sample.CounterNames;
import xfrmtop.sample.Event;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Sample;
import xfrmtop.source.HostInfo;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Encodes samples into the recording format ({@link RecordFormat}) and writes them, one tick at a time, each tick
 * sync-flushed through gzip to the file: a crash loses at most the tick being written. Single-threaded (the
 * recorder's writer thread). Writes what is in the sample and nothing else.
 */
final class RecordingWriter implements AutoCloseable {
    private static final class GroupState {
        final int gid;
        int nid = -1;
        long[] values;
        long epoch;
        Map<String, String> labels = Map.of();

        GroupState(int gid) { this.gid = gid; }
    }

    private final OutputStream file;
    private final String header;
    private final StringBuilder tick = new StringBuilder(8192), body = new StringBuilder(8192);
    private GZIPOutputStream gz;
    private final Map<GroupKey, GroupState> groups = new HashMap<>();
    private final Map<CounterNames, Integer> names = new IdentityHashMap<>();
    private final Map<Integer, CounterNames> nidNames = new HashMap<>();
    private int ticksInSegment, lastGid, lastNid, lines;
    private long segmentBytes, lastMono, lastWall;
    private volatile long written;     // read by the UI thread for the header

    /** @param file the open file (this writer closes it) */
    RecordingWriter(OutputStream file, HostInfo host, String toolVersion) {
        this.file = file;
        StringBuilder h = new StringBuilder(RecordFormat.MAGIC).append('\t')
                .append(RecordFormat.MAJOR).append('.').append(RecordFormat.MINOR);
        pair(h, "host", host.host());
        pair(h, "kernel", host.kernel());
        pair(h, "netns", host.netns());
        pair(h, "tool", "xfrmtop " + toolVersion);
        this.header = h.append('\n').toString();
    }

    private static void pair(StringBuilder sb, String k, String v) {
        sb.append('\t').append(k).append('\t');
        RecordFormat.escape(sb, v);
    }

    /** Compressed bytes written so far. */
    long bytesWritten() { return written; }

    void write(Sample s, long intervalNanos) throws IOException {
        if (gz == null || ticksInSegment >= RecordFormat.SEGMENT_TICKS || segmentBytes >= RecordFormat.SEGMENT_BYTES) {
            newSegment();
        }
        body.setLength(0);
        lines = 0;
        for (Group g : s.groups()) group(g, s.monoNanos());
        for (Event e : s.events()) event(e, s.wallMillis());
        tick.setLength(0);
        tick.append(RecordFormat.TICK).append('\t').append(s.seq())
                .append('\t').append(s.monoNanos() - lastMono).append('\t').append(s.wallMillis() - lastWall)
                .append('\t').append(lines).append('\t').append(intervalNanos).append('\n').append(body);
        lastMono = s.monoNanos();
        lastWall = s.wallMillis();
        byte[] bytes = tick.toString().getBytes(StandardCharsets.UTF_8);
        gz.write(bytes);
        gz.flush();                     // sync flush: this tick is in the file now
        segmentBytes += bytes.length;
        ticksInSegment++;
    }

    private void group(Group g, long tickMono) {
        GroupState st = groups.get(g.key());
        if (st == null) {
            st = new GroupState(++lastGid);
            groups.put(g.key(), st);
            body.append(RecordFormat.KEY).append('\t').append(st.gid).append('\t')
                    .append(g.key().kind().name().toLowerCase(Locale.ROOT)).append('\t');
            RecordFormat.escape(body, g.key().netns());
            body.append('\t');
            RecordFormat.escape(body, g.key().instance());
            line();
        }
        int nid = nid(g.names());
        if (g.labels() != st.labels && !g.labels().equals(st.labels)) {
            body.append(RecordFormat.LABELS).append('\t').append(st.gid);
            for (Map.Entry<String, String> e : g.labels().entrySet()) {
                body.append('\t');
                RecordFormat.escape(body, e.getKey());
                body.append('\t');
                RecordFormat.escape(body, e.getValue());
            }
            line();
        }
        st.labels = g.labels();
        body.append(RecordFormat.GROUP).append('\t').append(st.gid).append('\t').append(nid).append('\t')
                .append(g.health().name().toLowerCase(Locale.ROOT)).append('\t').append(g.epoch() - st.epoch)
                .append('\t').append(g.monoNanos() - tickMono).append('\t');
        values(st, nid, g.values());
        body.append('\t');
        RecordFormat.escape(body, g.note());
        line();
        st.nid = nid;
        st.values = g.values();
        st.epoch = g.epoch();
    }

    private void event(Event e, long tickWall) {
        body.append(RecordFormat.EVENT).append('\t').append(e.wallMillis() - tickWall).append('\t');
        RecordFormat.escape(body, e.netns());
        body.append('\t').append(e.type().json()).append('\t');
        RecordFormat.escape(body, e.text());
        line();
    }

    private void values(GroupState st, int nid, long[] v) {
        long[] p = st.values;
        if (p != null && st.nid == nid && p.length == v.length) {
            if (Arrays.equals(p, v)) {
                body.append(RecordFormat.SAME);
                return;
            }
            body.append(RecordFormat.DELTA);
            for (int i = 0; i < v.length; i++) {
                if (i > 0) body.append(',');
                body.append(v[i] - p[i]);                 // wraps: the reader adds it back modulo 2^64
            }
            return;
        }
        for (int i = 0; i < v.length; i++) {
            if (i > 0) body.append(',');
            body.append(Long.toUnsignedString(v[i]));
        }
    }

    /** The id of a name list, declared on first use in the segment (sources share one instance across ticks). */
    private int nid(CounterNames n) {
        if (n.size() == 0) return 0;
        Integer id = names.get(n);
        if (id != null) return id;
        for (Map.Entry<Integer, CounterNames> e : nidNames.entrySet()) {   // a source that rebuilt an equal list
            if (e.getValue().sameLayout(n)) {
                names.put(n, e.getKey());
                return e.getKey();
            }
        }
        int nid = ++lastNid;
        names.put(n, nid);
        nidNames.put(nid, n);
        body.append(RecordFormat.NAMES).append('\t').append(nid);
        for (int i = 0; i < n.size(); i++) {
            body.append('\t');
            RecordFormat.escape(body, n.name(i));
        }
        line();
        return nid;
    }

    private void line() {
        body.append('\n');
        lines++;
    }

    private void newSegment() throws IOException {
        if (gz != null) gz.finish();
        gz = new GZIPOutputStream(new Counting(file), 65536, true);
        groups.clear();
        names.clear();
        nidNames.clear();
        lastGid = lastNid = ticksInSegment = 0;
        lastMono = lastWall = 0;
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        gz.write(h);
        segmentBytes = h.length;
    }

    /** Ends the last segment properly (gzip trailer) and closes the file. */
    @Override
    public void close() throws IOException {
        try {
            if (gz != null) gz.finish();
        } finally {
            file.close();
        }
    }

    /** Counts compressed bytes; never closes the file (segments end with finish(), not close()). */
    private final class Counting extends FilterOutputStream {
        Counting(OutputStream out) { super(out); }

        @Override public void write(int b) throws IOException { out.write(b); written++; }

        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); written += len; }

        @Override public void close() {}
    }
}
