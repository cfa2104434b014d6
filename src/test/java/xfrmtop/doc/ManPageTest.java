package xfrmtop.doc;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import xfrmtop.cli.XfrmtopCommand;
import xfrmtop.knowledge.CounterInfo;
import xfrmtop.knowledge.Knowledge;
import xfrmtop.view.Action;
import xfrmtop.view.KeyMap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * man/xfrmtop.1 is generated from the code's tables; this test fails when it is out of date (an option, key, column
 * or counter added without regenerating). Regenerate with: mvn test -Dtest=ManPageTest -Dman.update=true
 */
@Tag("fast")
class ManPageTest {
    static final Path PAGE = Path.of("man/xfrmtop.1");

    @Test
    void committedPageMatchesTheCode() throws IOException {
        String page = ManPage.generate();
        if (Boolean.getBoolean("man.update")) Files.writeString(PAGE, page);
        assertEquals(page, Files.readString(PAGE),
                "man/xfrmtop.1 is out of date: mvn test -Dtest=ManPageTest -Dman.update=true");
    }

    @Test
    void everyOptionKeyAndCounterIsOnThePage() throws IOException {
        String page = Files.readString(PAGE);
        for (CommandLine.Model.OptionSpec o : XfrmtopCommand.spec().options()) {
            if (o.hidden()) continue;
            for (String n : o.names()) assertTrue(page.contains(Roff.b(n)), "option " + n + " missing");
        }
        KeyMap keys = KeyMap.defaults();
        for (Action a : keys.actions()) {
            for (String k : keys.keys(a)) assertTrue(page.contains(Roff.b(k)), "key " + k + " missing");
        }
        KeyMap replay = KeyMap.replay();
        for (Action a : replay.actions()) {
            for (String k : replay.keys(a)) assertTrue(page.contains(Roff.b(k)), "replay key " + k + " missing");
        }
        for (CounterInfo c : Knowledge.xfrmStat().all()) assertTrue(page.contains(Roff.b(c.name())), c.name());
        for (String section : new String[] {"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "KEYS", "PANES", "COUNTERS",
            "DIAGNOSIS", "RECORDINGS", "ALERTS", "JSON OUTPUT", "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES", "SEE ALSO"}) {
            assertTrue(page.contains(".SH " + section + "\n"), "section " + section);
        }
    }
}
