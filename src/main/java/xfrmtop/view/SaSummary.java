package xfrmtop.view;

import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.source.SaCounters;
import xfrmtop.source.SaLabels;

/**
 * The header's SA figures: how many SAs and policies the last dump returned, and the ESP bytes per second in and out
 * (SAs whose direction is unknown count in neither). Rates are NaN until there is one.
 */
public record SaSummary(long sas, long policies, double espIn, double espOut) {

    /** null when the frame has no SA dump (not watched) or the dump failed. */
    public static SaSummary of(Frame f) {
        if (f == null) return null;
        GroupRates status = null;
        double in = Double.NaN, out = Double.NaN;
        for (GroupRates g : f.groups()) {
            if (g.key().kind() != Kind.SA) continue;
            if (g.key().instance().isEmpty()) {
                status = g;
                continue;
            }
            if (g.size() != SaCounters.SA.size() || !"esp".equals(g.group().label(SaLabels.PROTO))) continue;
            double r = g.rate(SaCounters.BYTES);
            if (Double.isNaN(r)) continue;
            String dir = g.group().label(SaLabels.DIR);
            if (dir.equals("in")) in = (Double.isNaN(in) ? 0 : in) + r;
            else if (dir.equals("out")) out = (Double.isNaN(out) ? 0 : out) + r;
        }
        if (status == null || status.health() != Health.OK || status.size() != SaCounters.STATUS.size()) return null;
        return new SaSummary(status.total(SaCounters.STATUS_SAS), status.total(SaCounters.STATUS_POLICIES), in, out);
    }

    /** "SAs 4  policies 4  ESP in 1.2k B/s out 840.0 B/s" */
    public void append(StringBuilder sb) {
        sb.append("SAs ").append(sas).append("  policies ").append(policies).append("  ESP in ");
        bytes(sb, espIn);
        sb.append(" out ");
        bytes(sb, espOut);
    }

    private static void bytes(StringBuilder sb, double v) {
        if (Double.isNaN(v)) sb.append('-');
        else {
            Format.appendRate(sb, v);
            sb.append(" B/s");
        }
    }
}
