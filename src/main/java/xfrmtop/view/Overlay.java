package xfrmtop.view;

/** Views that take the place of the panes until closed (Esc, or their own key again). The help and man page list them. */
public enum Overlay {
    DETAIL("Detail", Action.DETAIL, "the selected row: what the counter means, its direction, the usual causes (most"
            + " likely first), the commands to run next, the XFRM events of its namespace and a plot of its rate over"
            + " the session (a replay: over the whole recording) with the events marked under the time axis; for an SA"
            + " its identity, algorithms, lifetimes and every counter with its history"),
    FUNNEL("Funnel", Action.FUNNEL, "per namespace and direction, packets per second at each layer side by side:"
            + " processed and dropped by the NIC's IPsec offload (the counters nic/funnel.tsv names), counted on the"
            + " SAs of that direction, dropped by XFRM (with the counter dropping most), and what the NIC processed"
            + " that neither reached an SA nor was dropped"),
    EVENTS("Events", Action.EVENTS, "every XFRM event seen (newest first) with its time: SAs added, updated,"
            + " deleted, expired (soft: rekey due; hard: gone), acquires (the kernel asks the IKE daemon for an SA),"
            + " policy changes, and events lost to a full receive buffer");

    private final String title;
    private final Action action;
    private final String help;

    Overlay(String title, Action action, String help) {
        this.title = title;
        this.action = action;
        this.help = help;
    }

    public String title() { return title; }

    /** The key action that opens and closes it. */
    public Action action() { return action; }

    public String help() { return help; }
}
