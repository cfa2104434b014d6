package xfrmtop.tui;

import xfrmtop.rate.Frame;
import xfrmtop.view.ColorRole;
import xfrmtop.view.Format;
import xfrmtop.view.Funnel;
import xfrmtop.view.Summary;
import xfrmtop.view.ViewState;

import java.util.List;

/**
 * The funnel view (key f): per namespace and direction, the packets per second each layer saw, side by side with a
 * bar scaled to the busiest layer of that direction, so a loss between layers shows at a glance: processed and
 * dropped by the NIC's IPsec offload, counted on the SAs, dropped by XFRM (and by which counter most), and what the
 * NIC processed that neither an SA counted nor XFRM dropped.
 */
final class FunnelView {
    private static final int LABEL = 30, RATE = 10;

    private final Funnel funnel = new Funnel();

    void draw(Canvas c, int top, int height, Frame shown, ViewState vs) {
        c.line(top, " Funnel: packets per second at each layer, by direction   (f or Esc closes) ", ColorRole.HEADING);
        List<Funnel.Row> rows = funnel.rows(shown, vs.netnsFocus());
        boolean several = Summary.namespaces(shown).size() > 1 && vs.netnsFocus() == null;
        int y = top + 1, end = top + height;
        String ns = null;
        for (Funnel.Row r : rows) {
            if (several && !r.netns().equals(ns) && y < end) {
                c.line(y++, " netns " + Summary.netnsLabel(r.netns()), ColorRole.HEADING);
            }
            ns = r.netns();
            double max = max(r.nicPackets(), r.nicDrops(), r.saPackets(), r.xfrmDrops());
            boolean in = r.dir().equals("in");
            y = line(c, y, end, r.dir(), in ? "NIC decrypted (offload)" : "NIC encrypted (offload)", r.nicPackets(), max,
                    Double.isNaN(r.nicPackets()) ? "no offload counters (nic/funnel.tsv)" : "", ColorRole.NORMAL);
            boolean nic = !Double.isNaN(r.nicPackets()) || !Double.isNaN(r.nicDrops());
            if (nic) y = line(c, y, end, "", "NIC dropped", r.nicDrops(), max, "", alarm(r.nicDrops()));
            String sas = "SAs " + r.dir() + " (" + r.sas() + ")";
            y = line(c, y, end, "", sas, r.saPackets(), max,
                    r.saUnknown() > 0 ? r.saUnknown() + " SAs of unknown direction not counted" : "", ColorRole.NORMAL);
            String top1 = r.topDrop().isEmpty() ? "" : r.topDrop() + " " + Format.rate(r.topDropRate(), "") + "/s";
            y = line(c, y, end, "", "XFRM dropped (" + r.dir() + ")", r.xfrmDrops(), max, top1, alarm(r.xfrmDrops()));
            double gap = r.gap();
            String why = Double.isNaN(gap) ? "" : gap < -0.5 ? "the SAs count more than the NIC processed (SAs not offloaded?)"
                    : gap > 0.5 ? "lost between the NIC and the SAs" : "";
            if (nic) {
                y = line(c, y, end, "", "NIC - SAs - XFRM drops", gap, max, why,
                        gap > 0.5 ? ColorRole.ALARM : ColorRole.DIM);
            }
        }
        if (rows.isEmpty() && y < end) c.line(y++, " no xfrm_stat data yet", ColorRole.DIM);
        for (; y < end; y++) c.fill(0, y, ColorRole.NORMAL);
    }

    private static ColorRole alarm(double r) { return r > 0 ? ColorRole.ALARM : ColorRole.NORMAL; }

    private static double max(double... v) {
        double m = 0;
        for (double x : v) if (x > m) m = x;
        return m;
    }

    /** "  in   SAs in (2)                      20.0  ################  note" */
    private static int line(Canvas c, int y, int end, String dir, String label, double rate, double max, String note,
                            ColorRole role) {
        if (y >= end) return y;
        StringBuilder sb = new StringBuilder(c.width());
        sb.append("  ").append(dir);
        while (sb.length() < 8) sb.append(' ');
        sb.append(label);
        while (sb.length() < 8 + LABEL) sb.append(' ');
        String r = Double.isNaN(rate) ? "-" : Format.rate(Math.abs(rate), "-");
        if (rate < 0) r = "-" + r;
        for (int i = r.length(); i < RATE; i++) sb.append(' ');
        sb.append(r).append("  ");
        int x = c.put(0, y, sb, role);
        int room = Math.max(0, c.width() - x - note.length() - 2);
        int bar = Double.isNaN(rate) || rate <= 0 || max <= 0 ? 0 : Math.max(1, (int) Math.round(rate / max * Math.min(room, 40)));
        sb.setLength(0);
        for (int i = 0; i < bar; i++) sb.append('#');
        x = c.put(x, y, sb, role == ColorRole.DIM ? ColorRole.DIM : ColorRole.CHANGED_2);
        if (!note.isEmpty()) x = c.put(c.put(x, y, "  ", ColorRole.NORMAL), y, note, ColorRole.NOTE);
        c.fill(x, y, ColorRole.NORMAL);
        return y + 1;
    }
}
