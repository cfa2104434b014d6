package xfrmtop.sys;

/** A failed system call, with its errno; the message names the call and the errno. */
public final class NativeException extends java.io.IOException {
    private final int errno;

    public NativeException(String call, int errno) {
        super(call + ": " + Errno.name(errno));
        this.errno = errno;
    }

    public int errno() { return errno; }
}
