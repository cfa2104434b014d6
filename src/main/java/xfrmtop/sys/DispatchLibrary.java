package xfrmtop.sys;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * JNA's native library (libjnidispatch) kept in a directory of xfrmtop's own, named by the launcher in the system
 * property {@value #DIR_PROPERTY} (a checkout's target/, the package's /var/lib/xfrmtop). Without it JNA unpacks the
 * library from the jar into ~/.cache/JNA/temp at every start: 134 KB written each time, a file left behind by every
 * run that is killed, and a detour through /tmp where the home directory is read-only. The copy is written once, by
 * the class-data training run after a build or an install; a start only checks it and loads it.
 * The copy's name carries the CRC-32 of the library in the jar, so a JNA upgrade never meets an older copy.
 * A native library runs with xfrmtop's rights (often root): a copy, or a directory, that someone else owns or
 * could write is not used; JNA then does what it does by default.
 */
public final class DispatchLibrary {
    /** The directory the launcher names; unset: JNA's default. */
    public static final String DIR_PROPERTY = "xfrmtop.native.dir";
    private static final Set<PosixFilePermission> OTHERS_WRITE =
            Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private DispatchLibrary() {}

    /** The library in the jar for this machine, or null (not Linux on x86-64 or aarch64: JNA's own way). */
    private static URL inJar() {
        String arch = System.getProperty("os.arch", "");
        String prefix = arch.equals("amd64") || arch.equals("x86_64") ? "linux-x86-64"
                : arch.equals("aarch64") ? "linux-aarch64" : null;
        if (prefix == null || !System.getProperty("os.name", "").equals("Linux")) return null;
        return DispatchLibrary.class.getResource("/com/sun/jna/" + prefix + "/libjnidispatch.so");
    }

    /** "jnidispatch-CRC" for the library in the jar (a name for System.mapLibraryName), or null when unknown. */
    private static String crcName(URL lib) throws IOException {
        URLConnection c = lib.openConnection();
        if (!(c instanceof JarURLConnection jar)) return null;
        c.setUseCaches(false);                 // the connection would otherwise keep the jar open for good
        long crc = jar.getJarEntry().getCrc();
        jar.getJarFile().close();
        return crc < 0 ? null : "jnidispatch-" + Long.toHexString(crc);
    }

    /** The kept copy of the library in the jar: its name for JNA and its directory. */
    private record Copy(URL lib, String name, Path dir) {
        /** For this machine's library, or null when there is no directory or no library to keep. */
        static Copy of() throws IOException {
            String dir = System.getProperty(DIR_PROPERTY);
            URL lib = dir == null ? null : inJar();
            String name = lib == null ? null : crcName(lib);
            return name == null ? null : new Copy(lib, name, Path.of(dir));
        }

        Path file() { return dir.resolve(System.mapLibraryName(name)); }
    }

    /**
     * Before JNA's first use: loads the kept copy when there is one this process may trust, and tells JNA to take
     * it and not to unpack (nor to touch ~/.cache at all). Anything amiss leaves JNA to its default.
     */
    static void useKept() {
        try {
            Copy c = Copy.of();
            if (c == null || !Files.isRegularFile(c.file(), LinkOption.NOFOLLOW_LINKS) || !trusted(c.file())
                    || !trusted(c.dir())) return;
            System.load(c.file().toString());  // the same class loader as JNA's: its own load of the path is a no-op
            System.setProperty("jna.boot.library.path", c.dir().toString());
            System.setProperty("jna.boot.library.name", c.name());
            System.setProperty("jna.nounpack", "true");
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            // unreadable, a noexec mount, a foreign architecture: JNA unpacks its own copy as usual
        }
    }

    /** The training run: writes the kept copy when the directory is set, this process's own and nobody else's. */
    public static void keep() {
        try {
            Copy c = Copy.of();
            if (c == null || !Files.isDirectory(c.dir()) || !trusted(c.dir())) return;
            Path file = c.file();
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && trusted(file)) return;
            Path tmp = Files.createTempFile(c.dir(), ".jnidispatch", ".tmp");
            try (InputStream in = c.lib().openStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                // readable by all whatever the umask: the package's exporter runs as a user of its own
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // a read-only directory: starts go on unpacking, as JNA does by default
        }
    }

    /** Owned by root or by this process's user, and writable by no one else. */
    static boolean trusted(Path p) throws IOException {
        int owner = (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        int self = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        if (owner != 0 && owner != self) return false;
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
        return perms.stream().noneMatch(OTHERS_WRITE::contains);
    }
}
