package xfrmtop.knowledge;

import java.util.List;

/**
 * What the project knows about one counter name: direction ("in", "out", "fwd" or "-"), role, the kernel release
 * that added it, a one-line meaning, the usual operational causes and the commands to run next.
 */
public record CounterInfo(String name, String dir, Role role, String added, String meaning,
                          List<String> causes, List<String> next) {

    /** For names this build does not know (newer kernels append counters): direction guessed from the prefix. */
    public static CounterInfo unknownXfrm(String name) {
        String dir = name.startsWith("XfrmIn") ? "in" : name.startsWith("XfrmOut") ? "out"
                : name.startsWith("XfrmFwd") ? "fwd" : "-";
        return new CounterInfo(name, dir, Role.DROP, "?", "(not known to this xfrmtop build)", List.of(), List.of());
    }

    /**
     * For NIC counters no driver table describes: direction and role guessed from the name (drop/discard counters
     * alarm, err/fail counters are errors), and a meaning that says it is a guess.
     */
    public static CounterInfo unknownNic(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        String dir = n.startsWith("rx") || n.contains("_rx") ? "in" : n.startsWith("tx") || n.contains("_tx") ? "out" : "-";
        Role role = n.contains("drop") || n.contains("discard") ? Role.DROP
                : n.contains("err") || n.contains("fail") ? Role.ERROR : Role.TRAFFIC;
        return new CounterInfo(name, dir, role, "?", "(not in the driver table)",
                List.of(), List.of());
    }

    public boolean known() { return !"?".equals(added); }
}
