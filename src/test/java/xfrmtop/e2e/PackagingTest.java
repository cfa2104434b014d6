package xfrmtop.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The shipped Prometheus examples: the scrape config and the alerting rules load, and the rules' unit tests pass. */
@Tag("e2e")
class PackagingTest {
    static final Path DIR = Path.of(System.getProperty("xfrmtop.basedir", ".")).toAbsolutePath().resolve("packaging");

    static void promtool(String... args) {
        assumeTrue(Cmd.exists("promtool"), "SKIPPED: needs promtool (Debian's prometheus package)");
        List<String> argv = new java.util.ArrayList<>(List.of("promtool"));
        argv.addAll(List.of(args));
        Cmd.Result r = Cmd.run(argv, 60);
        assertEquals(0, r.exit(), String.join(" ", argv) + ":\n" + r.out());
    }

    @Test
    void exampleScrapeConfigIsValid() { promtool("check", "config", DIR.resolve("prometheus.yml").toString()); }

    @Test
    void alertingRulesLoadAndFireAsTheirTestsSay() {
        promtool("check", "rules", DIR.resolve("xfrmtop-alerts.yml").toString());
        promtool("test", "rules", DIR.resolve("xfrmtop-alerts.test.yml").toString());
    }
}
