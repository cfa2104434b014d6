package xfrmtop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launcher's class-data archive fits one build of the JVM. After a JDK update the JVM rejects it without a word
 * and then shares no classes at all, not even the JDK's own (a start took 162 ms instead of 74, and 132 with no
 * archive). When the launcher passed an archive (-Dxfrmtop.cds=PATH) and the JVM says it is not sharing, the archive
 * is removed, so that the next start makes one for this JVM. Where it cannot be removed (the Debian package's, for a
 * user who is not root), the package's trigger on /usr/lib/jvm makes a new one.
 */
final class StaleArchive {
    private StaleArchive() {}

    static void check() {
        String jsa = System.getProperty("xfrmtop.cds", "");
        if (!jsa.endsWith(".jsa") || System.getProperty("java.vm.info", "").contains("sharing")) return;
        try {
            Files.deleteIfExists(Path.of(jsa));
            Files.deleteIfExists(Path.of(jsa + ".jar"));
        } catch (IOException | RuntimeException e) {
            // not ours to remove (read-only, another owner): this start and the next run without sharing
        }
    }
}
