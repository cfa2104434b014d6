package xfrmtop.sample;

/**
 * Something that reads raw counters once per tick: a /proc file, an ethtool ioctl, an XFRM netlink dump, a recording.
 * A source never throws for an expected failure (missing file, vanished interface): it adds a group whose health says
 * what happened, so the pane can show the reason. The sampler guards against the unexpected.
 */
public interface Source extends AutoCloseable {

    /** Short name for messages ("xfrm_stat", "ethtool eth0", ...). */
    String name();

    /** Reads this tick's values into the builder. Called from the sampler thread only. */
    void read(SampleBuilder out);

    @Override
    default void close() {}
}
