package xfrmtop.config;

/**
 * Fleet mode (--listen): where /metrics is served, whether xfrmtop runs headless, and the SA cardinality guard.
 *
 * @param listen      address and port of the HTTP endpoint
 * @param quiet       no TUI and no batch output: only the endpoint (the systemd unit's mode)
 * @param maxSaSeries most per-SA time series exported at once (an SA costs five: bytes, packets, three errors)
 */
public record ExportConfig(ListenAddress listen, boolean quiet, int maxSaSeries) {
    public static final int DEFAULT_MAX_SA_SERIES = 1000;
}
