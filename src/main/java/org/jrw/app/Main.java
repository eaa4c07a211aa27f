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
    /**
     * The loggers whose level is lowered, held so that the level is not lost when JUL drops an
     * unreferenced logger; in a class of their own, so that JUL starts where {@code startDesktop}
     * or a command starts it, not when {@code Main} is loaded.
     */
    private static final class Quieted {
        static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");
        static final java.util.logging.Logger PDF_FONT_LOG =
                java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font");
        static final java.util.logging.Logger PDFA_CHECKER_LOG =
                java.util.logging.Logger.getLogger("com.itextpdf.pdfa.checker");
    }

    private Main() {
    }

    public static void main(String[] args) {
        GuiArgs gui = GuiArgs.parse(args);
        if (gui != null) {
            startDesktop(gui);
            return;
        }
        quietLibraryLogging();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.run(args, out, err);
        System.exit(code);
    }

    /**
     * The GUI is wanted when no command is given: no arguments at all, or only the common
     * options {@code --workspace DIR} and {@code --lang zh|en}. Returns null for a command line.
     */
    record GuiArgs(java.nio.file.Path workspace, String lang, java.util.List<java.nio.file.Path> files) {
        /** Files the desktop hands us (file association): packages the workbench opens. */
        static boolean isOpenable(String a) {
            String n = a.toLowerCase(java.util.Locale.ROOT);
            if (!(n.endsWith(".jrcase") || n.endsWith(".jrreview") || n.endsWith(".jrresponse"))) {
                return false;
            }
            return java.nio.file.Files.exists(java.nio.file.Path.of(a));
        }

        static GuiArgs parse(String[] args) {
            java.nio.file.Path ws = null;
            String lang = null;
            java.util.List<java.nio.file.Path> files = new java.util.ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--workspace") && i + 1 < args.length) {
                    ws = java.nio.file.Path.of(args[++i]);
                } else if (a.startsWith("--workspace=")) {
                    ws = java.nio.file.Path.of(a.substring(12));
                } else if (a.equals("--lang") && i + 1 < args.length) {
                    lang = args[++i];
                } else if (a.startsWith("--lang=")) {
                    lang = a.substring(7);
                } else if (isOpenable(a)) {
                    files.add(java.nio.file.Path.of(a).toAbsolutePath());
                } else {
                    return null;
                }
            }
            return new GuiArgs(ws, lang, java.util.List.copyOf(files));
        }
    }

    /**
     * The desktop path. The preferences (Jackson: a few hundred ms of class loading) are read on a
     * background thread while the JavaFX toolkit starts; the single-instance channel is per user
     * (per workspace when one is given), so no preference is needed before the hand-over.
     */
    static void startDesktop(GuiArgs gui) {
        // C2 back once the first usable frame is on screen, or after a few seconds (ADR 0169)
        StartupCompilation.releaseWhenStarted(6000);
        if (gui.lang() != null) {
            try {
                org.jrw.i18n.Messages.setLanguage(gui.lang());
            } catch (IllegalArgumentException e) {
                // expected input error: the message names the language
                System.err.println(org.jrw.i18n.Messages.get("cli.lang.unsupported", gui.lang()));
                System.exit(Cli.BAD_INPUT);
            }
        }
        // before any JavaFX control class: ButtonType takes its words from the default locale
        java.util.Locale.setDefault(org.jrw.i18n.Messages.locale());
        // before the toolkit's start logs it (its first step, on the launcher thread): set here,
        // not on the preferences thread, which loses that race. It starts java.util.logging here,
        // which the toolkit's own log call would otherwise start a few ms later on the same path
        // (measured: no change in start-up time either way, ADR 0172).
        Logs.dropJavaFxClassPathWarning();
        java.util.concurrent.CompletableFuture<org.jrw.logic.settings.Preferences> prefs =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    // the levels and the file log set here, off the main thread; everything that
                    // logs at start (the workspace's opening) waits for this
                    quietLibraryLogging();
                    Logs.installFileLog();
                    return new org.jrw.logic.settings.PreferencesStore(org.jrw.persistence.UserDirs.config())
                            .loadOrDefaults();
                });
        java.nio.file.Path socket = gui.workspace() != null ? SingleInstance.socketFor(gui.workspace())
                : org.jrw.persistence.UserDirs.config().resolve("instance.sock");
        if (SingleInstance.handOver(socket, gui.files())) {
            return; // the running window opens the files
        }
        DesktopLauncher.launch(gui.workspace(), gui.lang() != null, gui.files(), socket, prefs);
    }

    /** Library INFO logging (Flyway, PDFBox) would clutter stderr, which carries our messages. */
    static void quietLibraryLogging() {
        // Apache POI logs through the Log4j API: the API's own simple logger keeps its errors only
        // (log4j-to-slf4j, on the class path for tests and embedders, would pass everything to JUL).
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (!Boolean.getBoolean("jrw.debug")) {
            java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
            // Flyway warns on every open that out-of-order migrations are allowed (see Database)
            Quieted.FLYWAY_LOG.setLevel(java.util.logging.Level.SEVERE);
            // PDFBox warns of every standard font a PDF does not embed ("Using fallback font …")
            Quieted.PDF_FONT_LOG.setLevel(java.util.logging.Level.SEVERE);
            Logs.quietPdfLibraries(); // and glyph warnings from rendering (org.apache.pdfbox, org.apache.fontbox)
            // iText's PDF/A checker notes each object it could not flush early (harmless: checked at close)
            Quieted.PDFA_CHECKER_LOG.setLevel(java.util.logging.Level.SEVERE);
        }
    }
}
