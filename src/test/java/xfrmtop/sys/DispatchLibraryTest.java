package xfrmtop.sys;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The training run's copy of JNA's library: written whole, once, only where nobody else could change it. */
@Tag("fast")
class DispatchLibraryTest {
    @AfterEach
    void clear() { System.clearProperty(DispatchLibrary.DIR_PROPERTY); }

    private static List<Path> kept(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void keepWritesTheJarsLibraryOnceUnderANameOfItsContent(@TempDir Path tmp) throws Exception {
        assumeTrue(System.getProperty("os.arch").equals("amd64"), "SKIPPED: compares with JNA's x86-64 library");
        Path dir = Files.createDirectory(tmp.resolve("own"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        System.setProperty(DispatchLibrary.DIR_PROPERTY, dir.toString());
        DispatchLibrary.keep();
        List<Path> files = kept(dir);
        assertEquals(1, files.size(), files.toString());
        Path lib = files.get(0);
        assertTrue(lib.getFileName().toString().matches("libjnidispatch-[0-9a-f]+\\.so"), lib.toString());
        try (InputStream in = DispatchLibrary.class.getResourceAsStream("/com/sun/jna/linux-x86-64/libjnidispatch.so")) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(lib));
        }
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(lib)));
        assertTrue(DispatchLibrary.trusted(lib));

        long made = Files.getLastModifiedTime(lib).toMillis();
        Thread.sleep(20);
        DispatchLibrary.keep();                                 // kept as it is: no rewrite, no temporary left
        assertEquals(List.of(lib), kept(dir));
        assertEquals(made, Files.getLastModifiedTime(lib).toMillis());
    }

    @Test
    void nothingIsWrittenWhereOthersCouldWriteOrWithoutADirectory(@TempDir Path tmp) throws Exception {
        Path shared = Files.createDirectory(tmp.resolve("shared"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxr-x")));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxr-x"));   // past the umask
        System.setProperty(DispatchLibrary.DIR_PROPERTY, shared.toString());
        DispatchLibrary.keep();
        assertEquals(List.of(), kept(shared));
        assertFalse(DispatchLibrary.trusted(shared));

        System.setProperty(DispatchLibrary.DIR_PROPERTY, tmp.resolve("missing").toString());
        DispatchLibrary.keep();
        assertFalse(Files.exists(tmp.resolve("missing")));
    }

    @Test
    void aCopyOthersCanWriteIsNotTrusted(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("libjnidispatch-0.so"), "x");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertFalse(DispatchLibrary.trusted(f));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(DispatchLibrary.trusted(f));
    }
}
