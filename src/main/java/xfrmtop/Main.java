package xfrmtop;

import xfrmtop.cli.XfrmtopCommand;

/** Entry point: the command line does the rest. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        StaleArchive.check();
        xfrmtop.tui.Preload.start();
        System.exit(XfrmtopCommand.run(args));
    }
}
