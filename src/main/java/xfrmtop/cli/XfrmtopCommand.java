package xfrmtop.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import xfrmtop.app.App;
import xfrmtop.config.Config;
import xfrmtop.config.NetnsSelection;
import xfrmtop.config.ExportConfig;
import xfrmtop.config.ListenAddress;
import xfrmtop.config.OutputFormat;

import xfrmtop.alert.Alert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The command line: options become one immutable {@link Config}; the app package does the rest. Option names are a
 * public contract (scripts use them): extend, never rename. The options are a table ({@link #OPTIONS}: picocli's
 * option model built as data, each row with the field its value goes to) rather than annotations: reading
 * annotations makes the JDK create a proxy class per annotation type at every start (~50 ms before the first frame,
 * and class-data sharing cannot keep them); the help text, the man page and the completion read the same table.
 */
public final class XfrmtopCommand implements Callable<Integer> {

    /** One option: how picocli parses and describes it, and where the value goes after parsing. */
    private static final class Opt {
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

    private static final List<Opt> OPTIONS = List.of(
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
        opt(option("-w", "--record").paramLabel("FILE").type(Path.class)
                .description("append every sample to FILE (gzip, format in the README), flushed each tick"),
            (c, v) -> c.record = (Path) v),
        opt(option("-r", "--replay").paramLabel("FILE").type(Path.class)
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
        opt(list(Path.class, "--netns-path").paramLabel("FILE")
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
                .type(Path.class).description("read /proc from DIR (tests use fixtures)"),
            (c, v) -> c.procRoot = (Path) v),
        opt(option("--cds-training").hidden(true).type(boolean.class)
                .description("load the classes of a session without a terminal (the launcher archives them for fast starts)"),
            (c, v) -> c.cdsTraining = on(v)));

    long intervalNanos;
    boolean batch;
    long count;
    String format;
    boolean noColor;
    List<String> interfaces = new ArrayList<>();
    String nicFilter;
    Path record;
    Path replay;
    List<Alert> alerts = new ArrayList<>();
    boolean alertExitFirst;
    List<String> netnsNames = new ArrayList<>();
    List<Path> netnsPaths = new ArrayList<>();
    boolean allNetns;
    ListenAddress listen;
    boolean quiet;
    int maxSaSeries;
    Path procRoot;
    boolean cdsTraining;

    private CommandSpec spec;
    private final List<OptionSpec> options = new ArrayList<>();

    /** The command's model: usage text, exit statuses and every option (the man page and completion read it). */
    public static CommandSpec spec() { return new XfrmtopCommand().build(); }

    private CommandSpec build() {
        spec = CommandSpec.wrapWithoutInspection(this).name("xfrmtop").versionProvider(new VersionProvider());
        spec.usageMessage().sortOptions(false).autoWidth(true)
                .description("Live per-second rates of the Linux IPsec (XFRM) drop counters of /proc/net/xfrm_stat",
                        "and of NIC IPsec offload counters (ethtool -S), sortable, with colour on what moves, in one",
                        "network namespace, several or all of them. Press h in the TUI for keys.")
                .exitCodeListHeading("%nExit status:%n")
                .exitCodeList(CommandLine.Model.UsageMessageSpec.keyValuesMap("0:normal end",
                        "1:runtime failure (e.g. no /proc/net/xfrm_stat in batch mode, no terminal, a bad recording)",
                        "2:usage error (bad option or value, bad --alert expression, no such interface, --listen address "
                                + "in use or not bindable)",
                        "3:batch mode: an --alert tripped"));
        for (Opt o : OPTIONS) {
            OptionSpec os = o.spec.build();
            options.add(os);
            spec.addOption(os);
        }
        // picocli's mixinStandardHelpOptions reads an annotated class: the same two options, as data
        spec.addOption(option("-h", "--help").usageHelp(true).type(boolean.class)
                .description("Show this help message and exit.").build());
        spec.addOption(option("-V", "--version").versionHelp(true).type(boolean.class)
                .description("Print version information and exit.").build());
        return spec;
    }

    /** Puts the parsed values into the fields (before anything reads them). */
    private void take() {
        for (int i = 0; i < OPTIONS.size(); i++) OPTIONS.get(i).into.accept(this, options.get(i).getValue());
    }

    /** Runs the command line and returns the exit status. */
    public static int run(String... args) {
        return new CommandLine(spec()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public Integer call() {
        take();
        return App.run(toConfig());
    }

    Config toConfig() {
        OutputFormat fmt = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "text" -> OutputFormat.TEXT;
            case "json" -> OutputFormat.JSON;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be text or json, not '" + format + "'");
        };
        if (count < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--count must be 0 or more");
        if (replay != null && record != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--record and --replay cannot be combined");
        }
        if (replay != null && spec.commandLine().getParseResult().hasMatchedOption("--interval")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--interval does not apply to --replay: a recording keeps its own timing");
        }
        if (alertExitFirst && (!batch || alerts.isEmpty())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--alert-exit-first needs --batch and an --alert");
        }
        String noColorEnv = System.getenv("NO_COLOR");
        boolean color = !noColor && (noColorEnv == null || noColorEnv.isEmpty());
        return new Config(intervalNanos, batch, count, fmt, color, procRoot, cdsTraining, record, replay, alerts,
                alertExitFirst, netns(), checkedInterfaces(), checkedNicFilter(),
                exportConfig());
    }

    /** Validates -N names and --netns-path files (stat only: nothing is opened before they all pass). */
    private NetnsSelection netns() {
        for (String n : netnsNames) {
            String p = NetnsNames.problem(n, NetnsSelection.RUN_DIR);
            if (p != null) throw new CommandLine.ParameterException(spec.commandLine(), "--netns: " + p);
        }
        for (Path f : netnsPaths) {
            String p = NetnsNames.pathProblem(f);
            if (p != null) throw new CommandLine.ParameterException(spec.commandLine(), "--netns-path: " + p);
        }
        return new NetnsSelection(netnsNames, netnsPaths, allNetns);
    }

    private List<String> checkedInterfaces() {
        List<String> present = null;
        List<String> out = new ArrayList<>();
        for (String name : interfaces) {
            String problem = InterfaceNames.syntaxProblem(name);
            if (problem != null) throw new CommandLine.ParameterException(spec.commandLine(), "-i: " + problem);
            if (present == null) present = InterfaceNames.present(procRoot.resolve("net"));
            // only where the start namespace alone is watched: other namespaces cannot be looked into from here
            if (!watchesOtherNamespaces() && !present.isEmpty() && !present.contains(name)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "-i " + name
                        + ": no such interface (here: " + String.join(", ", present) + ")");
            }
            if (!out.contains(name)) out.add(name);
        }
        return out;
    }

    private String checkedNicFilter() {
        if (nicFilter == null) return null;
        try {
            Pattern.compile(nicFilter);
            return nicFilter;
        } catch (PatternSyntaxException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--nic-filter: not a regular expression: " + e.getDescription() + " in '" + nicFilter + "'");
        }
    }

    private boolean watchesOtherNamespaces() { return allNetns || !netnsNames.isEmpty() || !netnsPaths.isEmpty(); }

    /** --listen, --quiet and --max-sa-series; null without --listen. */
    private ExportConfig exportConfig() {
        if (maxSaSeries < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--max-sa-series must be 0 or more");
        if (quiet && listen == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--quiet needs --listen (it only serves /metrics)");
        }
        if (quiet && batch) throw new CommandLine.ParameterException(spec.commandLine(), "--quiet and --batch exclude each other");
        if (listen != null && replay != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--listen serves the live counters; it cannot be combined with --replay");
        }
        return listen == null ? null : new ExportConfig(listen, quiet, maxSaSeries);
    }
}
