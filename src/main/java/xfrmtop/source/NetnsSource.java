package xfrmtop.source;

import xfrmtop.config.NetnsSelection;
import xfrmtop.sample.Event;
import xfrmtop.sample.Group;
import xfrmtop.sample.GroupKey;
import xfrmtop.sample.Health;
import xfrmtop.sample.Sample;
import xfrmtop.sample.SampleBuilder;
import xfrmtop.sample.Source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every watched network namespace but the one xfrmtop started in, each read by its own {@link NetnsWorker} thread.
 * Each tick it re-checks which namespaces exist (stat of each file; with -A a fresh listing of /run/netns), asks all
 * workers to read at once and collects what arrives before a deadline, so one slow namespace greys out its own rows
 * instead of holding up the tick. A namespace whose file vanished goes stale, then gone; with -A it is then dropped
 * (and new ones are picked up), an explicitly named one stays listed as gone until it comes back. A file that now
 * names another namespace (deleted and re-added) gets a new worker and restarts from "no data".
 */
public final class NetnsSource implements Source {
    /** How long a worker that never answered may take: its first read enters the namespace and loads JNA. */
    static final long FIRST_READ_NS = 3_000_000_000L;

    private final NetnsSelection selection;
    private final Path procRoot;
    private final SourceFactory factory;
    private final long timeoutNanos;
    private final NetnsFiles.Id start;
    private final Map<String, Watched> watched = new LinkedHashMap<>();

    /** A namespace being watched: its file, the identity its worker entered and what it delivered last. */
    private static final class Watched {
        final String name;
        final Path file;
        final boolean explicit;      // named on the command line (kept as gone) rather than found by -A
        NetnsFiles.Id id;
        NetnsWorker worker;
        List<GroupKey> keys = List.of();
        int missingTicks;

        Watched(String name, Path file, boolean explicit) {
            this.name = name;
            this.file = file;
            this.explicit = explicit;
        }
    }

    /** @param timeoutNanos how long a tick waits for the namespaces' reads before marking the late ones stale */
    public NetnsSource(NetnsSelection selection, Path procRoot, SourceFactory factory, long timeoutNanos) {
        this.selection = selection;
        this.procRoot = procRoot;
        this.factory = factory;
        this.timeoutNanos = timeoutNanos;
        this.start = NetnsFiles.id(procRoot.resolve("self/ns/net"));
        for (String n : selection.names()) watched.putIfAbsent(n, new Watched(n, NetnsSelection.RUN_DIR.resolve(n), true));
        for (Path p : selection.paths()) watched.putIfAbsent(p.toString(), new Watched(p.toString(), p, true));
    }

    @Override public String name() { return "netns"; }

    @Override
    public void read(SampleBuilder out) {
        long now = System.nanoTime();
        Map<String, NetnsFiles.Id> present = rescan();
        Set<NetnsFiles.Id> taken = new HashSet<>();
        if (selection.all() && start != null) taken.add(start);   // read as "" on the sampler thread
        List<Watched> live = new ArrayList<>();
        for (Iterator<Watched> it = watched.values().iterator(); it.hasNext(); ) {
            Watched w = it.next();
            NetnsFiles.Id id = present.get(w.name);
            if (id != null && !taken.add(id)) continue;            // the same namespace under a second name
            if (id == null) {
                if (!missing(w, now, out)) it.remove();
                continue;
            }
            if (w.worker == null || !id.equals(w.id)) {           // new, back, or recreated under the same name
                if (w.worker != null) w.worker.close();
                w.worker = new NetnsWorker(w.name, w.file, procRoot, factory);
                w.id = id;
            }
            w.missingTicks = 0;
            w.worker.request();
            live.add(w);
        }
        for (Watched w : live) collect(w, now, out);
    }

    /** Identity of every namespace file now: the command line's ones, and with -A a fresh listing of /run/netns. */
    private Map<String, NetnsFiles.Id> rescan() {
        Map<String, NetnsFiles.Id> present = new LinkedHashMap<>();
        for (Watched w : watched.values()) if (w.explicit) present.put(w.name, NetnsFiles.id(w.file));
        if (selection.all() && start != null) {
            for (Map.Entry<String, NetnsFiles.Id> e : NetnsFiles.list(NetnsSelection.RUN_DIR, start.dev()).entrySet()) {
                present.putIfAbsent(e.getKey(), e.getValue());
                watched.computeIfAbsent(e.getKey(), n -> new Watched(n, NetnsSelection.RUN_DIR.resolve(n), false));
            }
        }
        return present;
    }

    private void collect(Watched w, long now, SampleBuilder out) {
        long wait = w.worker.answered() ? timeoutNanos : FIRST_READ_NS;
        Sample read = w.worker.await(now + wait);
        if (read == null) {
            mark(w, now, Health.STALE, "no answer within " + wait / 1_000_000 + " ms", out);
            return;
        }
        List<GroupKey> keys = new ArrayList<>(read.groups().size());
        for (Group g : read.groups()) {
            out.add(g);
            keys.add(g.key());
        }
        for (Event e : read.events()) out.event(e);
        w.keys = keys;
    }

    /**
     * A namespace whose file vanished: stale on the first tick (its thread is let go), gone from the second.
     * @return whether to keep watching it (a namespace found by -A is dropped once it has been shown as gone)
     */
    private boolean missing(Watched w, long now, SampleBuilder out) {
        if (w.worker != null) {
            w.worker.close();
            w.worker = null;
        }
        w.missingTicks++;
        if (w.missingTicks == 1 && w.id != null) {
            mark(w, now, Health.STALE, "namespace deleted? (" + w.file + " is gone)", out);
            return true;
        }
        mark(w, now, Health.GONE, "namespace deleted" + (w.explicit ? "; shown again if it comes back" : ""), out);
        w.keys = List.of(GroupKey.xfrmStat(w.name));   // from now on one row stands for it; SAs, NICs age out
        return w.explicit;
    }

    /** Every group the namespace delivered last (or its xfrm_stat group if none yet), without values. */
    private static void mark(Watched w, long now, Health h, String note, SampleBuilder out) {
        List<GroupKey> keys = w.keys.isEmpty() ? List.of(GroupKey.xfrmStat(w.name)) : w.keys;
        for (GroupKey k : keys) out.add(Group.failed(k, now, h, note));
    }

    @Override
    public void close() {
        for (Watched w : watched.values()) if (w.worker != null) w.worker.close();
    }
}
