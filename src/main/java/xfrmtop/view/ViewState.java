package xfrmtop.view;

import xfrmtop.alert.Alerts;
import xfrmtop.rate.Frame;

import java.util.EnumMap;
import java.util.Map;

/**
 * Everything about how the data is looked at, and nothing about the data: owned by the UI thread, changed only by
 * keys. Pausing freezes the frame shown; the sampler keeps going.
 */
public final class ViewState {
    private final Map<Pane, PaneState> panes = new EnumMap<>(Pane.class);
    private Pane focus = Pane.XFRM_STAT;
    private Frame frozen;
    private Frame baseline;
    private boolean help;
    private int helpScroll;
    private boolean hideIdle;
    private boolean policies;
    private String netnsFocus;             // null = all namespaces
    private boolean editingFilter;
    private final StringBuilder filterDraft = new StringBuilder();
    private String message = "";
    private Alerts alerts = Alerts.NONE;
    private NicSelection nicSelection = NicSelection.of(java.util.List.of(), null);
    private Overlay overlay;                 // null = the panes
    private DetailTarget detail;
    private int overlayScroll;
    private boolean sparklines;

    public ViewState() {
        for (Pane p : Pane.values()) panes.put(p, new PaneState(defaultSort(p)));
    }

    /** Panes sort by their first column marked as the default (rate, highest first). */
    private static int defaultSort(Pane p) {
        return p.defaultSortColumn();
    }

    public PaneState pane(Pane p) { return panes.get(p); }

    public Pane focus() { return focus; }

    public void focus(Pane p) { focus = p; }

    public boolean paused() { return frozen != null; }

    /** The frame to draw: the frozen one while paused, else the newest. */
    public Frame shown(Frame newest) { return frozen != null ? frozen : newest; }

    public void togglePause(Frame newest) { frozen = frozen == null ? newest : null; }

    /** DELTA is counted from this frame; null = from the start. */
    public Frame baseline() { return baseline; }

    public void setBaseline(Frame f) { baseline = f; }

    public boolean help() { return help; }

    public void toggleHelp() {
        help = !help;
        helpScroll = 0;
    }

    public void closeHelp() { help = false; }

    /** First help line shown (the help view clamps it to its length). */
    public int helpScroll() { return helpScroll; }

    public void scrollHelp(int by) { helpScroll = (int) Math.max(0, Math.min(1 << 20, (long) helpScroll + by)); }

    /** The help view stores back the clamped position, so scrolling up from past the end works at once. */
    public void clampHelpScroll(int max) { helpScroll = Math.max(0, Math.min(helpScroll, max)); }

    public boolean hideIdle() { return hideIdle; }

    public void toggleHideIdle() { hideIdle = !hideIdle; }

    /** Whether the SA pane shows policies instead of SAs. */
    public boolean policies() { return policies; }

    public void togglePolicies() { policies = !policies; }

    /** The one network namespace shown, or null for all of them. */
    public String netnsFocus() { return netnsFocus; }

    /** Focus cycles: all namespaces, then each of present in turn, then all again. */
    public void cycleNetns(java.util.List<String> present) {
        int at = netnsFocus == null ? -1 : present.indexOf(netnsFocus);
        netnsFocus = present.size() < 2 || at + 1 >= present.size() ? null : present.get(at + 1);
    }

    /** Back to all namespaces (the focused one is no longer there). */
    public void clearNetnsFocus() { netnsFocus = null; }

    /** Which NIC counters the NIC pane shows (from -i and --nic-filter; key a toggles all). */
    public NicSelection nicSelection() { return nicSelection; }

    public void nicSelection(NicSelection s) { nicSelection = s; }

    public boolean editingFilter() { return editingFilter; }

    public String filterDraft() { return filterDraft.toString(); }

    public void startFilter() {
        editingFilter = true;
        filterDraft.setLength(0);
        filterDraft.append(pane(focus).filter());
    }

    /** Typing in the filter prompt filters live. */
    public void typeFilter(char c) {
        filterDraft.append(c);
        pane(focus).setFilter(filterDraft.toString());
    }

    public void backspaceFilter() {
        if (filterDraft.length() > 0) filterDraft.setLength(filterDraft.length() - 1);
        pane(focus).setFilter(filterDraft.toString());
    }

    public void endFilter(boolean keep) {
        editingFilter = false;
        if (!keep) pane(focus).setFilter("");
    }

    /** The --alert expressions: rows whose counter meets one are marked. */
    public Alerts alerts() { return alerts; }

    public void setAlerts(Alerts a) { alerts = a == null ? Alerts.NONE : a; }

    /** The view shown in place of the panes, or null. */
    public Overlay overlay() { return overlay; }

    /** Opens a view in place of the panes (the detail view needs a target); opening the one shown closes it. */
    public void toggleOverlay(Overlay o, DetailTarget target) {
        if (overlay == o || (o == Overlay.DETAIL && target == null)) {
            overlay = null;
            return;
        }
        overlay = o;
        if (target != null) detail = target;
        overlayScroll = 0;
    }

    public void closeOverlay() { overlay = null; }

    /** The detail view moves to another row (the movement keys walk through the pane while it is open). */
    public void retarget(DetailTarget target) { detail = target; }

    /** What the detail view shows (kept after it closes, for the next Enter). */
    public DetailTarget detail() { return detail; }

    /** First line shown of a scrolling view (the event log); the view clamps it. */
    public int overlayScroll() { return overlayScroll; }

    public void scrollOverlay(int by) { overlayScroll = (int) Math.max(0, Math.min(1 << 20, (long) overlayScroll + by)); }

    public void clampOverlayScroll(int max) { overlayScroll = Math.max(0, Math.min(overlayScroll, max)); }

    /** Whether the panes show each row's recent history (the HISTORY column). */
    public boolean sparklines() { return sparklines; }

    public void toggleSparklines() { sparklines = !sparklines; }

    /** A short transient line for the status bar ("interval 2 s"); "" for none. */
    public String message() { return message; }

    public void say(String m) { message = m == null ? "" : m; }
}
