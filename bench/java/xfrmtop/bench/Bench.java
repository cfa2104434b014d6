package xfrmtop.bench;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The settings every benchmark shares: mean time per operation in microseconds, and a forked JVM with the JIT and GC
 * of the launcher's lean line (C1 only, serial GC, its young-generation proportions; not its small starting
 * sizes, -Xms8m -XX:NewSize=1m, which a benchmark's warm-up outgrows), since that is what runs on the
 * gateway; the heap is 1 GiB, as with XFRMTOP_HEAP=1g (the young generation capped at 9/32 of it, as the launcher
 * computes), so that 100,000-SA scenes fit. Add -prof gc for the allocation per operation (gc.alloc.rate.norm).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss256k", "-Xmx1g",
        "-XX:NewRatio=1", "-XX:SurvivorRatio=1", "-XX:TargetSurvivorRatio=90", "-XX:MaxNewSize=288m",
        "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30"})
public abstract class Bench {
}
