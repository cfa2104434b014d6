package xfrmtop.export;

import java.util.List;

/**
 * Every metric family the endpoint serves: name, type, labels and HELP text in one table, read by the metric builders
 * and by the man page, so the two cannot disagree. Names are a public contract (dashboards and alerts use them):
 * extend, never rename.
 */
public final class Families {
    /** A family as the client library names it; {@link #exposed()} is the name in the text format. */
    public record Family(String name, String type, List<String> labels, String help) {
        /** The sample name Prometheus stores: counters end in _total, info metrics in _info. */
        public String exposed() {
            return switch (type) {
                case "counter" -> name + "_total";
                case "info" -> name + "_info";
                default -> name;
            };
        }
    }

    private static final List<String> SA = List.of("netns", "src", "dst", "spi", "proto", "reqid", "dir", "mark");

    public static final Family XFRM_STAT = new Family("xfrm_stat", "counter", List.of("netns", "counter", "dir"),
            "Packets dropped by the Linux XFRM (IPsec) layer, by reason: the counter label is the /proc/net/xfrm_stat "
                    + "name, dir its direction (in, out, fwd); meanings in xfrm_stat_meaning_info");
    public static final Family XFRM_STAT_MEANING = new Family("xfrm_stat_meaning", "info",
            List.of("counter", "dir", "added", "meaning"),
            "What each xfrm_stat counter means (from xfrmtop's knowledge table; added: the kernel release that "
                    + "introduced it)");
    public static final Family SA_BYTES = new Family("xfrm_sa_bytes", "counter", SA,
            "Bytes through the SA: the inner packets, before ESP encapsulation (the kernel's lifetime count)");
    public static final Family SA_PACKETS = new Family("xfrm_sa_packets", "counter", SA, "Packets through the SA");
    public static final Family SA_ERRORS = new Family("xfrm_sa_errors", "counter", concat(SA, "error"),
            "Packets the SA dropped, by error: replay_window (outside the anti-replay window), replay (sequence "
                    + "number seen before), integrity_failed (authentication check failed)");
    public static final Family SAS = new Family("xfrm_sas", "gauge", List.of("netns"),
            "SAs in the namespace's SA database");
    public static final Family POLICIES = new Family("xfrm_policies", "gauge", List.of("netns"),
            "XFRM policies in the namespace's policy database");
    private static final List<String> NIC = List.of("netns", "iface", "driver", "counter", "dir");
    public static final Family NIC_STAT = new Family("xfrm_nic_stat", "counter", NIC,
            "NIC statistics (ethtool -S) as the NIC pane selects them (IPsec offload counters by default; -i, "
                    + "--nic-filter): counter is the driver's name, dir in or out; meanings in xfrm_nic_meaning_info");
    public static final Family NIC_VALUE = new Family("xfrm_nic_value", "gauge", NIC,
            "NIC statistics that are levels, not counts (role gauge in the driver table, e.g. veth's peer_ifindex)");
    public static final Family NIC_MEANING = new Family("xfrm_nic_meaning", "info",
            List.of("driver", "counter", "dir", "role", "meaning"),
            "What each exported NIC counter means, from the driver's table (a guess from the name where none has it)");
    public static final Family SAMPLES = new Family("xfrmtop_samples", "counter", List.of(),
            "Ticks sampled since xfrmtop started; each reads every source once (scrapes never read)");
    public static final Family SAMPLE_AGE = new Family("xfrmtop_last_sample_age_seconds", "gauge", List.of(),
            "Seconds since the sample this scrape serves was taken (about one interval at most while sampling works)");
    public static final Family READ_ERRORS = new Family("xfrmtop_read_errors", "counter", List.of("source", "netns"),
            "Ticks on which a source could not be read (source: xfrm_stat, nic, sa, policy or events; netns: its namespace); "
                    + "its counters are left out of that scrape");
    public static final Family SOURCE_UP = new Family("xfrmtop_source_up", "gauge", List.of("source", "netns"),
            "1 when the source was read this tick, 0 when it could not be (stale, or unsupported: e.g. the SA dump "
                    + "without CAP_NET_ADMIN); sources gone for good are left out");
    public static final Family SA_DROPPED = new Family("xfrmtop_sa_series_dropped", "gauge", List.of(),
            "Per-SA series not exported because of --max-sa-series (raise it, or watch fewer SAs)");
    public static final Family BUILD = new Family("xfrmtop_build", "info", List.of("version", "commit"),
            "The xfrmtop build serving these metrics");

    private Families() {}

    /** In the order the man page lists them. */
    public static List<Family> all() {
        return List.of(XFRM_STAT, XFRM_STAT_MEANING, SA_BYTES, SA_PACKETS, SA_ERRORS, SAS, POLICIES, NIC_STAT, NIC_VALUE,
                NIC_MEANING, SAMPLES, SAMPLE_AGE, READ_ERRORS, SOURCE_UP, SA_DROPPED, BUILD);
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> l = new java.util.ArrayList<>(a);
        l.add(b);
        return List.copyOf(l);
    }
}
