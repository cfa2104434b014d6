package xfrmtop.record;

import xfrmtop.bench.Gateway;
import xfrmtop.source.HostInfo;

import java.io.FileOutputStream;
import java.nio.file.Path;

/**
 * Writes a recording of the synthetic gateway (xfrm_stat, NICs of 2,500 stats, N SAs; a tick a second) with the real
 * recording writer, for replaying the scale scenario in the whole-process benchmark.
 * Usage: ScaleRecording FILE [TICKS] [SAS] [NICS]
 */
public final class ScaleRecording {
    private ScaleRecording() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int ticks = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        int sas = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int nics = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        Gateway g = new Gateway(sas, nics, 2500);
        try (RecordingWriter w = new RecordingWriter(new FileOutputStream(file.toFile()),
                new HostInfo("bench-gateway", "6.18.0-synthetic", "host"), "bench")) {
            for (int i = 0; i < ticks; i++) w.write(g.sample(), 1_000_000_000L);
        }
        System.out.println(file + ": " + ticks + " ticks, " + sas + " SAs, " + nics + " x 2500 NIC stats");
    }
}
