package xfrmtop.doc;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import xfrmtop.cli.XfrmtopCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the bash and zsh completion scripts from the picocli model: every visible option, and for option values
 * the live interface names, namespace names (/run/netns), files, or the fixed words an option accepts.
 */
public final class Completion {
    /** How an option's value completes, by its long name; options not listed take free text. */
    static final Map<String, String> VALUES = Map.of(
            "--interface", "iface", "--netns", "netns", "--netns-path", "file", "--record", "file",
            "--replay", "file", "--format", "words:text json");

    private Completion() {}

    record Opt(List<String> names, boolean takesValue, String kind, String help, boolean repeatable) {}

    static List<Opt> options() {
        List<Opt> out = new ArrayList<>();
        for (OptionSpec o : XfrmtopCommand.spec().options()) {
            if (o.hidden()) continue;
            boolean value = !(o.typeInfo().isBoolean() && o.arity().max() == 0);
            String kind = value ? VALUES.getOrDefault(o.longestName(), "text") : "";
            String help = String.join(" ", o.description()).replaceAll("\\s*\\(default: [^)]*\\)", "");
            out.add(new Opt(List.of(o.names()), value, kind, help, o.isMultiValue()));
        }
        return out;
    }

    public static String bash() {
        StringBuilder s = new StringBuilder();
        s.append("# bash completion for xfrmtop (generated from the command line model; do not edit)\n");
        s.append("_xfrmtop() {\n  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n  case $prev in\n");
        Map<String, List<String>> byKind = new TreeMap<>();
        for (Opt o : options()) if (o.takesValue()) byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).addAll(o.names());
        byKind.forEach((kind, names) -> {
            s.append("    ").append(String.join("|", names)).append(")\n      ");
            if (kind.equals("iface")) s.append("COMPREPLY=($(compgen -W \"$(ls /sys/class/net 2>/dev/null)\" -- \"$cur\"))");
            else if (kind.equals("netns")) s.append("COMPREPLY=($(compgen -W \"$(ls /run/netns 2>/dev/null)\" -- \"$cur\"))");
            else if (kind.equals("file")) s.append("COMPREPLY=($(compgen -f -- \"$cur\"))");
            else if (kind.startsWith("words:")) s.append("COMPREPLY=($(compgen -W \"").append(kind.substring(6)).append("\" -- \"$cur\"))");
            else s.append("COMPREPLY=()");
            s.append("\n      return ;;\n");
        });
        List<String> all = new ArrayList<>();
        for (Opt o : options()) all.addAll(o.names());
        s.append("  esac\n  COMPREPLY=($(compgen -W \"").append(String.join(" ", all)).append("\" -- \"$cur\"))\n}\n");
        s.append("complete -F _xfrmtop xfrmtop\n");
        return s.toString();
    }

    public static String zsh() {
        StringBuilder s = new StringBuilder();
        s.append("#compdef xfrmtop\n# zsh completion for xfrmtop (generated from the command line model; do not edit)\n");
        s.append("_xfrmtop_netns() {\n  local -a ns\n  ns=(${(f)\"$(ls /run/netns 2>/dev/null)\"})\n")
                .append("  _describe 'network namespace' ns\n}\n");
        s.append("_arguments -s \\\n");
        List<Opt> opts = options();
        for (int k = 0; k < opts.size(); k++) {
            Opt o = opts.get(k);
            String excl = o.names().size() > 1 ? "(" + String.join(" ", o.names()) + ")" : "";
            boolean repeat = o.kind().equals("iface") || o.kind().equals("netns") || o.repeatable();
            String help = o.help().replace("'", "'\\''").replace("[", "(").replace("]", ")").replace(":", "\\:");
            String action = switch (o.kind()) {
                case "iface" -> ":interface:_net_interfaces";
                case "netns" -> ":namespace:_xfrmtop_netns";
                case "file" -> ":file:_files";
                case "" -> "";
                default -> o.kind().startsWith("words:") ? ":value:(" + o.kind().substring(6) + ")" : ":value: ";
            };
            String names = o.names().size() > 1 ? "{" + String.join(",", o.names()) + "}" : o.names().get(0);
            s.append("  '").append(repeat ? "*" : excl).append("'").append(names).append("'[").append(help).append("]")
                    .append(action).append("'").append(k < opts.size() - 1 ? " \\\n" : "\n");
        }
        return s.toString();
    }
}
