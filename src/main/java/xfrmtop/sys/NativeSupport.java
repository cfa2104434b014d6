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

    private NativeSupport() {}

    /**
     * Starts loading JNA on a daemon thread (once) and says whether loading has finished, so a source can skip a tick
     * instead of holding up the first frame; once this returns true, {@link #problem()} answers at once.
     */
    public static boolean loadedInBackground() {
        if (checked) return true;
        synchronized (LOADER_LOCK) {
            if (loader == null && !checked) {
                loader = new Thread(NativeSupport::problem, "xfrmtop-native-load");
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
