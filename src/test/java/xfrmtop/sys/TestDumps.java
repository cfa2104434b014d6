package xfrmtop.sys;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Runs builder-made (or recorded) datagrams through the real parser, for tests outside this package. */
public final class TestDumps {
    private TestDumps() {}

    public static XfrmDump<XfrmSa> sas(List<DumpBuilder.Sa> sas) {
        List<byte[]> m = new ArrayList<>();
        for (DumpBuilder.Sa s : sas) m.add(DumpBuilder.sa(s, 1, XfrmDumpReader.NLM_F_MULTI));
        m.add(DumpBuilder.done(1, 0));
        XfrmDumpReader r = feed(m, false);
        return r.sas();
    }

    public static XfrmDump<XfrmPolicy> policies(List<DumpBuilder.Policy> ps) {
        List<byte[]> m = new ArrayList<>();
        for (DumpBuilder.Policy p : ps) m.add(DumpBuilder.policy(p, 1, XfrmDumpReader.NLM_F_MULTI));
        m.add(DumpBuilder.done(1, 0));
        return feed(m, true).policies();
    }

    private static XfrmDumpReader feed(List<byte[]> messages, boolean policies) {
        XfrmDumpReader r = new XfrmDumpReader();
        r.begin(1, policies);
        try {
            for (ByteBuffer b : DumpBuilder.datagrams(messages, 32 * 1024)) r.feed(b, b.capacity());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return r;
    }
}
