package xfrmtop.view;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A figure for the README, not a timed test: the heap the history of a 10,000-SA gateway holds (every SA carrying
 * traffic, one in a hundred failing integrity checks) after a long run, and what one tick costs the feed thread.
 * Memory stops growing once the rings and session buckets are full (128 ticks); the run goes well past that.
 * Run: mvn test -Dtest.groups=bench -Dtest=HistoryCost
 */
@Tag("bench")
class HistoryCost {
    static final int SAS = 10_000, TICKS = 400;

    @Test
    void tenThousandSasAfterALongRun() {
        Ticks t = new Ticks();
        History h = new History();
        long before = used();
        long observe = 0;
        for (int i = 0; i < TICKS; i++) {
            t.xfrm("", "XfrmInStateProtoError", SAS / 100);
            for (int s = 0; s < SAS; s++) t.sa("", Integer.toString(s), s % 2 == 0 ? "in" : "out", 20, s % 100 == 0 ? 1 : 0);
            var f = t.tick();
            long t0 = System.nanoTime();
            h.observe(f);
            if (i >= TICKS - 100) observe += System.nanoTime() - t0;
        }
        t = null;
        long after = used();
        System.out.printf("history of %,d SAs after %d ticks: %,d bytes estimated, %,d bytes of heap measured"
                + " (%d series); one tick %.2f ms on the feed thread%n", SAS, TICKS, h.bytes(), after - before,
                h.size()[1], observe / 100 / 1e6);
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
