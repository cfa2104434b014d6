package xfrmtop.tui;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import sun.misc.Signal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's UnixTerminal, with its raw-mode set-up folded into one stty call. Lanterna runs stty once per setting
 * (-g, -icanon, min 1, -echo, intr undef: five forks before the first frame); here it is "stty -g" plus one
 * "stty -icanon min 1 -echo intr undef", and at exit only the saved settings are restored (they include intr).
 */
final class QuickTtyTerminal extends UnixTerminal {
    /** Lanterna's own setting for where stty is. */
    private static final String STTY_PROPERTY = "com.googlecode.lanterna.terminal.UnixTerminal.sttyCommand";
    /** Each ASCII character's bytes in the terminal's charset, encoded once (see {@link #translateCharacter}). */
    private final byte[][] ascii = new byte[128][];
    /** "stty -g" started at start (see {@link #readSettingsEarly}) and not yet read, or null. */
    private static volatile Process early;

    /**
     * Starts "stty -g" (reads the terminal's settings, changes nothing) at start, while the command line is still
     * being parsed: the first child process a JVM starts costs ~10 ms of set-up, which then is off the first frame's
     * path. Its answer is read when the terminal is opened, so the calling thread goes on at once. Only where
     * standard input and output are a terminal (else no TUI can follow).
     */
    static void readSettingsEarly() {
        if (System.console() == null) return;
        try {
            early = new ProcessBuilder(System.getProperty(STTY_PROPERTY, "/bin/stty"), "-g")
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty"))).start();
        } catch (IOException e) {
            // read when the terminal is opened instead
        }
    }

    /** "stty -g" answered by the early one when there was one (the settings restored at exit). */
    @Override
    protected String runSTTYCommand(String... parameters) throws IOException {
        Process p = early;
        if (p != null && parameters.length == 1 && "-g".equals(parameters[0])) {
            early = null;                            // once: a later session reads the terminal anew
            try {
                String saved = new String(p.getInputStream().readAllBytes(), Charset.defaultCharset()).trim();
                if (p.waitFor() == 0 && !saved.isEmpty()) return saved;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading the terminal settings", e);
            }
        }
        return super.runSTTYCommand(parameters);
    }

    QuickTtyTerminal(InputStream in, OutputStream out, Charset cs) throws IOException {
        super(in, out, cs, CtrlCBehaviour.TRAP);
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled) super.canonicalMode(true);   // raw mode is set in one go below
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled) super.keyEchoEnabled(true);
    }

    /** SIGWINCH straight to a handler: Lanterna reaches sun.misc.Signal by reflection and a proxy class (~5 ms). */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) {
        try {
            Signal.handle(new Signal("WINCH"), s -> onResize.run());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGWINCH here: the size stays as it was found at the start
        }
    }

    /**
     * Lanterna encodes every character it sends with Charset.encode (a buffer and an encoder lookup per cell: the
     * larger part of writing a screen, ~10 ms of the first frame); an ASCII character's bytes are the same each time.
     */
    @Override
    protected byte[] translateCharacter(char c) {
        if (c >= 128) return super.translateCharacter(c);
        byte[] b = ascii[c];
        if (b == null) ascii[c] = b = super.translateCharacter(c);
        return b;
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        // Lanterna calls this last when acquiring (false) and after restoring the saved settings (true).
        if (!enabled) runSTTYCommand("-icanon", "min", "1", "-echo", "intr", "undef");
    }
}
