package xfrmtop.sample;

/**
 * What to say when the Java heap runs out, in terms of what the user can change: the cap comes from the launcher's
 * JVM line, which XFRMTOP_HEAP raises. Callers make the message before they need it: by then memory has run out.
 */
public final class HeapAdvice {
    private HeapAdvice() {}

    /**
     * @param stopped what stopped ("sampling stopped")
     * @param tooMuch what the heap is too small for ("this many SAs and counters")
     */
    public static String outOfMemory(String stopped, String tooMuch) {
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        return stopped + ": out of memory (" + mib + " MiB of Java heap is not enough for " + tooMuch
                + ": start xfrmtop with XFRMTOP_HEAP=" + Math.max(256, mib * 4) + "m)";
    }
}
