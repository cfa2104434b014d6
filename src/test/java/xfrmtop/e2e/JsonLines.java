package xfrmtop.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading xfrmtop's batch JSON lines in tests (the schema is flat enough for patterns). */
public final class JsonLines {
    private JsonLines() {}

    /** All stdout lines of a finished batch run; fails with stderr when it exits non-zero. */
    public static List<String> read(Process p) throws IOException, InterruptedException {
        List<String> lines;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            lines = r.lines().toList();
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) throw new IllegalStateException("xfrmtop did not end");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) throw new IllegalStateException("xfrmtop exit " + p.exitValue() + ": " + err);
        return lines;
    }

    /** The "total" of a named xfrm_stat counter in one JSON line (-1 when absent). */
    public static long total(String json, String counter) {
        Matcher m = Pattern.compile("\\{\"name\":\"" + Pattern.quote(counter) + "\"[^}]*\"total\":(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The "time" of one JSON line. */
    public static java.time.Instant time(String json) {
        Matcher m = Pattern.compile("\"time\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) throw new IllegalArgumentException("no time in " + json);
        return java.time.Instant.parse(m.group(1));
    }

    /** The "rate" of a named xfrm_stat counter in one JSON line (NaN when null or absent). */
    public static double rate(String json, String counter) {
        Matcher m = Pattern.compile("\\{\"name\":\"" + Pattern.quote(counter) + "\"[^}]*\"rate\":([^,}]+)").matcher(json);
        if (!m.find() || m.group(1).equals("null")) return Double.NaN;
        return Double.parseDouble(m.group(1));
    }

    /** The xfrm_stat object of one counter in one network namespace ("" = where xfrmtop started), or null. */
    public static String row(String json, String netns, String counter) {
        Matcher m = Pattern.compile("\\{\"name\":\"" + Pattern.quote(counter) + "\",\"dir\":\"[^\"]*\",\"netns\":\""
                + Pattern.quote(netns) + "\"[^}]*}").matcher(json);
        return m.find() ? m.group() : null;
    }

    /** A field's raw JSON text in a flat object (a number, null, or a string with its quotes), or null. */
    public static String field(String object, String name) {
        if (object == null) return null;
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":(\"[^\"]*\"|[^,}]+)").matcher(object);
        return m.find() ? m.group(1) : null;
    }

    /** The "rate" of a counter in one namespace (NaN when null or absent). */
    public static double rate(String json, String netns, String counter) {
        String r = field(row(json, netns, counter), "rate");
        return r == null || r.equals("null") ? Double.NaN : Double.parseDouble(r);
    }

    /** The "rate" of a named NIC counter of one interface in one JSON line (NaN when null or absent). */
    public static double nicRate(String json, String iface, String counter) {
        Matcher m = Pattern.compile("\\{\"iface\":\"" + Pattern.quote(iface) + "\"[^}]*\"name\":\""
                + Pattern.quote(counter) + "\"[^}]*\"rate\":([^,}]+)").matcher(json);
        if (!m.find() || m.group(1).equals("null")) return Double.NaN;
        return Double.parseDouble(m.group(1));
    }
}
