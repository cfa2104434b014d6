package xfrmtop.record;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fields compared in place: only plain text can be, since an escaped or UTF-8 field's bytes are not its text. */
@Tag("fast")
class FieldsTest {
    private static Fields line(String raw) {
        Fields f = new Fields();
        byte[] b = raw.getBytes(StandardCharsets.UTF_8);
        f.split(b, b.length, 1);
        return f;
    }

    @Test
    void plainTextComparesInPlace() throws Exception {
        Fields f = line("L\t1\tenc\tcbc(aes) 128");
        assertTrue(f.isText(2, "enc"));
        assertTrue(f.isText(3, "cbc(aes) 128"));
        assertFalse(f.isText(3, "cbc(aes) 256"));
        assertFalse(f.isText(2, "en"));
    }

    @Test
    void anEscapedFieldIsNeverTakenForTheTextItsBytesSpell() throws Exception {
        // the bytes a \ t b spell the label value "a\tb" (backslash, t) of an earlier segment, but mean a TAB b
        Fields f = line("L\t1\tnote\ta\\tb");
        assertFalse(f.isText(3, "a\\tb"));
        assertEquals("a\tb", f.str(3));
    }

    @Test
    void utf8TextIsDecodedNotCompared() throws Exception {
        Fields f = line("L\t1\tdev\té");
        assertFalse(f.isText(3, "é"));
        assertFalse(f.isText(3, "\u00c3\u00a9"), "the UTF-8 bytes of é read as Latin-1 are not é");
        assertEquals("é", f.str(3));
    }
}
