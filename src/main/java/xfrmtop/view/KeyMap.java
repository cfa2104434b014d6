package xfrmtop.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key table: key names (as the TUI spells a key press: "q", "F10", "Ctrl-C", "Space", "Esc", "PgUp", ...) bound to
 * actions. The TUI dispatches through it, and the help screen and the man page print it, so they always agree.
 */
public final class KeyMap {
    private final Map<String, Action> byKey = new LinkedHashMap<>();
    private final Map<Action, List<String>> byAction = new LinkedHashMap<>();

    private KeyMap() {}

    public static KeyMap defaults() {
        KeyMap m = new KeyMap();
        m.bind(Action.QUIT, "q", "F10", "Ctrl-C");
        m.bind(Action.HELP, "h", "?", "F1");
        m.bind(Action.PAUSE, "Space");
        m.bind(Action.BASELINE, "b");
        m.bind(Action.SORT_NEXT, ">", "s");
        m.bind(Action.SORT_PREV, "<");
        m.bind(Action.SORT_REVERSE, "r");
        m.bind(Action.INTERVAL_UP, "+");
        m.bind(Action.INTERVAL_DOWN, "-");
        m.bind(Action.FILTER, "/");
        m.bind(Action.CLEAR, "Esc");
        m.bind(Action.HIDE_IDLE, "z");
        m.bind(Action.UP, "Up", "k");
        m.bind(Action.DOWN, "Down", "j");
        m.bind(Action.PAGE_UP, "PgUp");
        m.bind(Action.PAGE_DOWN, "PgDn");
        m.bind(Action.TOP, "Home", "g");
        m.bind(Action.BOTTOM, "End", "G");
        m.bind(Action.NEXT_PANE, "Tab");
        m.bind(Action.POLICIES, "p");
        m.bind(Action.NETNS_FOCUS, "n");
        m.bind(Action.ALL_COUNTERS, "a");
        m.bind(Action.DETAIL, "Enter");
        m.bind(Action.FUNNEL, "f");
        m.bind(Action.EVENTS, "e");
        m.bind(Action.SPARKLINES, "t");
        for (Pane p : Pane.values()) m.bind(Action.FOCUS_PANE, p.key());
        return m;
    }

    /**
     * The keys of a replay (-r): the live keys, with Space, + and - taken over by the replay controls (pausing a
     * replay stops it, rather than freezing the screen; a recording keeps its own interval).
     */
    public static KeyMap replay() {
        KeyMap m = defaults();
        m.bind(Action.PLAY_PAUSE, "Space");
        m.bind(Action.STEP_FORWARD, ".", "Right");
        m.bind(Action.STEP_BACK, ",", "Left");
        m.bind(Action.JUMP_FORWARD, "]");
        m.bind(Action.JUMP_BACK, "[");
        m.bind(Action.TO_START, "{");
        m.bind(Action.TO_END, "}");
        m.bind(Action.SPEED_UP, "+");
        m.bind(Action.SPEED_DOWN, "-");
        return m;
    }

    public void bind(Action a, String... keys) {
        for (String k : keys) {
            Action old = byKey.put(k, a);
            if (old != null && old != a) byAction.get(old).remove(k);
            byAction.computeIfAbsent(a, x -> new ArrayList<>()).add(k);
        }
    }

    /** The action bound to a key name, or null. */
    public Action action(String key) { return byKey.get(key); }

    /** Keys of an action, in binding order. */
    public List<String> keys(Action a) { return byAction.getOrDefault(a, List.of()); }

    /** Actions that have keys, in enum order (for help and the man page). */
    public List<Action> actions() {
        List<Action> out = new ArrayList<>();
        for (Action a : Action.values()) if (!keys(a).isEmpty()) out.add(a);
        return out;
    }
}
