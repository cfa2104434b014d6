package xfrmtop.knowledge;

/** What a counter counts; decides colour (drops and errors alarm) and whether a rate makes sense (gauges show values). */
public enum Role {
    TRAFFIC, DROP, ERROR, GAUGE;

    public boolean alarms() { return this == DROP || this == ERROR; }

    public static Role parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "traffic" -> TRAFFIC;
            case "drop" -> DROP;
            case "error" -> ERROR;
            case "gauge" -> GAUGE;
            default -> throw new IllegalArgumentException("unknown role: " + s);
        };
    }
}
