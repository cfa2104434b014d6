package xfrmtop.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** --version: version and git commit (written into the jar at build time) and the Java runtime. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/xfrmtop/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException ignored) {
            // fall back to "unknown" below
        }
        return new String[] {
            "xfrmtop " + p.getProperty("version", "unknown") + " (commit " + p.getProperty("commit", "unknown") + ")",
            "Java " + System.getProperty("java.runtime.version", "?") + " (" + System.getProperty("java.vm.name", "?")
                    + ", " + System.getProperty("java.home", "?") + ")"
        };
    }
}
