package xfrmtop.config;

import xfrmtop.alert.Alert;

import java.nio.file.Path;
import java.util.List;

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
 * @param record        -w: append every sample to this file; null = no recording
 * @param replay        -r: frames come from this recording instead of the kernel; null = live
 * @param alerts        --alert expressions, in command-line order
 * @param alertExitFirst batch: end the run at the first alert that trips
 * @param netns         which network namespaces to watch (-N, --netns-path, -A)
 * @param interfaces    NIC pane: interfaces named with -i (validated); empty = discover offload NICs
 * @param nicFilter     NIC pane: --nic-filter regular expression (validated), or null for the default rule
 * @param export        fleet mode (--listen): the /metrics endpoint; null when not asked for
 */
public record Config(long intervalNanos, boolean batch, long count, OutputFormat format, boolean color, Path procRoot,
                     boolean cdsTraining, Path record, Path replay, List<Alert> alerts, boolean alertExitFirst,
                     NetnsSelection netns, List<String> interfaces, String nicFilter,
                     ExportConfig export) {

    public Config {
        alerts = List.copyOf(alerts);
        interfaces = List.copyOf(interfaces);
    }

    public Path procNet() { return procRoot.resolve("net"); }
}
