package xfrmtop.record;

import xfrmtop.sample.Sample;
import xfrmtop.source.HostInfo;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * -w/--record: appends every sample to a file. The sampler thread only queues the (immutable) sample; a writer thread
 * of its own encodes, compresses and writes it, so a slow disk never delays sampling or the screen. Each tick is
 * flushed to the file (not fsync'ed: a killed process loses at most the tick in flight; a power cut may lose what the
 * kernel had not written). If the queue is full (the disk stalled for minutes) samples are dropped and counted.
 */
public final class Recorder implements AutoCloseable {
    private static final int QUEUE = 256;
    private static final Object END = new Object();

    private record Item(Sample sample, long intervalNanos) {}

    private final Path path;
    private final RecordingWriter writer;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread thread;
    private final Thread hook;
    private volatile String failure;
    private volatile long dropped, ticks;
    private volatile boolean closed;

    private Recorder(Path path, RecordingWriter writer) {
        this.path = path;
        this.writer = writer;
        this.thread = new Thread(this::loop, "xfrmtop-recorder");
        thread.setDaemon(true);
        this.hook = new Thread(this::close, "xfrmtop-recorder-close");
    }

    /** Creates (or truncates) the file and starts the writer thread. */
    public static Recorder open(Path path, HostInfo host) throws IOException {
        Recorder r = new Recorder(path, new RecordingWriter(new FileOutputStream(path.toFile()), host, version()));
        r.thread.start();
        Runtime.getRuntime().addShutdownHook(r.hook);   // SIGTERM in the TUI: end the last segment properly
        return r;
    }

    /** Queues a sample (sampler thread); never blocks. */
    public void accept(Sample s, long intervalNanos) {
        if (closed || failure != null) return;
        if (!queue.offer(new Item(s, intervalNanos))) dropped++;
    }

    private void loop() {
        try {
            while (true) {
                Object o = queue.take();
                if (o == END) break;
                if (failure != null) continue;
                Item it = (Item) o;
                try {
                    writer.write(it.sample(), it.intervalNanos());
                    ticks++;
                } catch (IOException | RuntimeException e) {
                    failure = "recording to " + path + " stopped: " + e.getMessage();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                writer.close();
            } catch (IOException e) {
                if (failure == null) failure = "recording to " + path + " not closed properly: " + e.getMessage();
            }
        }
    }

    /** Null while all is well; else what went wrong (the recording stopped there). */
    public String failure() { return failure; }

    /** Samples dropped because the disk did not keep up. */
    public long dropped() { return dropped; }

    /** For the header: "REC file 12 KiB", or why recording stopped. */
    public String status() {
        if (failure != null) return "REC FAILED";
        long kib = (writer.bytesWritten() + 1023) / 1024;
        return "REC " + path.getFileName() + " " + kib + " KiB" + (dropped > 0 ? " (" + dropped + " dropped)" : "");
    }

    public long ticksWritten() { return ticks; }

    /** Writes what is queued, ends the last segment and closes the file. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) return;
            closed = true;
        }
        try {
            if (Thread.currentThread() != hook) Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs (or ran) close itself
        }
        try {
            while (!queue.offer(END, 1, TimeUnit.SECONDS)) {
                if (!thread.isAlive()) return;
            }
            thread.join(5000);                 // a stuck disk must not hang the exit forever
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String version() {
        Properties p = new Properties();
        try (InputStream in = Recorder.class.getResourceAsStream("/xfrmtop/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException ignored) {
            // "unknown" below
        }
        return p.getProperty("version", "unknown");
    }
}
