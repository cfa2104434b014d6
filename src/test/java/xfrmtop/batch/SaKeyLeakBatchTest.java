package xfrmtop.batch;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Frame;
import xfrmtop.source.HostInfo;
import xfrmtop.source.SaScene;
import xfrmtop.sys.DumpBuilder;
import xfrmtop.sys.KeyForms;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("fast")
class SaKeyLeakBatchTest {
    static final String KEY = "5e11a9c0ffee0123456789abcdef0123456789abcdef0123456789abcdef0a1b";

    @Test
    void batchLinesCarryAlgorithmNamesButNoKeyByte() {
        Frame f = SaScene.scene(KEY);
        HostInfo h = new HostInfo("gw1", "6.1.0-test", "host");
        List<Section> sections = List.of(new XfrmStatSection(), new SaSection(), new PolicySection());
        StringBuilder json = new StringBuilder(), text = new StringBuilder();
        new JsonWriter(h, sections).write(f, json);
        new TextWriter(h, sections).write(f, text);
        byte[] key = DumpBuilder.hex(KEY);
        KeyForms.assertAbsent("JSON", json.toString(), key);
        KeyForms.assertAbsent("text", text.toString(), key);
        assertTrue(json.toString().contains("\"auth\":\"hmac(sha256) 256/128\""), json.toString());
        assertTrue(json.toString().contains("\"aead\":\"rfc4106(gcm(aes)) 160/128\""), json.toString());
    }
}
