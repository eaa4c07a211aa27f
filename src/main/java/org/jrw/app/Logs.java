package org.jrw.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jrw.persistence.UserDirs;

/** Logging to the user's log folder, and crash reports written next to the logs. */
public final class Logs {
    private Logs() {
    }

    /** Routes java.util.logging (and slf4j through it) to rotating files in {@link UserDirs#logs()}. */
    public static void installFileLog() {
        try {
            Path dir = UserDirs.logs();
            Files.createDirectories(dir);
            FileHandler h = new FileHandler(dir.resolve("jrw-%g.log").toString(), 2_000_000, 5, true);
            h.setEncoding("UTF-8");
            h.setFormatter(new SimpleFormatter());
            Logger root = Logger.getLogger("");
            root.addHandler(h);
            root.setLevel(Boolean.getBoolean("jrw.debug") ? Level.FINE : Level.INFO);
            quietPdfLibraries();
            for (var handler : root.getHandlers()) {
                if (handler instanceof java.util.logging.ConsoleHandler) {
                    handler.setLevel(Level.WARNING);
                }
            }
        } catch (IOException | SecurityException e) {
            System.err.println("cannot write the log file: " + e);
        }
    }

    /** Strong references: a logger's level is lost when nothing holds the logger. */
    private static final Logger[] PDF_LOGS = {Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox")};

    /**
     * PDFBox and FontBox warn once per missing glyph and per substituted font while rendering and
     * reading PDFs: thousands of lines on the console and in the log for one scanned dossier. Only
     * their errors are kept (everything with {@code -Djrw.debug=true}).
     */
    public static void quietPdfLibraries() {
        for (Logger l : PDF_LOGS) {
            l.setLevel(Boolean.getBoolean("jrw.debug") ? Level.FINE : Level.SEVERE);
        }
    }

    /** Held, so the filter stays: a logger's configuration is lost when nothing holds the logger. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    /** The start of the warning JavaFX logs on every start when it runs from the class path. */
    static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";

    /**
     * JavaFX runs from the class path (it is inside {@code jrw.jar}), and its toolkit logs "Unsupported
     * JavaFX configuration: classes were loaded from 'unnamed module …'" on every start. The warning is
     * expected here and tells the user nothing: it was a line on the console and in the user's log on
     * every start, which a reader of the log took for a fault. Other JavaFX messages pass.
     */
    public static void dropJavaFxClassPathWarning() {
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith(CLASS_PATH_WARNING));
    }

    /** Writes a crash report (versions, system, stack trace) and returns its path. */
    public static Path writeCrashReport(Thread thread, Throwable error) {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.println("Joint Review Workbench crash report");
        pw.println("time: " + LocalDateTime.now());
        pw.println("version: " + org.jrw.cli.JrwCommand.Version.version());
        pw.println("java: " + System.getProperty("java.version") + " " + System.getProperty("java.vendor"));
        pw.println("os: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        pw.println("thread: " + (thread == null ? "?" : thread.getName()));
        pw.println();
        error.printStackTrace(pw);
        pw.flush();
        try {
            Path dir = UserDirs.logs();
            Files.createDirectories(dir);
            Path f = dir.resolve("crash-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                    + ".txt");
            Files.writeString(f, sw.toString(), StandardCharsets.UTF_8);
            Logger.getLogger("jrw").log(Level.SEVERE, "crash, report in " + f, error);
            return f;
        } catch (IOException e) {
            // the log folder is not writable: the report goes to the console instead
            System.err.println(sw);
            return null;
        }
    }
}
