package xfrmtop.view;

import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.source.SaCounters;
import xfrmtop.source.SaLabels;

/**
 * The header's SA figures: how many SAs and policies the last dump returned, and the ESP bytes per second in and out
 * (SAs whose direction is unknown count in neither), over every watched namespace. Rates are NaN until there is one.
 */
public record SaSummary(long sas, long policies, double espIn, double espOut) {

    /** null when the frame has no SA dump (not watched) or the dump failed. */
    public static SaSummary of(Frame f) { return of(f, null); }

    /**
     * Summed over the namespaces whose dump was read this tick, or of one namespace only.
     * @param netns only this namespace; null = all of them
     */
    public static SaSummary of(Frame f, String netns) {
        if (f == null) return null;
        long sas = 0, policies = 0;
        boolean read = false;
        double in = Double.NaN, out = Double.NaN;
        for (GroupRates g : f.groups(Kind.SA)) {
            if (netns != null && !netns.equals(g.key().netns())) continue;
            if (g.key().instance().isEmpty()) {
                if (g.health() != Health.OK || g.size() != SaCounters.STATUS.size()) continue;
                read = true;
                sas += g.total(SaCounters.STATUS_SAS);
                policies += g.total(SaCounters.STATUS_POLICIES);
                continue;
            }
            if (g.size() != SaCounters.SA.size() || !"esp".equals(g.group().label(SaLabels.PROTO))) continue;
            double r = g.rate(SaCounters.BYTES);
            if (Double.isNaN(r)) continue;
            String dir = g.group().label(SaLabels.DIR);
            if (dir.equals("in")) in = (Double.isNaN(in) ? 0 : in) + r;
            else if (dir.equals("out")) out = (Double.isNaN(out) ? 0 : out) + r;
        }
        return read ? new SaSummary(sas, policies, in, out) : null;
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
