package xfrmtop.doc;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The committed completion scripts match the command line. Regenerate: mvn test -Dtest=CompletionTest -Dman.update=true */
@Tag("fast")
class CompletionTest {
    @Test
    void committedScriptsMatchTheCode() throws IOException {
        check(Path.of("completion/xfrmtop.bash"), Completion.bash());
        check(Path.of("completion/_xfrmtop"), Completion.zsh());
    }

    static void check(Path p, String generated) throws IOException {
        if (Boolean.getBoolean("man.update")) Files.writeString(p, generated);
        assertEquals(generated, Files.readString(p), p + " is out of date: mvn test -Dtest=CompletionTest -Dman.update=true");
    }
}
