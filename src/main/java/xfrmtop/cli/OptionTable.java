package xfrmtop.cli;

import picocli.CommandLine.Model.OptionSpec;
import xfrmtop.alert.Alert;
import xfrmtop.config.ListenAddress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Every option of the command line as a row of data: picocli's option model (names, label, type, converter, help)
 * and the {@link XfrmtopCommand} field its value goes to. A table rather than annotations: reading annotations makes
 * the JDK create a proxy class per annotation type at every start (~50 ms before the first frame, and class-data
 * sharing cannot keep them). The help text, the man page and the completion all read this table. Option names are a
 * public contract (scripts use them): extend, never rename.
 */
final class OptionTable {
    private OptionTable() { }

    /** One option: how picocli parses and describes it, and where the value goes after parsing. */
    static final class Opt {
        final OptionSpec.Builder spec;
        final BiConsumer<XfrmtopCommand, Object> into;

        Opt(OptionSpec.Builder spec, BiConsumer<XfrmtopCommand, Object> into) {
            this.spec = spec;
            this.into = into;
        }
    }

    private static Opt opt(OptionSpec.Builder spec, BiConsumer<XfrmtopCommand, Object> into) { return new Opt(spec, into); }

    private static OptionSpec.Builder option(String... names) { return OptionSpec.builder(names); }

    /** A repeatable option collecting values of a type into a list. */
    private static OptionSpec.Builder list(Class<?> type, String... names) {
        return OptionSpec.builder(names).type(List.class).auxiliaryTypes(type);
    }

    private static boolean on(Object v) { return v != null && (Boolean) v; }

    @SuppressWarnings("unchecked")
    private static <T> List<T> listOf(Object v) { return v == null ? new ArrayList<>() : new ArrayList<>((List<T>) v); }

    static final List<Opt> OPTIONS = List.of(
        opt(option("-d", "--interval").paramLabel("SECONDS").defaultValue("1").type(long.class)
                .converters(new IntervalConverter())
                .description("refresh interval in seconds, 0.2 to 3600, fractions allowed (default: ${DEFAULT-VALUE})"),
            (c, v) -> c.intervalNanos = (Long) v),
        opt(option("-b", "--batch").type(boolean.class)
                .description("no TUI: print a table (or a JSON line) per tick to stdout"),
            (c, v) -> c.batch = on(v)),
        opt(option("-n", "--count").paramLabel("N").type(long.class)
                .description("stop after N ticks (default: run until interrupted)"),
            (c, v) -> c.count = v == null ? 0 : (Long) v),
        opt(option("--format").paramLabel("text|json").defaultValue("text").type(String.class)
                .description("batch output format: text (a table per tick) or json (one object per line per tick)"),
            (c, v) -> c.format = (String) v),
        opt(option("--no-color").type(boolean.class)
                .description("no colours in the TUI (also when NO_COLOR is set)"),
            (c, v) -> c.noColor = on(v)),
        opt(list(String.class, "-i", "--interface").paramLabel("NAME")
                .description("NIC pane: watch this interface's ethtool -S counters (repeatable), all of them unless"
                        + " --nic-filter is given (default: interfaces whose driver has an IPsec table, or whose counter"
                        + " names mention ipsec, xfrm or esp)"),
            (c, v) -> c.interfaces = listOf(v)),
        opt(option("--nic-filter").paramLabel("REGEX").type(String.class)
                .description("NIC pane: show the counters whose names match REGEX (Java regex, found anywhere in the"
                        + " name; default: the driver table's IPsec counters and names containing ipsec, xfrm or esp)"),
            (c, v) -> c.nicFilter = (String) v),
        opt(option("-w", "--record").paramLabel("FILE").type(Path.class).converters(new PathConverter())
                .description("append every sample to FILE (gzip, format in the README), flushed each tick"),
            (c, v) -> c.record = (Path) v),
        opt(option("-r", "--replay").paramLabel("FILE").type(Path.class).converters(new PathConverter())
                .description("show a recording instead of the live counters (TUI: pause, step, seek; with -b: print it)"),
            (c, v) -> c.replay = (Path) v),
        opt(list(Alert.class, "--alert").paramLabel("EXPR").converters(new AlertConverter())
                .description("trip when a counter meets a condition, e.g. 'rate(XfrmInNoStates)>0',",
                        "'nic:ipsec_rx_drop_pkts>100' (grammar in the README); repeatable. Batch mode exits 3",
                        "after its last tick when any alert tripped"),
            (c, v) -> c.alerts = listOf(v)),
        opt(option("--alert-exit-first").type(boolean.class)
                .description("batch mode: end the run (exit 3) at the first alert that trips"),
            (c, v) -> c.alertExitFirst = on(v)),
        opt(list(String.class, "-N", "--netns").paramLabel("NAME")
                .description("watch this named network namespace (/run/netns/NAME, as ip netns list shows it) instead of "
                        + "the one xfrmtop runs in; repeat for several (needs CAP_SYS_ADMIN)"),
            (c, v) -> c.netnsNames = listOf(v)),
        opt(list(Path.class, "--netns-path").paramLabel("FILE").converters(new PathConverter())
                .description("watch the network namespace of a namespace file, e.g. /proc/PID/ns/net; repeatable"),
            (c, v) -> c.netnsPaths = listOf(v)),
        opt(option("-A", "--all-netns").type(boolean.class)
                .description("watch the namespace xfrmtop runs in plus every named one, including those created while it runs"),
            (c, v) -> c.allNetns = on(v)),
        opt(option("--listen").paramLabel("[ADDR:]PORT").type(ListenAddress.class).converters(new ListenConverter())
                .description("serve the counters for Prometheus at http://ADDR:PORT/metrics, alongside the TUI or --batch, "
                        + "or alone with --quiet; ADDR is 127.0.0.1 unless given (0.0.0.0 or [::] for every address, "
                        + "[::1]:PORT for IPv6)"),
            (c, v) -> c.listen = (ListenAddress) v),
        opt(option("--quiet").type(boolean.class)
                .description("with --listen: no TUI and no output at all, only the /metrics endpoint "
                        + "(the mode of the systemd unit); runs until SIGTERM or SIGINT"),
            (c, v) -> c.quiet = on(v)),
        opt(option("--max-sa-series").paramLabel("N").defaultValue("1000").type(int.class)
                .description("with --listen: export at most N per-SA series (5 per SA); SAs beyond the limit are left out "
                        + "and counted in xfrmtop_sa_series_dropped (default: ${DEFAULT-VALUE})"),
            (c, v) -> c.maxSaSeries = (Integer) v),
        opt(option("--proc-root").hidden(true).paramLabel("DIR").defaultValue("${env:XFRMTOP_PROC_ROOT:-/proc}")
                .type(Path.class).converters(new PathConverter()).description("read /proc from DIR (tests use fixtures)"),
            (c, v) -> c.procRoot = (Path) v),
        opt(option("--cds-training").hidden(true).type(boolean.class)
                .description("load the classes of a session without a terminal (the launcher archives them for fast starts)"),
            (c, v) -> c.cdsTraining = on(v)));

    /** picocli's -h and -V, which mixinStandardHelpOptions would read from an annotated class: the same two, as data. */
    static List<OptionSpec> standardHelp() {
        return List.of(option("-h", "--help").usageHelp(true).type(boolean.class)
                        .description("Show this help message and exit.").build(),
                option("-V", "--version").versionHelp(true).type(boolean.class)
                        .description("Print version information and exit.").build());
    }
}
