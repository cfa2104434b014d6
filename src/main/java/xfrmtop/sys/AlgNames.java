package xfrmtop.sys;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The algorithm names of XFRMA_ALG_* attributes (a NUL-terminated 64-byte field), each String made once: a dump
 * repeats the same few names, so a name seen before is recognised by its bytes up to and including the NUL, as
 * 8-byte words (two or three long compares, 10,000 SAs a tick). Only the name field is read, never the key after it.
 */
final class AlgNames {
    private static final int FIELD = 64, LIMIT = 64;

    private record Known(String name, long[] words) {
        boolean at(ByteBuffer b, int at) {
            for (int i = 0; i < words.length; i++) if (b.getLong(at + 8 * i) != words[i]) return false;
            return true;
        }
    }

    private final List<Known> names = new ArrayList<>();

    /** The name at {@code at}; "?" if it is not printable ASCII. */
    String name(ByteBuffer b, int at) {
        for (int i = 0; i < names.size(); i++) {          // indexed: an iterator is an allocation under C1
            Known k = names.get(i);
            if (k.at(b, at)) return k.name;
        }
        int len = 0;
        while (len < FIELD && b.get(at + len) != 0) {
            int c = b.get(at + len);
            if (c < 0x20 || c > 0x7e) return "?";
            len++;
        }
        char[] cs = new char[len];
        for (int i = 0; i < len; i++) cs[i] = (char) b.get(at + i);
        String n = new String(cs);
        // only names whose words (name and NUL, whatever follows up to the word's end) lie inside the field
        if (names.size() < LIMIT && len < FIELD - 8) {
            long[] words = new long[len / 8 + 1];
            for (int i = 0; i < words.length; i++) words[i] = b.getLong(at + 8 * i);
            names.add(new Known(n, words));
        }
        return n;
    }
}
