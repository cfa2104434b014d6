package xfrmtop.view;

/** Everything a key can do. The help screen, the key-hint bar and the man page list these through {@link KeyMap}. */
public enum Action {
    QUIT("quit"),
    HELP("show or close this help"),
    PAUSE("pause/freeze the screen (sampling goes on)"),
    BASELINE("set the baseline: DELTA restarts from zero"),
    SORT_NEXT("sort by the next column"),
    SORT_PREV("sort by the previous column"),
    SORT_REVERSE("reverse the sort order"),
    INTERVAL_UP("longer refresh interval"),
    INTERVAL_DOWN("shorter refresh interval"),
    FILTER("filter rows by name (type text, Enter to keep, Esc to clear)"),
    CLEAR("clear the filter / close help or a view (detail, funnel, events)"),
    HIDE_IDLE("hide rows that never moved since start"),
    UP("scroll up one row"),
    DOWN("scroll down one row"),
    PAGE_UP("scroll up one page"),
    PAGE_DOWN("scroll down one page"),
    TOP("go to the first row"),
    BOTTOM("go to the last row"),
    NEXT_PANE("focus the next pane"),
    FOCUS_PANE("focus a pane by its number (shown in its title)"),
    POLICIES("switch the SA pane to the policy view and back"),
    PLAY_PAUSE("replay: pause, or play on (at the end: again from the start)"),
    STEP_FORWARD("replay: one sample forward (pauses)"),
    STEP_BACK("replay: one sample back (pauses)"),
    JUMP_FORWARD("replay: one minute forward"),
    JUMP_BACK("replay: one minute back"),
    TO_START("replay: go to the first sample"),
    TO_END("replay: go to the last sample"),
    SPEED_UP("replay: faster (1x, 2x, 10x, max)"),
    SPEED_DOWN("replay: slower"),
    NETNS_FOCUS("network namespaces: all of them, or one at a time (cycles)"),
    ALL_COUNTERS("NIC pane: all counters of the watched interfaces, or only the IPsec ones"),
    DETAIL("details of the selected row: meaning, causes, next commands, history"),
    FUNNEL("funnel: packets per second at the NIC, on the SAs and dropped by XFRM"),
    EVENTS("XFRM event log: SAs added, deleted, expired, acquires, policy changes"),
    SPARKLINES("HISTORY column (each row's rate over the last 60 samples) on or off");

    private final String help;

    Action(String help) { this.help = help; }

    public String help() { return help; }
}
