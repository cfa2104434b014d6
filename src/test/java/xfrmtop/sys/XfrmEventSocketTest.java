package xfrmtop.sys;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The event socket on the real kernel: an empty queue is the routine case of every tick, read without an exception
 * (errno EAGAIN through {@link QuietLibc}), and it stays usable. Joining the groups needs CAP_NET_ADMIN (CI is root).
 */
@Tag("fast")
class XfrmEventSocketTest {

    private static XfrmEventSocket openOrSkip() throws NativeException {
        assumeTrue(NativeSupport.problem() == null, () -> "SKIPPED: " + NativeSupport.problem());
        try {
            return XfrmEventSocket.open();
        } catch (NativeException e) {
            assumeTrue(e.errno() != Errno.EPERM, "SKIPPED: joining the XFRM groups needs CAP_NET_ADMIN (run as root)");
            throw e;
        }
    }

    @Test
    void anEmptyQueueDrainsToNothingTickAfterTick() throws NativeException {
        XfrmEventSocket s = openOrSkip();
        try (s) {
            // a misread errno (0, or a stale one) would throw here instead of ending the drain
            List<XfrmNotice> out = new ArrayList<>();
            for (int tick = 0; tick < 3; tick++) {
                assertEquals(0, s.drain(out, 64), "no overruns on an idle socket");
            }
            assertEquals(0, s.malformed());
        }
    }

    @Test
    void aClosedSocketIsAnErrorNotAnEmptyQueue() throws NativeException {
        XfrmEventSocket s = openOrSkip();
        s.close();
        NativeException x = assertThrows(NativeException.class,
                () -> s.drain(new ArrayList<>(), 1));
        // EBADF, unless a file opened meanwhile took the number (then ENOTSOCK): the point is the errno is read
        assertTrue(x.errno() != 0 && x.errno() != Errno.EAGAIN, x.getMessage());
    }
}
