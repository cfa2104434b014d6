package xfrmtop.view;

/** Short durations for narrow cells: "45s", "12m03s", "3h04m", "2d03h". */
public final class Durations {
    private Durations() {}

    public static String of(long seconds) {
        if (seconds < 0) return "-";
        if (seconds < 60) return seconds + "s";
        if (seconds < 3600) return seconds / 60 + "m" + two(seconds % 60) + "s";
        if (seconds < 86400) return seconds / 3600 + "h" + two(seconds / 60 % 60) + "m";
        return seconds / 86400 + "d" + two(seconds / 3600 % 24) + "h";
    }

    private static String two(long v) { return v < 10 ? "0" + v : Long.toString(v); }
}
