package xfrmtop.doc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The project version as the build wrote it into version.properties. */
final class Version {
    private Version() {}

    static String current() { return props().getProperty("version", "unknown"); }

    /** Release date of this version (pom property xfrmtop.date), for the man page header. */
    static String date() { return props().getProperty("date", "unknown"); }

    private static Properties props() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/xfrmtop/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
