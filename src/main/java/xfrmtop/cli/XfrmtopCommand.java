package xfrmtop.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The command line: options become one immutable {@link Config}; the app package does the rest. Option names are a
 * public contract (scripts use them): extend, never rename.
 */
@Command(name = "xfrmtop", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Live per-second rates of the Linux IPsec (XFRM) drop counters of /proc/net/xfrm_stat",
                "and of NIC IPsec offload counters (ethtool -S), sortable, with colour on what moves, in one",
                "network namespace, several or all of them. Press h in the TUI for keys."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:normal end",
                "1:runtime failure (e.g. no /proc/net/xfrm_stat in batch mode, no terminal, a bad recording)",
                "2:usage error (bad option or value, bad --alert expression, no such interface, --listen address "
                        + "in use or not bindable)",
                "3:batch mode: an --alert tripped"})
public final class XfrmtopCommand implements Callable<Integer> {

    @Option(names = {"-d", "--interval"}, paramLabel = "SECONDS", defaultValue = "1",
            converter = IntervalConverter.class,
            description = "refresh interval in seconds, 0.2 to 3600, fractions allowed (default: ${DEFAULT-VALUE})")
    long intervalNanos;

    @Option(names = {"-b", "--batch"}, description = "no TUI: print a table (or a JSON line) per tick to stdout")
    boolean batch;

    @Option(names = {"-n", "--count"}, paramLabel = "N", description = "stop after N ticks (default: run until interrupted)")
    long count;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "batch output format: text (a table per tick) or json (one object per line per tick)")
    String format;

    @Option(names = "--no-color", description = "no colours in the TUI (also when NO_COLOR is set)")
    boolean noColor;

    @Option(names = {"-i", "--interface"}, paramLabel = "NAME",
            description = "NIC pane: watch this interface's ethtool -S counters (repeatable), all of them unless"
                    + " --nic-filter is given (default: interfaces whose driver has an IPsec table, or whose counter"
                    + " names mention ipsec, xfrm or esp)")
    List<String> interfaces = new ArrayList<>();

    @Option(names = "--nic-filter", paramLabel = "REGEX",
            description = "NIC pane: show the counters whose names match REGEX (Java regex, found anywhere in the"
                    + " name; default: the driver table's IPsec counters and names containing ipsec, xfrm or esp)")
    String nicFilter;

    @Option(names = {"-w", "--record"}, paramLabel = "FILE",
            description = "append every sample to FILE (gzip, format in the README), flushed each tick")
    Path record;

    @Option(names = {"-r", "--replay"}, paramLabel = "FILE",
            description = "show a recording instead of the live counters (TUI: pause, step, seek; with -b: print it)")
    Path replay;

    @Option(names = "--alert", paramLabel = "EXPR", converter = AlertConverter.class,
            description = {"trip when a counter meets a condition, e.g. 'rate(XfrmInNoStates)>0',",
                    "'nic:ipsec_rx_drop_pkts>100' (grammar in the README); repeatable. Batch mode exits 3",
                    "after its last tick when any alert tripped"})
    List<Alert> alerts = new ArrayList<>();

    @Option(names = "--alert-exit-first", description = "batch mode: end the run (exit 3) at the first alert that trips")
    boolean alertExitFirst;

    @Option(names = {"-N", "--netns"}, paramLabel = "NAME",
            description = "watch this named network namespace (/run/netns/NAME, as ip netns list shows it) instead of "
                    + "the one xfrmtop runs in; repeat for several (needs CAP_SYS_ADMIN)")
    List<String> netnsNames = new ArrayList<>();

    @Option(names = "--netns-path", paramLabel = "FILE",
            description = "watch the network namespace of a namespace file, e.g. /proc/PID/ns/net; repeatable")
    List<Path> netnsPaths = new ArrayList<>();

    @Option(names = {"-A", "--all-netns"},
            description = "watch the namespace xfrmtop runs in plus every named one, including those created while it runs")
    boolean allNetns;

    @Option(names = "--listen", paramLabel = "[ADDR:]PORT", converter = ListenConverter.class,
            description = "serve the counters for Prometheus at http://ADDR:PORT/metrics, alongside the TUI or --batch, "
                    + "or alone with --quiet; ADDR is 127.0.0.1 unless given (0.0.0.0 or [::] for every address, "
                    + "[::1]:PORT for IPv6)")
    ListenAddress listen;

    @Option(names = "--quiet", description = "with --listen: no TUI and no output at all, only the /metrics endpoint "
            + "(the mode of the systemd unit); runs until SIGTERM or SIGINT")
    boolean quiet;

    @Option(names = "--max-sa-series", paramLabel = "N", defaultValue = "1000",
            description = "with --listen: export at most N per-SA series (5 per SA); SAs beyond the limit are left out "
                    + "and counted in xfrmtop_sa_series_dropped (default: ${DEFAULT-VALUE})")
    int maxSaSeries;

    @Option(names = "--proc-root", hidden = true, paramLabel = "DIR", defaultValue = "${env:XFRMTOP_PROC_ROOT:-/proc}",
            description = "read /proc from DIR (tests use fixtures)")
    Path procRoot;

    @Option(names = "--cds-training", hidden = true,
            description = "load the classes of a session without a terminal (the launcher archives them for fast starts)")
    boolean cdsTraining;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the exit status. */
    public static int run(String... args) {
        return new CommandLine(new XfrmtopCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public Integer call() {
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
