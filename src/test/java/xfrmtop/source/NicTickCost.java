package xfrmtop.source;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.SampleBuilder;
import xfrmtop.sys.DriverInfo;
import xfrmtop.sys.NativeException;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * A rough figure, not a timed test (JMH is the benchmark): one tick's read + diff of the recorded 2,774-stat
 * ConnectX port, time and bytes allocated, split into the source (names kept, values copied into the group's array)
 * and the calculator. The device stands in for the ioctl (its copy replaces the kernel's); the ioctl itself is
 * measured on a real veth by the e2e run. Run: mvn test -Dtest.groups=bench -Dtest=NicTickCost
 */
@Tag("bench")
class NicTickCost {
    static final int WARMUP = 20_000, RUNS = 20_000;

    @Test
    void oneTickOfA2774StatPort() throws Exception {
        EthtoolDump dump = NicReplay.dump("mlx5-connectx6dx.txt");
        dump.next();
        String[] names = dump.statNames("eth2", dump.statsCount("eth2"));
        long[] values = new long[names.length];
        dump.readStats("eth2", names.length, values);
        long[] clock = {0};
        NicDevices dev = new NicDevices() {
            @Override public String unavailable() { return null; }
            @Override public boolean starting() { return false; }
            @Override public List<String> list() { return List.of("eth2"); }
            @Override public int ifindex(String n) { return 4; }
            @Override public DriverInfo driverInfo(String n) { return new DriverInfo("mlx5_core", "", "", "", names.length); }
            @Override public int statsCount(String n) { return names.length; }
            @Override public String[] statNames(String n, int c) { return names.clone(); }
            @Override public boolean readStats(String n, int c, long[] into) {
                for (int i = 0; i < c; i += 7) values[i] += i;          // a seventh of the counters move
                System.arraycopy(values, 0, into, 0, c);
                return true;
            }
            @Override public long nanoTime() { return clock[0]; }
            @Override public void close() {}
        };
        NicSource src = new NicSource(dev, "", List.of("eth2"), n -> false);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        Frame f = null;
        long readNs = 0, calcNs = 0, readBytes = 0, calcBytes = 0;
        for (int k = 0; k < WARMUP + RUNS; k++) {
            clock[0] += 1_000_000_000L;
            long a0 = mx.getThreadAllocatedBytes(tid), t0 = System.nanoTime();
            SampleBuilder b = new SampleBuilder(k, clock[0], 0);
            src.read(b);
            var s = b.build();
            long a1 = mx.getThreadAllocatedBytes(tid), t1 = System.nanoTime();
            f = Calculator.next(f, s);
            long a2 = mx.getThreadAllocatedBytes(tid), t2 = System.nanoTime();
            if (k >= WARMUP) {
                readNs += t1 - t0;
                calcNs += t2 - t1;
                readBytes += a1 - a0;
                calcBytes += a2 - a1;
            }
        }
        System.out.printf("NIC tick, %d stats, mean of %d: read %.1f us (%d B allocated), diff %.1f us (%d B)%n",
                names.length, RUNS, readNs / 1e3 / RUNS, readBytes / RUNS, calcNs / 1e3 / RUNS, calcBytes / RUNS);
    }
}
