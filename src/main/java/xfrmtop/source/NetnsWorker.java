package xfrmtop.source;

import xfrmtop.sample.Event;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Sample;
import xfrmtop.sample.SampleBuilder;
import xfrmtop.sample.Source;
import xfrmtop.sys.Errno;
import xfrmtop.sys.Namespaces;
import xfrmtop.sys.NativeException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One watched network namespace: a platform thread of its own enters the namespace with setns(2) (which moves only
 * the calling thread), builds the namespace's sources there and reads them on request. The thread never serves
 * anything else and ends on {@link #close()}, so no other thread ever runs inside the namespace.
 * Groups come back keyed by the namespace's name, with the namespace inode mixed into the epoch: a namespace
 * recreated under the same name restarts its rates from "no data".
 */
final class NetnsWorker implements AutoCloseable {
    private final String name;
    private final Path file;
    private final Path procRoot;
    private final SourceFactory factory;
    private final Thread thread;

    // Hand-over between the sampler and this worker's thread, guarded by this.
    private boolean requested, busy, closed;
    private Sample result;
    private boolean answered;          // delivered at least once (the first read also loads native code)

    private List<Source> sources;      // worker thread only
    private long inode;                // worker thread only: the namespace entered, 0 before

    NetnsWorker(String name, Path file, Path procRoot, SourceFactory factory) {
        this.name = name;
        this.file = file;
        this.procRoot = procRoot;
        this.factory = factory;
        this.thread = new Thread(this::loop, "xfrmtop-netns-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    String name() { return name; }

    /** Asks for one read. False while the previous read is still running (its result is collected first). */
    synchronized boolean request() {
        if (closed || busy) return false;
        busy = true;
        requested = true;
        notifyAll();
        return true;
    }

    /** Whether a read has been asked for and not collected yet. */
    synchronized boolean busy() { return busy; }

    /** Whether this worker ever answered (before that, a first read may be slow: it loads native code). */
    synchronized boolean answered() { return answered; }

    /** The groups and events of the read in progress, waiting until deadline (System.nanoTime); null if it is not done. */
    synchronized Sample await(long deadline) {
        while (result == null && busy && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return null;
            try {
                wait(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        Sample r = result;
        result = null;
        if (r != null) busy = false;
        return r;
    }

    private void loop() {
        try {
            while (true) {
                synchronized (this) {
                    while (!requested && !closed) wait();
                    if (closed) return;
                    requested = false;
                }
                Sample groups;
                try {
                    groups = readOnce();
                } catch (RuntimeException e) {     // a bug must not leave the sampler waiting for an answer forever
                    groups = failed(System.nanoTime(), "reading the namespace failed: " + e);
                }
                synchronized (this) {
                    result = groups;
                    answered = true;
                    notifyAll();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeSources();
        }
    }

    private Sample failed(long t, String why) {
        return new Sample(0, t, 0, List.of(Group.failed(GroupKey.xfrmStat(name), t, Health.STALE, why)));
    }

    /** Enters the namespace on first use (and again after a failure), then reads every source of it. */
    private Sample readOnce() {
        long t = System.nanoTime();
        if (sources == null) {
            try {
                Namespaces.enterNet(file.toString());
            } catch (IOException | RuntimeException e) {
                return failed(t, "cannot enter the namespace: " + e.getMessage() + hint(e));
            }
            NetnsFiles.Id id = NetnsFiles.id(procRoot.resolve("thread-self/ns/net"));
            inode = id == null ? 0 : id.ino();
            sources = factory.create(procRoot.resolve("thread-self/net"), name);
        }
        SampleBuilder b = new SampleBuilder(0, t, 0);
        for (Source s : sources) {
            try {
                s.read(b);
            } catch (RuntimeException e) {
                // a bug in one source must not silence the others of this namespace
                System.getLogger("xfrmtop").log(System.Logger.Level.DEBUG, "source " + s.name() + " in " + name + " failed", e);
            }
        }
        Sample read = b.build();
        List<Group> out = new ArrayList<>(read.groups().size());
        for (Group g : read.groups()) {
            GroupKey k = g.key().netns().equals(name) ? g.key() : new GroupKey(g.key().kind(), name, g.key().instance());
            out.add(new Group(k, g.monoNanos(), g.names(), g.values(), g.health(), g.note(), epoch(g.epoch()),
                    g.labels()));
        }
        List<Event> events = new ArrayList<>(read.events().size());
        for (Event e : read.events()) {
            events.add(e.netns().equals(name) ? e : new Event(e.wallMillis(), name, e.type(), e.text()));
        }
        return new Sample(0, t, 0, out, events);
    }

    /** The namespace inode combined with the source's own epoch (ifindex, ...): either changing changes it. */
    private long epoch(long inner) { return inode * 1_000_003L + inner; }

    private static String hint(Exception e) {
        int errno = e instanceof NativeException n ? n.errno() : 0;
        return switch (errno) {
            case Errno.EPERM -> "; entering a namespace needs CAP_SYS_ADMIN (root)";
            case Errno.ENOENT -> "; deleted?";
            case Errno.EINVAL -> "; not a network namespace file";
            default -> "";
        };
    }

    private void closeSources() {
        if (sources == null) return;
        for (Source s : sources) {
            try {
                s.close();
            } catch (RuntimeException ignored) {
                // best effort: the thread ends anyway
            }
        }
        sources = null;
    }

    /** Ends the thread; it closes the namespace's sources on its way out (they were opened there). */
    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
