package xfrmtop.view;

/** The panes of the screen, in focus order; each has a number key and a default sort column (index in its columns). */
public enum Pane {
    XFRM_STAT("xfrm_stat", "1", CounterColumns.xfrmPane(false).indexOf(CounterColumns.RATE)),
    NIC("NIC", "2", CounterColumns.nicPane(false).indexOf(CounterColumns.RATE)),
    SA("SAs", "3", SaColumns.pane().indexOf(SaColumns.PKTS)),
    POLICY("policies", "4", PolicyColumns.pane().indexOf(PolicyColumns.DIR));

    private final String title;
    private final String key;
    private final int defaultSortColumn;

    Pane(String title, String key, int defaultSortColumn) {
        this.title = title;
        this.key = key;
        this.defaultSortColumn = defaultSortColumn;
    }

    public String title() { return title; }

    /** The number key that focuses the pane. */
    public String key() { return key; }

    public int defaultSortColumn() { return defaultSortColumn; }

    /** Every column the pane can show (including ones shown only in some modes, such as NETNS), for help and docs. */
    public java.util.List<? extends Column<?>> columns() {
        return switch (this) {
            case XFRM_STAT -> CounterColumns.xfrmPane(true);
            case NIC -> CounterColumns.nicPane(true);
            case SA -> NetnsColumns.withNetns(SaColumns.NETNS, SaColumns.pane());
            case POLICY -> NetnsColumns.withNetns(PolicyColumns.NETNS, PolicyColumns.pane());
        };
    }

    public static Pane byKey(String key) {
        for (Pane p : values()) if (p.key.equals(key)) return p;
        return null;
    }
}
