package xfrmtop.sys;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** The ways a key could show up in text: hex (any case, any 6-byte stretch of it), base64, raw bytes, Java's array form. */
public final class KeyForms {
    private KeyForms() {}

    public static List<String> of(byte[] key) {
        List<String> out = new ArrayList<>();
        StringBuilder hex = new StringBuilder();
        for (byte b : key) hex.append(String.format("%02x", b & 0xff));
        for (int i = 0; i + 12 <= hex.length(); i += 2) {
            String part = hex.substring(i, i + 12);
            out.add(part);
            out.add(part.toUpperCase(Locale.ROOT));
        }
        out.add(Base64.getEncoder().encodeToString(key));
        out.add(new String(key, StandardCharsets.ISO_8859_1));
        out.add(Arrays.toString(key));
        return out;
    }

    public static void assertAbsent(String where, String text, byte[] key) {
        for (String form : of(key)) {
            if (text.contains(form)) throw new AssertionError(where + " contains key material (" + form + ")");
        }
    }
}
