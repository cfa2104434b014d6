package xfrmtop.sys;

/** The errno values xfrmtop reacts to, and a readable name for messages. */
public final class Errno {
    public static final int EPERM = 1, ENOENT = 2, EINTR = 4, EBADF = 9, EAGAIN = 11, ENOMEM = 12, EACCES = 13, EFAULT = 14,
            EBUSY = 16, ENODEV = 19, EINVAL = 22, ENOBUFS = 105, EOPNOTSUPP = 95;

    private Errno() {}

    public static String name(int errno) {
        return switch (errno) {
            case EPERM -> "EPERM (operation not permitted)";
            case ENOENT -> "ENOENT (no such file or directory)";
            case EINTR -> "EINTR (interrupted)";
            case EBADF -> "EBADF (bad file descriptor)";
            case EAGAIN -> "EAGAIN (try again)";
            case ENOMEM -> "ENOMEM (out of memory)";
            case EACCES -> "EACCES (permission denied)";
            case EFAULT -> "EFAULT (bad address)";
            case EBUSY -> "EBUSY (device busy)";
            case ENODEV -> "ENODEV (no such device)";
            case EINVAL -> "EINVAL (invalid argument)";
            case EOPNOTSUPP -> "EOPNOTSUPP (not supported)";
            case ENOBUFS -> "ENOBUFS (no buffer space)";
            default -> "errno " + errno;
        };
    }
}
