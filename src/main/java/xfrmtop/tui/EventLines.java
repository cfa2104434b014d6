package xfrmtop.tui;

import xfrmtop.sample.Event;
import xfrmtop.view.ColorRole;
import xfrmtop.view.Summary;

/** How one XFRM event reads on screen: "12:00:03 acquire esp 198.51.100.1 -> 198.51.100.2 ..." (with its namespace). */
final class EventLines {
    private EventLines() {}

    static String line(Event e, boolean netns, UiContext ctx) {
        StringBuilder sb = new StringBuilder(24 + e.text().length());
        sb.append(HeaderView.clock(e.wallMillis(), ctx)).append(' ');
        if (netns) sb.append(Summary.netnsLabel(e.netns())).append(' ');
        String type = e.type().json();
        sb.append(type);
        for (int i = type.length(); i < 11; i++) sb.append(' ');
        return sb.append(' ').append(e.text()).toString();
    }

    /** Losses and hard expiries stand out; acquires and deletions are notes; the rest is plain. */
    static ColorRole role(Event e) {
        return switch (e.type()) {
            case LOST -> ColorRole.ALARM;
            case EXPIRE, POLEXPIRE -> e.text().startsWith("hard") ? ColorRole.ALARM : ColorRole.NOTE;
            case ACQUIRE, DELSA, FLUSHSA, DELPOLICY, FLUSHPOLICY -> ColorRole.NOTE;
            default -> ColorRole.NORMAL;
        };
    }
}
