package xfrmtop.tui;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import sun.misc.Signal;

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
    /** Each ASCII character's bytes in the terminal's charset, encoded once (see {@link #translateCharacter}). */
    private final byte[][] ascii = new byte[128][];

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
