package xfrmtop.doc;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import xfrmtop.cli.XfrmtopCommand;
import xfrmtop.export.Families;
import xfrmtop.knowledge.CounterInfo;
import xfrmtop.knowledge.Knowledge;
import xfrmtop.knowledge.NicTables;
import xfrmtop.knowledge.FunnelTable;
import xfrmtop.sample.Event;
import xfrmtop.view.Action;
import xfrmtop.view.Column;
import xfrmtop.view.KeyMap;
import xfrmtop.view.Overlay;
import xfrmtop.view.Pane;
import xfrmtop.view.Sparks;

import java.util.List;

import static xfrmtop.doc.Roff.b;
import static xfrmtop.doc.Roff.esc;
import static xfrmtop.doc.Roff.i;

/**
 * Writes man/xfrmtop.1 from the code's own tables: options from the picocli model, keys from the key table, columns
 * from the pane column registries, counters from the knowledge tables. ManPageTest fails when the committed page
 * differs, so the page cannot drift from the program.
 */
public final class ManPage {
    private ManPage() {}

    public static String generate() {
        CommandLine.Model.CommandSpec spec = XfrmtopCommand.spec();
        StringBuilder m = new StringBuilder();
        m.append(".TH XFRMTOP 1 ").append(Version.date()).append(" \"xfrmtop ").append(Version.current())
                .append("\" \"User Commands\"\n");
        m.append(".SH NAME\nxfrmtop \\- live per\\-second rates of the Linux IPsec (XFRM) drop counters\n");
        synopsis(m);
        m.append(ManText.DESCRIPTION);
        options(m, spec);
        keys(m);
        panes(m);
        diagnosis(m);
        counters(m);
        m.append(ManText.RECORDINGS).append(ManText.ALERTS);
        m.append(ManText.JSON);
        metrics(m);
        exitStatus(m, spec);
        m.append(ManText.ENVIRONMENT).append(ManText.FILES).append(ManText.EXAMPLES).append(ManText.SEE_ALSO);
        return m.toString();
    }

    private static void synopsis(StringBuilder m) {
        m.append(".SH SYNOPSIS\n.B xfrmtop\n.RI [ options ]\n.br\n.B xfrmtop \\-b\n.RI [ options ]\n");
    }

