package xfrmtop.bench;

import xfrmtop.knowledge.NicTables;
import xfrmtop.sample.SampleBuilder;
import xfrmtop.sample.Source;
import xfrmtop.source.KernelNicDevices;
import xfrmtop.source.NicSource;
import xfrmtop.source.XfrmSource;
import xfrmtop.source.XfrmStatSource;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What each live source costs per tick on this machine at the real pace (one read per interval, so mostly
 * interpreted, as in the running tool): CPU time of the reading thread per source, mean over the last half of the
 * ticks. Usage (after bench/jmh.sh has built the classes): java -cp ... xfrmtop.bench.SourceCost [TICKS] [INTERVAL_MS]
 */
public final class SourceCost {
    private SourceCost() {}

    public static void main(String[] args) throws Exception {
        int ticks = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long interval = args.length > 1 ? Long.parseLong(args[1]) : 1000;
        Path procNet = Path.of("/proc/net");
        Pattern ipsec = Pattern.compile(NicTables.IPSEC_NAME_REGEX);
        List<Source> sources = List.of(new XfrmStatSource(procNet, ""),
                new NicSource(new KernelNicDevices(procNet, true), "", List.of(), n -> ipsec.matcher(n).find()),
                new XfrmSource("", true));
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpu = new long[sources.size()];
        for (int k = 0; k < ticks; k++) {
            SampleBuilder b = new SampleBuilder(k, System.nanoTime(), System.currentTimeMillis());
            for (int i = 0; i < sources.size(); i++) {
                long t0 = mx.getCurrentThreadCpuTime();
                sources.get(i).read(b);
                if (k >= ticks / 2) cpu[i] += mx.getCurrentThreadCpuTime() - t0;
            }
            Thread.sleep(interval);
        }
        int n = ticks - ticks / 2;
        for (int i = 0; i < sources.size(); i++) {
            System.out.printf("%-14s %8.1f us CPU per tick%n", sources.get(i).name(), cpu[i] / 1e3 / n);
        }
    }
}
