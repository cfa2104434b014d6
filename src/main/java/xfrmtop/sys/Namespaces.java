package xfrmtop.sys;

import com.sun.jna.LastErrorException;

import java.io.IOException;

/**
 * Entering a network namespace with setns(2). setns moves only the calling thread, so callers run this on a
 * dedicated platform thread that never goes back to general use (see source.NetnsWorker). Needs CAP_SYS_ADMIN.
 */
public final class Namespaces {
    private Namespaces() {}

    /**
     * Moves the calling thread into the network namespace behind a file (/run/netns/NAME, /proc/PID/ns/net). The file
     * is opened, entered and closed again: the thread itself keeps the namespace alive while it is inside.
     *
     * @throws NativeException naming the failed call and its errno (ENOENT: gone, EPERM: no CAP_SYS_ADMIN,
     *                         EINVAL: not a network namespace)
     * @throws IOException     when native calls are not available at all (JNA cannot load)
     */
    public static void enterNet(String nsFile) throws IOException {
        String problem = NativeSupport.problem();
        if (problem != null) throw new IOException(problem);
        int fd;
        try {
            fd = Libc.open(nsFile, Libc.O_RDONLY | Libc.O_CLOEXEC);
        } catch (LastErrorException e) {
            throw new NativeException("open " + nsFile, e.getErrorCode());
        }
        try {
            Libc.setns(fd, Libc.CLONE_NEWNET);
        } catch (LastErrorException e) {
            throw new NativeException("setns " + nsFile, e.getErrorCode());
        } finally {
            try {
                Libc.close(fd);
            } catch (LastErrorException ignored) {
                // the fd is released either way
            }
        }
    }
}
