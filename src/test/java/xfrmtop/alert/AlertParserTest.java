package xfrmtop.alert;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import xfrmtop.sample.Kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The --alert grammar: what it accepts, and what it says about what it does not. */
@Tag("fast")
class AlertParserTest {

    @Test
    void theIssueExamples() {
        Alert a = AlertParser.parse("XfrmInNoStates>0");
        assertEquals(Alert.Measure.VALUE, a.measure());
        assertNull(a.kind());
        assertNull(a.netns());
        assertNull(a.instance());
        assertEquals("XfrmInNoStates", a.name());
        assertEquals(Alert.Op.GT, a.op());
        assertEquals(0, a.threshold());

        a = AlertParser.parse("rate(XfrmInStateProtoError)>=10");
        assertEquals(Alert.Measure.RATE, a.measure());
        assertEquals(Alert.Op.GE, a.op());
        assertEquals(10, a.threshold());

        a = AlertParser.parse("nic:ipsec_rx_drop_pkts>100");
        assertEquals(Kind.NIC, a.kind());
        assertEquals("ipsec_rx_drop_pkts", a.name());

        a = AlertParser.parse("sa:integrity_failed>0");
        assertEquals(Kind.SA, a.kind());
        assertEquals("integrity_failed", a.name());
    }

    @Test
    void everyPart() {
        Alert a = AlertParser.parse("  delta ( nic[eth0]:rx_queue_0_packets@ns1 ) != 2.5 ");
        assertEquals(Alert.Measure.DELTA, a.measure());
        assertEquals(Kind.NIC, a.kind());
        assertEquals("eth0", a.instance());
        assertEquals("rx_queue_0_packets", a.name());
        assertEquals("ns1", a.netns());
        assertEquals(Alert.Op.NE, a.op());
        assertEquals(2.5, a.threshold());
        assertEquals("delta ( nic[eth0]:rx_queue_0_packets@ns1 ) != 2.5", a.text());
        assertEquals("", AlertParser.parse("xfrm:XfrmOutPolBlock@- < 1").netns(), "@- is the start namespace");
        assertEquals(Kind.XFRM_STAT, AlertParser.parse("xfrm_stat:XfrmOutPolBlock<=1").kind());
        assertEquals(Alert.Op.EQ, AlertParser.parse("VALUE(XfrmInError)==3").op());
        assertEquals(Alert.Op.LT, AlertParser.parse("rate(XfrmInError)<3").op());
    }

    private static String error(String expr) {
        return assertThrows(IllegalArgumentException.class, () -> AlertParser.parse(expr)).getMessage();
    }

    @Test
    void mistakesAreExplained() {
        assertTrue(error("").contains("empty alert expression"));
        assertTrue(error("XfrmInNoStates").contains("at column 15: expected a comparison"), error("XfrmInNoStates"));
        assertTrue(error("XfrmInNoStates=0").contains("use == to compare for equality"));
        assertTrue(error("XfrmInNoStates=>0").contains("unknown comparison '=>'"));
        assertTrue(error("XfrmInNoStates>").contains("expected a number"));
        assertTrue(error("XfrmInNoStates>-1").contains("expected a number"));
        assertTrue(error("XfrmInNoStates>1.").contains("expected digits after '.'"));
        assertTrue(error("XfrmInNoStates>1 and more").contains("unexpected 'and more' after the number"));
        assertTrue(error("speed(XfrmInNoStates)>1").contains("unknown measure 'speed' (value, rate or delta)"));
        assertTrue(error("rate(XfrmInNoStates>1").contains("expected ')' after the counter"));
        assertTrue(error("nics:ipsec_rx_drop_pkts>1").contains("unknown kind 'nics' (xfrm, xfrm_stat, nic, sa"),
                error("nics:ipsec_rx_drop_pkts>1"));
        assertTrue(error("nic[eth0:x>1").contains("missing ']'"));
        assertTrue(error("nic[]:x>1").contains("empty instance"));
        assertTrue(error("nic[eth0]x>1").contains("expected ':'"));
        assertTrue(error("nic:>1").contains("expected a counter name"));
        assertTrue(error(">1").contains("expected a counter name"));
        assertTrue(error("X@>1").contains("expected a namespace name"));
    }
}
