package xfrmtop.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks interface names from the command line before anything uses them: the kernel's own rules (1 to 15 bytes,
 * no '/', ':' or whitespace, not "." or "..") and that the interface exists now, in the namespace xfrmtop runs in
 * (from /proc/net/dev, which follows the namespace; /sys/class/net shows the one /sys was mounted in).
 */
final class InterfaceNames {
    static final int IFNAMSIZ = 16;

    private InterfaceNames() {}

    /** null when the name is well-formed, else why not. */
    static String syntaxProblem(String name) {
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0) return "an empty interface name";
        if (bytes >= IFNAMSIZ) return "'" + name + "' is longer than " + (IFNAMSIZ - 1) + " bytes";
        if (name.equals(".") || name.equals("..")) return "'" + name + "' is not an interface name";
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == ':' || Character.isWhitespace(c) || Character.isISOControl(c))
                return "interface names cannot contain '/', ':', blanks or control characters: '" + name + "'";
        }
        return null;
    }

    /** Interface names of the current namespace; empty when /proc/net/dev cannot be read. */
    static List<String> present(Path procNet) {
        List<String> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(procNet.resolve("dev"), StandardCharsets.UTF_8);
            for (int i = 2; i < lines.size(); i++) {
                String l = lines.get(i);
                int c = l.indexOf(':');
                if (c > 0) out.add(l.substring(0, c).trim());
            }
        } catch (IOException | RuntimeException e) {
            // no list: existence cannot be checked here; the NIC pane reports missing interfaces itself
        }
        return out;
    }
}
