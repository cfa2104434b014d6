package xfrmtop.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** xfrmtop as its own process (the test classpath, no jar needed), with stdout and stderr kept apart. */
final class Run {
    record Result(int exit, String out, String err) {}

    private Run() {}

    static List<String> argv(String... args) {
        List<String> l = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "xfrmtop.Main"));
        l.addAll(List.of(args));
        return l;
    }

    static Process start(Path dir, String... args) throws IOException {
        return new ProcessBuilder(argv(args)).redirectError(dir.resolve("stderr").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    }

    static Result run(Path dir, String... args) throws IOException, InterruptedException {
        Process p = start(dir, args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("xfrmtop did not end: " + String.join(" ", args));
        }
        return new Result(p.exitValue(), out, Files.readString(dir.resolve("stderr")));
    }

    /** A /proc stand-in with a fixed xfrm_stat (6.18 layout) and a host name. */
    static Path procRoot(Path dir) throws IOException {
        Path proc = dir.resolve("proc");
        Files.createDirectories(proc.resolve("net"));
        Files.createDirectories(proc.resolve("sys/kernel"));
        Files.copy(Path.of("src/test/resources/fixtures/xfrm_stat/linux-6.18.txt"), proc.resolve("net/xfrm_stat"));
        Files.writeString(proc.resolve("sys/kernel/hostname"), "fixture-gw\n");
        Files.writeString(proc.resolve("sys/kernel/osrelease"), "6.18.0-fixture\n");
        return proc;
    }
}
