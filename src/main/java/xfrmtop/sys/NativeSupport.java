package xfrmtop.sys;

/**
 * Whether native calls work on this machine at all (JNA's library can be unpacked and libc bound). A missing
 * capability greys out the panes that need it; it never stops the tool.
 */
public final class NativeSupport {
    private static volatile String problem;
    private static volatile boolean checked;
    private static final Object LOADER_LOCK = new Object();   // not the class: problem() holds that while loading
    private static Thread loader;
    /** The TUI holds background loading until its first frame is on screen: on two cores, JNA's 100-200 ms of
     *  loading would otherwise compete with the first frame for the CPU. */
    private static volatile boolean holding;
    private static final java.util.concurrent.CountDownLatch FIRST_FRAME = new java.util.concurrent.CountDownLatch(1);
    /** Longest a held load waits for the first frame (a terminal that never takes one must not keep JNA away). */
    private static final long HOLD_MAX_MS = 2000;

    private NativeSupport() {}

    /** Background loading started from now on waits for {@link #firstFrameShown()}. */
    public static void holdUntilFirstFrame() { holding = true; }

    /** The first frame is on screen: a held background load goes ahead. */
    public static void firstFrameShown() { FIRST_FRAME.countDown(); }

    private static void loadInBackground() {
        if (holding) {
            try {
                FIRST_FRAME.await(HOLD_MAX_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        problem();
    }

    /**
     * Starts loading JNA on a daemon thread (once) and says whether loading has finished, so a source can skip a tick
     * instead of holding up the first frame; once this returns true, {@link #problem()} answers at once.
     */
    public static boolean loadedInBackground() {
        if (checked) return true;
        synchronized (LOADER_LOCK) {
            if (loader == null && !checked) {
                loader = new Thread(NativeSupport::loadInBackground, "xfrmtop-native-load");
                loader.setDaemon(true);
                loader.start();
            }
        }
        return checked;
    }

    /** null when native calls work, else why not. Loads JNA on first call (slow: keep it off the first frame). */
    public static String problem() {
        if (!checked) {
            synchronized (NativeSupport.class) {
                if (!checked) {
                    try {
                        DispatchLibrary.useKept();
                        Class.forName("xfrmtop.sys.Libc", true, NativeSupport.class.getClassLoader());
                    } catch (Throwable t) {   // UnsatisfiedLinkError, NoClassDefFoundError, ExceptionInInitializerError
                        problem = "native calls unavailable (JNA): " + t;
                    }
                    checked = true;
                }
            }
        }
        return problem;
    }
}
