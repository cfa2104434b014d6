package xfrmtop.view;

/** The panes of the screen, in focus order. */
public enum Pane {
    XFRM_STAT("xfrm_stat", "1");

    private final String title;
    private final String key;

    Pane(String title, String key) {
        this.title = title;
        this.key = key;
    }

    public String title() { return title; }

    /** The number key that focuses the pane. */
    public String key() { return key; }
}
