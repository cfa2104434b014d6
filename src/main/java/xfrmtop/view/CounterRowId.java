package xfrmtop.view;

/** A counter row's identity across frames (namespace, instance, name), for keeping the selection on it. */
public final class CounterRowId {
    private CounterRowId() {}

    public static String of(CounterRow r) {
        return r.netns() + '\u0000' + r.instance() + '\u0000' + r.name();
    }
}
