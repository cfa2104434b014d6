package xfrmtop.sys;

/** A netlink reply that cannot be trusted (a length pointing past the datagram, a reply larger than the buffer). */
public final class MalformedDumpException extends java.io.IOException {
    public MalformedDumpException(String message) { super(message); }
}
