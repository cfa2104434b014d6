package xfrmtop.bench;

import xfrmtop.alert.Alerts;
import xfrmtop.alert.Tripwire;
import xfrmtop.config.Config;
import xfrmtop.config.NetnsSelection;
import xfrmtop.config.OutputFormat;
import xfrmtop.feed.LiveFeed;
import xfrmtop.knowledge.NicTables;
import xfrmtop.sample.SampleBuilder;
import xfrmtop.sample.Source;
import xfrmtop.source.BusyNics;
import xfrmtop.source.HostInfo;
import xfrmtop.source.NicSource;
import xfrmtop.source.XfrmGroups;
import xfrmtop.source.XfrmStatSource;
import xfrmtop.sys.SaDumpFeed;
import xfrmtop.tui.TuiApp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The real TUI, sampler and calculator on a gateway this machine cannot have: the kernel's xfrm_stat, plus N NICs of
 * 2,500 stats each served through the NIC source's device interface (recorded ConnectX counters, a seventh moving
 * each read) and an SA dump of N SAs as netlink bytes through the real parser, every tick. For the whole-process
 * benchmark (bench/gateway.sh runs it with the launcher's JVM line).
 * Usage: GatewayTui [--sas N] [--nics N] [--stats N] [-d SECONDS]
 */
public final class GatewayTui {
    private GatewayTui() {}

    public static void main(String[] args) {
        int sas = 10_000, nics = 8, stats = 2500;
        long interval = 1_000_000_000L;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--sas" -> sas = Integer.parseInt(args[i + 1]);
                case "--nics" -> nics = Integer.parseInt(args[i + 1]);
                case "--stats" -> stats = Integer.parseInt(args[i + 1]);
                case "-d" -> interval = (long) (Double.parseDouble(args[i + 1]) * 1e9);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        BusyNics devices = new BusyNics(nics, stats, true);
        Pattern ipsec = Pattern.compile(NicTables.IPSEC_NAME_REGEX);
        List<Source> sources = new ArrayList<>();
        sources.add(new XfrmStatSource(Path.of("/proc/net"), ""));
        sources.add(new NicSource(devices, "", devices.names(), n -> ipsec.matcher(n).find()));
        if (sas > 0) sources.add(saSource(new SaDumpFeed(sas)));
        Config c = new Config(interval, false, 0, OutputFormat.TEXT, true, Path.of("/proc"), false, null, null,
                List.of(), false, new NetnsSelection(List.of(), List.of(), false), devices.names(), null, null);
        Tripwire tripwire = new Tripwire(new Alerts(List.of()));
        HostInfo host = HostInfo.read(Path.of("/proc"));
        System.exit(TuiApp.run(c, host, new LiveFeed(sources, interval, 0, null, tripwire), tripwire, ""));
    }

    private static Source saSource(SaDumpFeed feed) {
        XfrmGroups groups = new XfrmGroups("", i -> "eth" + i);
        return new Source() {
            @Override public String name() { return "xfrm netlink (synthetic)"; }

            @Override
            public void read(SampleBuilder out) { groups.add(out, System.nanoTime(), feed.sas(), feed.policies()); }
        };
    }
}
