package xfrmtop.sys;

/**
 * Whether native calls work on this machine at all (JNA's library can be unpacked and libc bound). A missing
 * capability greys out the panes that need it; it never stops the tool.
 */
public final class NativeSupport {
    private static volatile String problem;
    private static volatile boolean checked;

    private NativeSupport() {}

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
