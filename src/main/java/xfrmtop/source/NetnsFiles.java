package xfrmtop.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finding and identifying network namespaces by stat(2) alone (no open, no native code): a namespace is identified
 * by (st_dev, st_ino) of its nsfs inode, as `ip netns identify` does; /run/netns lists the named ones.
 */
final class NetnsFiles {
    /** A namespace's identity. The inode also serves as the groups' epoch: a recreated namespace gets a new one. */
    record Id(long dev, long ino) {}

    private NetnsFiles() {}

    /** The identity of the namespace behind a file, or null when the file is gone or not readable. */
    static Id id(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:dev,ino");
            return new Id(((Number) a.get("dev")).longValue(), ((Number) a.get("ino")).longValue());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The named namespaces in dir (name to identity, sorted by name): entries whose inode lives on nsfs, the
     * file system of nsfsProbe. A plain file left by a failed `ip netns add` is skipped; a missing dir lists nothing.
     */
    static Map<String, Id> list(Path dir, long nsfsDev) {
        Map<String, Id> out = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                Id id = id(p);
                if (id != null && id.dev() == nsfsDev) out.put(p.getFileName().toString(), id);
            }
        } catch (IOException | RuntimeException e) {
            // no /run/netns yet: no named namespaces
        }
        return out;
    }
}
