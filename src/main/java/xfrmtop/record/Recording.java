package xfrmtop.record;

import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.Sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * An opened recording: read once from start to end when opened (every line checked, every frame calculated), keeping
 * per tick only its times, per segment where it starts, and a bounded number of calculated frames (checkpoints) from
 * which any tick's frame is recalculated exactly as the first pass did. Immutable after {@link #open}.
 */
public final class Recording {
    /** At most this many checkpoint frames are kept (a 24-hour recording still seeks within a few segments). */
    static final int MAX_CHECKPOINTS = 32;
    /** ... and at most about this many counter values in them (~8 MB): a 10,000-SA recording keeps only a few. */
    static final long MAX_CHECKPOINT_VALUES = 250_000;

    record Segment(long member, long pos, long lineBefore, int firstTick) {}

    /** The frame before `tick` (null for tick 0), and where decoding `tick` starts. */
    record Checkpoint(int tick, Frame before, Segment segment) {}

    private final Path path;
    private final boolean gzip;
    private RecordingHeader header;
    private final List<Segment> segments = new ArrayList<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final SegmentSharing sharing = new SegmentSharing();
    private int stride = 1;
    private long[] mono = new long[1024], wall = new long[1024], interval = new long[1024];
    private int size;
    private String notice = "";
    private Frame last;                 // scan only

    private Recording(Path path, boolean gzip) {
        this.path = path;
        this.gzip = gzip;
    }

    /**
     * Reads and checks the whole recording.
     * @param observer sees every frame in order (alerts are evaluated over the whole recording this way); may be null
     */
    public static Recording open(Path path, Consumer<Frame> observer) throws RecordingException {
        try {
            Recording r = new Recording(path, sniff(path));
            r.scan(observer);
            return r;
        } catch (RecordingException e) {
            throw new RecordingException(path + ": " + e.getMessage());
        } catch (IOException e) {
            throw new RecordingException(path + ": cannot read: " + describe(e));
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /** gzip, or plain text starting with the header; anything else is not a recording. */
    private static boolean sniff(Path path) throws IOException, RecordingException {
        byte[] head = new byte[RecordFormat.MAGIC.length()];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 0) throw new RecordingException("empty file: not an xfrmtop recording");
        if (MemberReader.isGzip(head, n)) return true;
        if (RecordFormat.MAGIC.startsWith(new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1))) {
            return false;                      // plain text (or the start of it, in a file cut short)
        }
        throw new RecordingException("not an xfrmtop recording (neither gzip data nor a line starting with "
                + RecordFormat.MAGIC + ")");
    }

    private void scan(Consumer<Frame> observer) throws IOException, RecordingException {
        try (RecordDecoder d = new RecordDecoder(new LineReader(MemberReader.open(path, gzip, 0, 0), 0), 0,
                this::segment, sharing)) {
            Sample s;
            while ((s = d.next()) != null) {
                if (size == mono.length) grow();
                mono[size] = s.monoNanos();
                wall[size] = s.wallMillis();
                interval[size] = d.intervalNanos();
                size++;
                last = Calculator.next(last, s);
                if (observer != null) observer.accept(last);
            }
            if (size == 0) {
                throw new RecordingException(d.truncated() ? "cut short before its first complete sample"
                        : "no samples in the recording");
            }
            if (d.truncated()) {
                notice = "recording cut short at line " + d.lastLine() + " (byte " + d.fileOffset()
                        + "; xfrmtop was probably killed): replaying the " + size + " complete samples before it";
            }
        }
        last = null;
    }

    /** Called by the decoder at each segment header, before that segment's first tick. */
    private void segment(long member, long pos, long lineBefore, int tick, RecordingHeader h) {
        if (header == null) header = h;
        Segment seg = new Segment(member, pos, lineBefore, tick);
        segments.add(seg);
        if ((segments.size() - 1) % stride != 0) return;
        checkpoints.add(new Checkpoint(tick, last == null ? null : Calculator.predecessor(last), seg));
        // too many, or too big: keep every other one, half as many, twice as far apart
        while (checkpoints.size() > 1 && (checkpoints.size() > MAX_CHECKPOINTS || values() > MAX_CHECKPOINT_VALUES)) {
            stride *= 2;
            List<Checkpoint> kept = new ArrayList<>();
            for (Checkpoint c : checkpoints) if (segments.indexOf(c.segment()) % stride == 0) kept.add(c);
            checkpoints.clear();
            checkpoints.addAll(kept);
        }
    }

    private long values() {
        long n = 0;
        for (Checkpoint c : checkpoints) if (c.before() != null) n += c.before().values();
        return n;
    }

    private void grow() {
        int n = mono.length * 2;
        mono = Arrays.copyOf(mono, n);
        wall = Arrays.copyOf(wall, n);
        interval = Arrays.copyOf(interval, n);
    }

    public Path path() { return path; }

    /** The first segment's header: host, kernel, netns, format version. */
    public RecordingHeader header() { return header; }

    /** Number of complete samples. */
    public int size() { return size; }

    public long monoNanos(int tick) { return mono[tick]; }

    public long wallMillis(int tick) { return wall[tick]; }

    /** The interval xfrmtop was set to when it recorded this tick (ns; 0 when unknown). */
    public long intervalNanos(int tick) { return interval[tick]; }

    /** A warning for the user (the recording was cut short), or "". */
    public String notice() { return notice; }

    /** Number of segments (for tests and figures). */
    int segments() { return segments.size(); }

    /** The last checkpoint at or before a tick. */
    Checkpoint checkpoint(int tick) {
        Checkpoint best = checkpoints.get(0);
        for (Checkpoint c : checkpoints) if (c.tick() <= tick) best = c;
        return best;
    }

    /** A new cursor over this recording's frames (one per thread). */
    public Frames frames() { return new Frames(this); }

    RecordDecoder decoder(Segment s) throws IOException, RecordingException {
        return new RecordDecoder(new LineReader(MemberReader.open(path, gzip, s.member(), s.pos()), s.lineBefore()),
                s.firstTick(), null, sharing);
    }
}
