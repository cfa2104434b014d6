package xfrmtop.sys;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The libc calls xfrmtop needs, bound with JNA direct mapping (a plain native call per invocation, no proxy).
 * This package is the only one that imports JNA; everything it returns is a plain Java value or record.
 * Loading costs 85-155 ms (less where {@link DispatchLibrary} keeps JNA's native library and nothing is unpacked),
 * so nothing on the first-frame path touches this class.
 * size_t, ssize_t and unsigned long are Java longs (LP64 Linux only): a NativeLong argument or result costs JNA
 * calls back into Java for every conversion, code that the once-a-tick calls run in the interpreter.
 */
final class Libc {
    static final int AF_INET = 2, AF_NETLINK = 16;
    static final int SOCK_DGRAM = 2, SOCK_RAW = 3, SOCK_CLOEXEC = 0x80000;
    static final int O_RDONLY = 0, O_CLOEXEC = 0x80000;
    static final int CLONE_NEWNET = 0x40000000;
    static final int NETLINK_XFRM = 6, SOL_SOCKET = 1, SO_RCVTIMEO = 20, MSG_TRUNC = 0x20, IF_NAMESIZE = 16;
    static final int SO_RCVBUF = 8, SO_RCVBUFFORCE = 33, MSG_DONTWAIT = 0x40;

    static {
        if (Native.LONG_SIZE != 8) throw new UnsatisfiedLinkError("xfrmtop's native calls need a 64-bit (LP64) Linux");
        Native.register(Libc.class, "c");
    }

    private Libc() {}

    static native int socket(int domain, int type, int protocol) throws LastErrorException;

    static native int ioctl(int fd, long request, Pointer arg) throws LastErrorException;

    static native int close(int fd) throws LastErrorException;

    static native int open(String path, int flags) throws LastErrorException;

    static native int setns(int fd, int nstype) throws LastErrorException;

    static native int bind(int fd, Pointer addr, int len) throws LastErrorException;

    static native long send(int fd, Pointer buf, long len, int flags) throws LastErrorException;

    static native long recv(int fd, Pointer buf, long len, int flags) throws LastErrorException;

    static native int setsockopt(int fd, int level, int name, Pointer value, int len) throws LastErrorException;

    static native Pointer if_indextoname(int ifindex, Pointer name) throws LastErrorException;
}
