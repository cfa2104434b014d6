package xfrmtop.sys;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The event socket on the real kernel: an empty queue is the routine case of every tick, read without an exception
 * (errno EAGAIN through {@link QuietLibc}), and it stays usable. Joining the groups needs CAP_NET_ADMIN (CI is root).
 */
@Tag("fast")
class XfrmEventSocketTest {

    @Test
    void anEmptyQueueDrainsToNothingTickAfterTick() throws NativeException {
        assumeTrue(NativeSupport.problem() == null, () -> "SKIPPED: " + NativeSupport.problem());
        XfrmEventSocket s;
        try {
            s = XfrmEventSocket.open();
        } catch (NativeException e) {
            assumeTrue(e.errno() != Errno.EPERM, "SKIPPED: joining the XFRM groups needs CAP_NET_ADMIN (run as root)");
            throw e;
        }
        try (s) {
            List<XfrmNotice> out = new ArrayList<>();
            for (int tick = 0; tick < 3; tick++) {
                assertEquals(0, s.drain(out, 64), "no overruns on an idle socket");
            }
            // the host may have XFRM activity of its own, but never a malformed message
            assertTrue(out.size() < 64 * 3, "drained at most what was asked");
            assertEquals(0, s.malformed());
        }
    }

    @Test
    void aClosedSocketIsAnErrorNotAnEmptyQueue() throws NativeException {
        assumeTrue(NativeSupport.problem() == null, () -> "SKIPPED: " + NativeSupport.problem());
        XfrmEventSocket s;
        try {
            s = XfrmEventSocket.open();
        } catch (NativeException e) {
            assumeTrue(e.errno() != Errno.EPERM, "SKIPPED: joining the XFRM groups needs CAP_NET_ADMIN (run as root)");
            throw e;
        }
        s.close();
        NativeException x = org.junit.jupiter.api.Assertions.assertThrows(NativeException.class,
                () -> s.drain(new ArrayList<>(), 1));
        // EBADF, unless a file opened meanwhile took the number (then ENOTSOCK): the point is the errno is read
        assertTrue(x.errno() != 0 && x.errno() != Errno.EAGAIN, x.getMessage());
    }
}
