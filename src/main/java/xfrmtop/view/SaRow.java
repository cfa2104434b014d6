package xfrmtop.view;

import xfrmtop.rate.GroupRates;
import xfrmtop.rate.Status;
import xfrmtop.source.SaCounters;
import xfrmtop.source.SaLabels;

/**
 * One SA as a table row: its group's rates and labels, and the wall-clock second of the frame (for age and time
 * left). Counter indices are {@link SaCounters}' constants. The rates and the labels the default order compares are
 * copied in when the row is made: sorting 100,000 SAs compares rows two million times, and reading each rate through
 * the group (four objects) was half the pane's time once the frame no longer fitted in the cache.
 */
public final class SaRow {
    private final GroupRates group;
    private final long nowSeconds;
    // per second, NaN for no rate: fields, not an array (one object less per row per frame)
    private final double bytes, packets, replayWindow, replay, integrity;
    private final String src, dst, spi;

    public SaRow(GroupRates group, long nowSeconds) {
        this.group = group;
        this.nowSeconds = nowSeconds;
        boolean full = group.size() > SaCounters.INTEGRITY_FAILED;
        this.bytes = full ? group.rate(SaCounters.BYTES) : Double.NaN;
        this.packets = full ? group.rate(SaCounters.PACKETS) : Double.NaN;
        this.replayWindow = full ? group.rate(SaCounters.REPLAY_WINDOW) : Double.NaN;
        this.replay = full ? group.rate(SaCounters.REPLAY) : Double.NaN;
        this.integrity = full ? group.rate(SaCounters.INTEGRITY_FAILED) : Double.NaN;
        this.src = label(SaLabels.SRC);
        this.dst = label(SaLabels.DST);
        this.spi = label(SaLabels.SPI);
    }

    public GroupRates group() { return group; }

    public long nowSeconds() { return nowSeconds; }

    public String label(String name) { return group.group().label(name); }

    public String src() { return src; }

    public String dst() { return dst; }

    public String spi() { return spi; }

    public String dir() { return label(SaLabels.DIR); }

    public String id() { return id(group); }

    /** A row's identity: its namespace and SA, which stay while the SA does. */
    static String id(GroupRates group) { return group.key().netns() + '\u0000' + group.key().instance(); }

    public long total(int i) { return group.total(i); }

    public double rate(int i) {
        return switch (i) {
            case SaCounters.BYTES -> bytes;
            case SaCounters.PACKETS -> packets;
            case SaCounters.REPLAY_WINDOW -> replayWindow;
            case SaCounters.REPLAY -> replay;
            case SaCounters.INTEGRITY_FAILED -> integrity;
            default -> group.rate(i);
        };
    }

    public Status status() { return group.status(SaCounters.PACKETS); }

    /** A replay or integrity counter climbing right now. */
    public boolean alarming() {
        return rate(SaCounters.REPLAY_WINDOW) > 0 || rate(SaCounters.REPLAY) > 0 || rate(SaCounters.INTEGRITY_FAILED) > 0;
    }

    public long ageSeconds() {
        long add = total(SaCounters.ADD_TIME);
        return add <= 0 || add > nowSeconds ? 0 : nowSeconds - add;
    }

    /** Seconds until the nearest soft (soft=true) or hard time-based expiry, or Long.MAX_VALUE when none is set. */
    public long expiresIn(boolean soft) {
        long add = total(SaCounters.ADD_TIME), use = total(SaCounters.USE_TIME);
        long left = Long.MAX_VALUE;
        left = Math.min(left, until(add, label(soft ? SaLabels.SOFT_ADD : SaLabels.HARD_ADD)));
        if (use > 0) left = Math.min(left, until(use, label(soft ? SaLabels.SOFT_USE : SaLabels.HARD_USE)));
        return left;
    }

    private long until(long start, String limit) {
        if (limit.isEmpty()) return Long.MAX_VALUE;
        try {
            return Math.max(0, start + Long.parseLong(limit) - nowSeconds);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Seconds to the nearest time-based expiry, soft or hard; Long.MAX_VALUE when none is set. */
    public long nextExpiry() { return Math.min(expiresIn(true), expiresIn(false)); }

    /** The sequence number that moves for this SA: sent for outbound, received otherwise. */
    public long seq() {
        long oseq = total(SaCounters.OSEQ), seq = total(SaCounters.SEQ);
        if ("out".equals(dir())) return oseq;
        if ("in".equals(dir())) return seq;
        return Math.max(oseq, seq);
    }

    /** The text the filter matches: addresses, SPI, protocol, mode, reqid, direction, device. */
    public String searchText() {
        return src + " -> " + dst + ' ' + spi + ' ' + label(SaLabels.PROTO) + ' '
                + label(SaLabels.MODE) + " reqid " + label(SaLabels.REQID) + ' ' + dir() + ' ' + label(SaLabels.DEV);
    }
}
