package xfrmtop.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Interface names from /proc/net/dev (relative to a proc-net directory, /proc/thread-self/net in a namespace: it
 * lists the interfaces of the reading thread's namespace, where /sys/class/net shows the mounter's). The file is
 * opened afresh each time, so the namespace is the caller's at that moment.
 */
final class NetDevList {
    private final Path file;
    private byte[] buf = new byte[8192];

    NetDevList(Path procNet) { this.file = procNet.resolve("dev"); }

    List<String> names() throws IOException {
        int len = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf, len, buf.length - len)) > 0) {
                len += n;
                if (len == buf.length) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
        }
        return parse(buf, len);
    }

    /** Each line after the two heading lines is "  NAME: counters..."; names have no ':' or blanks. */
    static List<String> parse(byte[] b, int len) {
        List<String> out = new ArrayList<>();
        int line = 0, pos = 0;
        while (pos < len) {
            int eol = pos;
            while (eol < len && b[eol] != '\n') eol++;
            if (line++ >= 2) {
                int s = pos;
                while (s < eol && b[s] == ' ') s++;
                int c = s;
                while (c < eol && b[c] != ':') c++;
                if (c < eol && c > s) out.add(new String(b, s, c - s, StandardCharsets.UTF_8));
            }
            pos = eol + 1;
        }
        return out;
    }
}
