package xfrmtop.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The man page renders without a single warning in both roff implementations (tools installed by the test script). */
@Tag("e2e")
class ManLintTest {
    @Test
    void groffAndMandocAreSilent() {
        assumeTrue(Cmd.exists("groff") && Cmd.exists("mandoc"), "SKIPPED: needs groff and mandoc (dev/install-test-deps.sh)");
        String page = System.getProperty("xfrmtop.basedir", ".") + "/man/xfrmtop.1";
        assertEquals(new Cmd.Result(0, ""), Cmd.run(List.of("groff", "-ww", "-z", "-man", page), 30));
        assertEquals(new Cmd.Result(0, ""), Cmd.run(List.of("mandoc", "-T", "lint", page), 30));
        Cmd.Result man = Cmd.run(List.of("man", "-l", "-Tutf8", page), 30);
        assertEquals(0, man.exit(), man.out());
    }
}
