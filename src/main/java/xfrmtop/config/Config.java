package xfrmtop.config;

import java.nio.file.Path;

/**
 * Everything the command line decided, immutable. Built by the cli package, read by the app package.
 *
 * @param intervalNanos refresh interval (0.2 s .. 1 h)
 * @param batch         no TUI: print a table (or JSON line) per tick
 * @param count         stop after this many ticks; 0 = until interrupted
 * @param format        batch output format
 * @param color         colours in the TUI (off with --no-color or the NO_COLOR environment variable)
 * @param procRoot      where /proc is (tests point this at fixtures)
 * @param cdsTraining   run the class-loading training for the launcher's class-data-sharing archive
 */
public record Config(long intervalNanos, boolean batch, long count, OutputFormat format, boolean color, Path procRoot,
                     boolean cdsTraining) {

    public Path procNet() { return procRoot.resolve("net"); }
}
