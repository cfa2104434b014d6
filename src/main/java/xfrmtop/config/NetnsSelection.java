package xfrmtop.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Which network namespaces to watch (-N, --netns-path, -A). Names and paths are validated by the cli package before
 * anything is opened. With none of them, xfrmtop reads the namespace it started in and never loads native code.
 *
 * @param names names under {@link #RUN_DIR}, as `ip netns list` prints them
 * @param paths namespace files such as /proc/PID/ns/net
 * @param all   the namespace xfrmtop started in plus every named one, rescanned each tick
 */
public record NetnsSelection(List<String> names, List<Path> paths, boolean all) {
    /** Where `ip netns add` bind-mounts named namespaces (iproute2's /var/run/netns; /var/run is /run). */
    public static final Path RUN_DIR = Path.of("/run/netns");

    public static final NetnsSelection NONE = new NetnsSelection(List.of(), List.of(), false);

    public NetnsSelection {
        names = List.copyOf(names);
        paths = List.copyOf(paths);
    }

    /** Whether any namespace option was given (and so native code and namespace threads are needed). */
    public boolean any() { return all || !names.isEmpty() || !paths.isEmpty(); }

    /** Whether the namespace xfrmtop started in is among those watched. */
    public boolean includesStart() { return all || !any(); }
}
