package xfrmtop.tui;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.rate.Calculator;
import xfrmtop.rate.Frame;
import xfrmtop.sample.SampleBuilder;
import xfrmtop.source.SaScene;
import xfrmtop.source.XfrmGroups;
import xfrmtop.sys.TestDumps;
import xfrmtop.view.Pane;
import xfrmtop.view.ViewState;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SA pane and the policy view with two namespaces holding the same SAs (two VPN instances with the same tunnel
 * addresses, as containers often have): the NETNS column tells them apart, n shows one namespace.
 */
@Tag("fast")
class NetnsSaPanePictureTest {
    static final String KEY = "0102030405060708091011121314151617181920212223242526272829303132";

    static Frame twoNamespaces() {
        XfrmGroups own = new XfrmGroups("", i -> "eth" + i), vpn1 = new XfrmGroups("vpn1", i -> "eth" + i);
        Frame f = null;
        for (int tick = 0; tick < 2; tick++) {
            long mono = 1_000_000_000L * (tick + 1);
            SampleBuilder b = new SampleBuilder(tick, mono, 1_700_000_100_000L + 1000L * tick);
            own.add(b, mono, TestDumps.sas(SaScene.sas(tick, KEY)), TestDumps.policies(SaScene.policies()));
            vpn1.add(b, mono, TestDumps.sas(SaScene.sas(tick * 3, KEY)), TestDumps.policies(SaScene.policies()));
            f = Calculator.next(f, b.build());
        }
        return f;
    }

    @Test
    void saPaneWithTwoNamespaces() {
        ViewState vs = new ViewState();
        vs.focus(Pane.SA);
        String text = Pictures.render(new Renderer(false), twoNamespaces(), vs, 150, 16).text();
        Pictures.assertPicture("netns-sa-pane", text);
        assertTrue(text.contains("NETNS        SRC -> DST"), text);
        assertTrue(text.matches("(?s).*\nvpn1 +192\\.0\\.2\\.2 -> 192\\.0\\.2\\.1 .*"), text);
        assertTrue(text.matches("(?s).*\n- +192\\.0\\.2\\.2 -> 192\\.0\\.2\\.1 .*"), text);
        assertTrue(!text.contains(KEY.substring(0, 16)), "no key material");
    }

    @Test
    void policyViewOfOneNamespace() {
        ViewState vs = new ViewState();
        vs.focus(Pane.POLICY);
        vs.togglePolicies();
        vs.cycleNetns(List.of("", "vpn1"));
        vs.cycleNetns(List.of("", "vpn1"));
        assertEquals("vpn1", vs.netnsFocus());
        String text = Pictures.render(new Renderer(false), twoNamespaces(), vs, 150, 12).text();
        Pictures.assertPicture("netns-policy-focus", text);
        for (String line : text.split("\n")) assertTrue(!line.startsWith("- "), "only vpn1's policies:\n" + text);
        assertTrue(text.contains("3 policies"), text);
    }
}