    private static void options(StringBuilder m, CommandLine.Model.CommandSpec spec) {
        m.append(".SH OPTIONS\n");
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) continue;
            m.append(".TP\n");
            String[] names = o.names();
            for (int k = 0; k < names.length; k++) {
                if (k > 0) m.append(", ");
                m.append(b(names[k]));
            }
            if (o.typeInfo().isBoolean() && o.arity().max() == 0) m.append('\n');
            else m.append(' ').append(i(o.paramLabel().replaceAll("^<|>$", ""))).append('\n');
            m.append(Roff.text(String.join(" ", o.description())
                    .replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue()))));
        }
    }

    private static void keys(StringBuilder m) {
        m.append(".SH KEYS\nIn the full\\-screen display (press ").append(b("h")).append(" for the same list):\n");
        KeyMap keys = KeyMap.defaults();
        for (Action a : keys.actions()) {
            m.append(".TP\n");
            List<String> ks = keys.keys(a);
            for (int k = 0; k < ks.size(); k++) m.append(k > 0 ? ", " : "").append(b(ks.get(k)));
            m.append('\n').append(Roff.text(a.help()));
        }
        m.append(".PP\nIn a replay\n.RB ( \\-r ),\nthese keys differ:\n");
        KeyMap replay = KeyMap.replay();
        for (Action a : replay.actions()) {
            List<String> ks = replay.keys(a);
            if (ks.equals(keys.keys(a))) continue;
            m.append(".TP\n");
            for (int k = 0; k < ks.size(); k++) m.append(k > 0 ? ", " : "").append(b(ks.get(k)));
            m.append('\n').append(Roff.text(a.help()));
        }
    }

    private static void panes(StringBuilder m) {
        m.append(".SH PANES\n");
        for (Pane p : Pane.values()) {
            m.append(".SS ").append(esc(p.title())).append(" (key ").append(esc(p.key())).append(")\n");
            for (Column<?> c : p.columns()) {
                m.append(".TP\n").append(b(c.header())).append('\n').append(Roff.text(c.help()));
            }
        }
    }

    /** The likely-cause line, the views, the HISTORY column, the event types and the funnel map, from their tables. */
    private static void diagnosis(StringBuilder m) {
        m.append(ManText.DIAGNOSIS);
        m.append(".SS Views\n");
        KeyMap keys = KeyMap.defaults();
        for (Overlay o : Overlay.values()) {
            m.append(".TP\n").append(b(o.title())).append(" (key ").append(b(keys.keys(o.action()).get(0))).append(")\n");
            m.append(Roff.text(o.help() + "."));
        }
        m.append(".TP\n").append(b("HISTORY")).append(" (key ").append(b(keys.keys(Action.SPARKLINES).get(0)))
                .append(")\n").append(Roff.text("A column in place of MEANING (in the SA pane: in place of the"
                        + " descriptive columns): " + Sparks.HELP + "; Unicode blocks, or ASCII where the terminal's"
                        + " charset (the locale; LANG=C) has none."));
        m.append(".SS Events\n").append(Roff.text("Each watched namespace has a socket subscribed to the XFRM multicast"
                + " groups acquire, expire, SA and policy (what ip xfrm monitor shows; joining needs CAP_NET_ADMIN,"
                + " without it the event strip says so), read without blocking every tick. Event types:"));
        for (Event.Type t : Event.Type.values()) m.append(".TP\n").append(b(t.json())).append('\n').append(Roff.text(t.help() + "."));
        m.append(".SS Funnel counters\n").append(Roff.text("The NIC counters the funnel adds up (nic/funnel.tsv):"));
        FunnelTable.get().all().forEach((table, entries) -> {
            StringBuilder sb = new StringBuilder();
            new java.util.TreeMap<>(entries).forEach((name, e) -> sb.append(sb.length() == 0 ? "" : ", ").append(name)
                    .append(" (").append(e.dir()).append(' ').append(e.stage().name().toLowerCase(java.util.Locale.ROOT)).append(')'));
            m.append(".TP\n").append(b(table)).append('\n').append(Roff.text(sb + "."));
        });
    }

    private static void counters(StringBuilder m) {
        m.append(".SH COUNTERS\n.SS /proc/net/xfrm_stat\n");
        m.append(Roff.text("Every counter counts packets dropped for the stated reason. Direction in brackets."));
        for (CounterInfo c : Knowledge.xfrmStat().all()) counter(m, c);
        NicTables.get().ipsecTables().forEach((drivers, table) -> {
            m.append(".SS ethtool \\-S: ").append(esc(drivers)).append('\n');
            m.append(Roff.text("IPsec offload counters of the " + drivers + " driver, shown in the NIC pane by default."
                    + " Direction and role in brackets; drops and errors alarm when they climb."));
            for (CounterInfo c : table) nicCounter(m, c);
        });
    }

    static void nicCounter(StringBuilder m, CounterInfo c) {
        m.append(".TP\n").append(b(c.name())).append(" (").append(esc(c.dir())).append(", ")
                .append(c.role().name().toLowerCase(java.util.Locale.ROOT)).append(")\n");
        m.append(Roff.text(c.meaning() + "."));
        if (!c.causes().isEmpty()) m.append(Roff.text("Usual causes: " + String.join("; ", c.causes()) + "."));
        if (!c.next().isEmpty()) m.append(Roff.text("Check: " + String.join("; ", c.next()) + "."));
    }

    static void counter(StringBuilder m, CounterInfo c) {
        m.append(".TP\n").append(b(c.name())).append(" (").append(esc(c.dir())).append(")\n");
        m.append(Roff.text(c.meaning() + "."));
        if (!c.causes().isEmpty()) m.append(Roff.text("Usual causes: " + String.join("; ", c.causes()) + "."));
        if (!c.next().isEmpty()) m.append(Roff.text("Check: " + String.join("; ", c.next()) + "."));
    }

    private static void metrics(StringBuilder m) {
        m.append(ManText.METRICS);
        for (Families.Family f : Families.all()) {
            m.append(".TP\n").append(b(f.exposed())).append(" (").append(esc(f.type()));
            if (!f.labels().isEmpty()) m.append("; ").append(esc(String.join(", ", f.labels())));
            m.append(")\n").append(Roff.text(f.help() + "."));
        }
    }

    private static void exitStatus(StringBuilder m, CommandLine.Model.CommandSpec spec) {
        m.append(".SH EXIT STATUS\n");
        spec.usageMessage().exitCodeList().forEach((code, text) -> m.append(".TP\n.B ").append(esc(code.trim()))
                .append('\n').append(Roff.text(text)));
    }
}
