package xfrmtop.source;

import xfrmtop.sample.Health;
import xfrmtop.sample.SampleBuilder;
import xfrmtop.sample.Source;
import xfrmtop.sys.Errno;
import xfrmtop.sys.NativeException;
import xfrmtop.sys.NativeSupport;
import xfrmtop.sys.XfrmDump;
import xfrmtop.sys.XfrmPolicy;
import xfrmtop.sys.XfrmSa;
import xfrmtop.sys.XfrmSocket;

import java.io.IOException;

/**
 * Per-SA counters and policies from XFRM netlink dumps (XFRM_MSG_GETSA, XFRM_MSG_GETPOLICY), one group per SA and per
 * policy. JNA is kept off the first-frame path: in the TUI the reads skip (stale, "opening") until JNA has loaded in
 * the background, then the socket opens on the sampler thread; batch opens it at the first read (the first line
 * should be complete). A dump flagged NLM_F_DUMP_INTR is taken again once; a failed dump leaves the known SAs stale
 * and reopens the socket.
 */
public final class XfrmSource implements Source {
    public static final String NEED_ROOT = "per-SA counters need root (CAP_NET_ADMIN)";

    private final XfrmGroups groups;
    private final boolean waitForSocket;
    private XfrmSocket socket;

    /** @param waitForSocket open the socket on the first read itself instead of in the background */
    public XfrmSource(String netns, boolean waitForSocket) {
        this.groups = new XfrmGroups(netns, XfrmSocket::interfaceName);
        this.waitForSocket = waitForSocket;
    }

    @Override public String name() { return "xfrm netlink"; }

    @Override
    public void read(SampleBuilder out) {
        long t = System.nanoTime();
        if (socket == null) {
            if (!waitForSocket && !NativeSupport.loadedInBackground()) {
                groups.failed(out, t, Health.STALE, "opening the XFRM netlink socket", true);
                return;
            }
            try {
                socket = XfrmSocket.open();
            } catch (NativeException e) {
                groups.failed(out, t, Health.UNSUPPORTED, "no XFRM netlink: " + e.getMessage(), false);
                return;
            }
        }
        try {
            XfrmDump<XfrmSa> sas = socket.dumpSas();
            if (sas.interrupted()) sas = socket.dumpSas();
            XfrmDump<XfrmPolicy> pols = socket.dumpPolicies();
            if (pols.interrupted()) pols = socket.dumpPolicies();
            if (sas.interrupted() || pols.interrupted()) {
                groups.failed(out, t, Health.STALE, "dump interrupted twice (NLM_F_DUMP_INTR): SAs changing", true);
                return;
            }
            groups.add(out, t, sas, pols);
        } catch (NativeException e) {
            if (e.errno() == Errno.EPERM) {
                groups.failed(out, t, Health.UNSUPPORTED, NEED_ROOT, false);
            } else {
                reopen();
                groups.failed(out, t, Health.STALE, e.getMessage(), true);
            }
        } catch (IOException | RuntimeException e) {
            reopen();
            groups.failed(out, t, Health.STALE, e.getMessage() == null ? e.toString() : e.getMessage(), true);
        }
    }

    /** A failed or half-read dump may leave replies queued: start the next tick on a fresh socket. */
    private void reopen() {
        if (socket != null) socket.close();
        socket = null;
    }

    @Override
    public void close() { reopen(); }
}
