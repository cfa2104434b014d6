package xfrmtop.source;

import xfrmtop.sample.Source;

import java.nio.file.Path;
import java.util.List;

/**
 * Builds every source of one network namespace. Called once per namespace, on the thread that reads it (for a
 * watched namespace: its own thread, after it entered the namespace), so sockets and files a source opens in
 * {@code read} belong to that namespace.
 */
@FunctionalInterface
public interface SourceFactory {
    /**
     * @param procNet the namespace's /proc/net as seen from the calling thread (/proc/net for the namespace xfrmtop
     *                started in, /proc/thread-self/net on a namespace thread)
     * @param netns   the namespace's name for group keys ("" = the namespace xfrmtop started in)
     */
    List<Source> create(Path procNet, String netns);
}
