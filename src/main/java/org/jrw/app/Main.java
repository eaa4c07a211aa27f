package org.jrw.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jrw.cli.Cli;

/**
 * The one entry point: no arguments opens the desktop workbench, anything else is a command run
 * without a window (see {@code docs/ARCHITECTURE.md}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopLauncher.launch(args);
            return;
        }
        quietLibraryLogging();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.run(args, out, err);
        System.exit(code);
    }

    /** Library INFO logging (Flyway, PDFBox) would clutter stderr, which carries our messages. */
    static void quietLibraryLogging() {
        if (!Boolean.getBoolean("jrw.debug")) {
            java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        }
    }
}
