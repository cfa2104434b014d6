package xfrmtop.doc;

/** Small helpers for writing man(7) roff text. */
final class Roff {
    private Roff() {}

    /** Escapes text for roff: backslashes, hyphens (so options copy-paste as ASCII), leading dots and quotes. */
    static String esc(String s) {
        String t = s.replace("\\", "\\e").replace("-", "\\-");
        if (t.startsWith(".") || t.startsWith("'")) t = "\\&" + t;
        return t;
    }

    /** Escaped text as lines of at most 78 characters (roff joins them again), ending in a newline. */
    static String text(String s) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String word : esc(s).split(" ")) {
            if (word.isEmpty()) continue;
            if (col > 0 && col + 1 + word.length() > 78) {
                out.append('\n');
                col = 0;
                if (word.startsWith(".") || word.startsWith("'")) word = "\\&" + word;   // not a control line
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(word);
            col += word.length();
        }
        return out.append('\n').toString();
    }

    /** Bold text (option and key names). */
    static String b(String s) { return "\\fB" + esc(s) + "\\fR"; }

    /** Italic text (parameters). */
    static String i(String s) { return "\\fI" + esc(s) + "\\fR"; }
}
