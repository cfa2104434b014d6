package xfrmtop.sys;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * libc calls whose failure is routine: they return -1 and leave errno to {@link #errno()} instead of throwing.
 * Polling the event socket finds it empty (EAGAIN) nearly every tick, and a thrown LastErrorException is built
 * through JNI (class lookup, constructor, stack trace): about as much CPU as the rest of the event read.
 */
final class QuietLibc {
    static {
        // reached only through a socket that Libc opened, so Libc's LP64 check has passed
        Native.register(QuietLibc.class, "c");
    }

    private QuietLibc() {}

    /** @return bytes received (the datagram's full length with MSG_TRUNC), or -1 with {@link #errno()} set */
    static native long recv(int fd, Pointer buf, long len, int flags);

    /** errno of this thread's last native call through JNA. */
    static int errno() { return Native.getLastError(); }
}
