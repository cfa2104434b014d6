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
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The command line: options become one immutable {@link Config}; the app package does the rest. Option names are a
 * public contract (scripts use them): extend, never rename. The options themselves are data, in {@link OptionTable}.
 */
public final class XfrmtopCommand implements Callable<Integer> {

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
        for (OptionTable.Opt o : OptionTable.OPTIONS) {
            OptionSpec os = o.spec.build();
            options.add(os);
            spec.addOption(os);
        }
        for (OptionSpec os : OptionTable.standardHelp()) spec.addOption(os);
        return spec;
    }

    /** Puts the parsed values into the fields (before anything reads them). */
    private void take() {
        List<OptionTable.Opt> table = OptionTable.OPTIONS;
        for (int i = 0; i < table.size(); i++) table.get(i).into.accept(this, options.get(i).getValue());
    }

    /**
     * Built-in converters picocli registers by reflection at every start (java.time, java.sql, Path), none of which an
     * option here uses (Path options have {@link PathConverter}), and its probe for Groovy closures (a class looked up
     * in the jar and not found): together ~12 ms before the first frame.
     */
    private static void skipUnusedPicocliSetUp() {
        System.setProperty("picocli.converters.excludes", "java\\.(sql|time|nio\\.file)\\..*");
        System.setProperty("picocli.disable.closures", "true");
    }

    /** Runs the command line and returns the exit status. */
    public static int run(String... args) {
        skipUnusedPicocliSetUp();
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
