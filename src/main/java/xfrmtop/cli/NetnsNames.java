package xfrmtop.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks -N names and --netns-path files before anything is opened (only stat(2) is used): a name is a plain file
 * name under /run/netns, and the file must be a namespace (on nsfs, as a bind mount by `ip netns add` is).
 */
final class NetnsNames {
    /** NAME_MAX: the longest file name Linux allows, and so the longest `ip netns add` can create. */
    static final int MAX_LENGTH = 255;
    private static final Path OWN = Path.of("/proc/self/ns/net");

    private NetnsNames() {}

    /** Why a -N name cannot be watched, or null when it names a namespace under dir. */
    static String problem(String name, Path dir) {
        if (name.isEmpty()) return "an empty name is not a network namespace";
        if (name.length() > MAX_LENGTH) return "name longer than " + MAX_LENGTH + " characters";
        if (hasControl(name)) return "the name contains a control character";
        if (name.indexOf('/') >= 0) {
            return "'" + printable(name) + "' contains '/': give a name as `ip netns list` shows it, or use --netns-path FILE";
        }
        if (name.contains("..") || name.equals(".")) return "'" + printable(name) + "' is not a namespace name ('.' and '..' are refused)";
        Path file = dir.resolve(name);
        if (Files.notExists(file)) {
            return "no network namespace '" + name + "' in " + dir + " (`ip netns list` shows the names)";
        }
        return namespaceProblem(file);
    }

    /** Why a --netns-path file cannot be watched, or null when it is a namespace file. */
    static String pathProblem(Path file) {
        String s = file.toString();
        if (s.isEmpty()) return "an empty path";
        if (hasControl(s)) return "the path contains a control character";
        return namespaceProblem(file);
    }

    /** A namespace file lives on nsfs, the file system /proc/self/ns/net resolves to. */
    private static String namespaceProblem(Path file) {
        try {
            Object dev = Files.getAttribute(file, "unix:dev");
            if (!Files.getAttribute(OWN, "unix:dev").equals(dev)) {
                return file + " is not a namespace file (not bound by `ip netns add`, or being deleted)";
            }
            return null;
        } catch (NoSuchFileException e) {
            return file + " does not exist";
        } catch (AccessDeniedException e) {
            return file + ": permission denied (needs root with ptrace access to that process)";
        } catch (IOException | RuntimeException e) {
            return "cannot stat " + file + ": " + e;
        }
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < ' ' || s.charAt(i) == 127) return true;
        return false;
    }

    private static String printable(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
