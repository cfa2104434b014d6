package xfrmtop.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Static facts for the header and recordings, read once: host name, kernel release and the name of the network
 * namespace xfrmtop runs in (matched by inode against /run/netns, as "ip netns identify" does).
 */
public record HostInfo(String host, String kernel, String netns) {

    public static HostInfo read(Path procRoot) {
        return new HostInfo(firstLine(procRoot.resolve("sys/kernel/hostname"), "?"),
                firstLine(procRoot.resolve("sys/kernel/osrelease"), "?"), netnsName(procRoot));
    }

    static String firstLine(Path p, String fallback) {
        try {
            String s = Files.readString(p).trim();
            return s.isEmpty() ? fallback : s;
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }

    /** "host" when we share PID 1's namespace, the /run/netns name when one matches, else "net:[inode]". */
    static String netnsName(Path procRoot) {
        Object self = inode(procRoot.resolve("self/ns/net"));
        if (self == null) return "?";
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("/run/netns"))) {
            for (Path p : ds) if (self.equals(inode(p))) return p.getFileName().toString();
        } catch (IOException | RuntimeException ignored) {
            // no named namespaces
        }
        Object init = inode(procRoot.resolve("1/ns/net"));
        if (self.equals(init)) return "host";
        try {
            return Files.readSymbolicLink(procRoot.resolve("self/ns/net")).toString();
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static Object inode(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
