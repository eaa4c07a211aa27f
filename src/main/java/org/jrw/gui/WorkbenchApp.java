package org.jrw.gui;

import java.io.InputStream;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.jrw.i18n.Messages;
import org.jrw.logic.settings.Preferences;

/**
 * The JavaFX application. The workspace folder comes from {@link #launchWorkbench} (or the
 * {@code jrw.workspace} system property, for tests), else the default location.
 */
public final class WorkbenchApp extends Application {
    static final String BUNDLED_FONT = "/content/fonts/DroidSansFallbackFull.ttf";
    private static volatile Launch launch = new Launch(null, false, java.util.List.of(), null, null, null, () -> { });
    /** Begun by {@link #launchWorkbench} before the toolkit starts (else by {@link #start}). */
    private static volatile EarlyStart early;
    private AppContext ctx;
    private MainViewModel vm;
    /** Built by {@link #prepare}: on the launcher thread from {@link #init}, else in {@link #start}. */
    private EarlyStart begun;
    /** The interface font, chosen (and its files read ahead) on a thread of its own. */
    private java.util.concurrent.CompletableFuture<String> family;
    private MainView view;
    private boolean vmStarted;
    /** The single-instance channel once open (guarded by this); {@link #stop} closes it. */
    private AutoCloseable instanceServer;
    private boolean stopped;

    /** Listens for files handed over by later launches (the single-instance channel). */
    public interface InstanceServer {
        AutoCloseable listen(java.util.function.Consumer<java.util.List<Path>> onFiles) throws java.io.IOException;
    }

    /**
     * How to start: the workspace (null: the default), files to open, the single-instance
     * channel and the crash reporter (both may be null, e.g. in tests), and what to run once the
     * first usable frame is on screen (the start-up compiler directive lifted, ADR 0169).
     */
    public record Launch(Path workspace, boolean languageGiven, java.util.List<Path> files, InstanceServer instances,
                         java.util.function.BiFunction<Thread, Throwable, Path> crashReporter,
                         java.util.concurrent.CompletableFuture<Preferences> preferences,
                         Runnable started) {
    }

    /** Starts the desktop workbench and blocks until it closes. */
    public static void launchWorkbench(Launch l) {
        launch = l;
        // the workspace opens, and the last case is read, while the toolkit starts (ADR 0167)
        early = EarlyStart.begin(l.preferences(), l.languageGiven(), WorkbenchApp::workspaceDir);
        Application.launch(WorkbenchApp.class);
    }

    /** --workspace, else $JRW_HOME, else the preferred location, else the platform default. */
    static Path workspaceDir(Preferences prefs) {
        if (launch.workspace() != null) {
            return launch.workspace();
        }
        String prop = System.getProperty("jrw.workspace");
        if (prop != null) {
            return Path.of(prop);
        }
        String home = System.getenv("JRW_HOME");
        if ((home == null || home.isBlank()) && prefs.workspace() != null) {
            return Path.of(prefs.workspace());
        }
        return org.jrw.logic.services.Services.defaultWorkspaceDir();
    }

    /**
     * On the JavaFX launcher thread, once the toolkit runs and before {@link #start}: the first
     * control class asks the JavaFX thread to read the default theme (modena: some 50 ms before
     * the code is compiled), and while that thread reads it, this one composes the services, builds
     * the main view and, when the early start has read them, puts the case list and the last case
     * in it. JavaFX lets nodes be built on any thread until they are in a shown window.
     */
    @Override
    public void init() {
        StartupProbe.mark("init");
        if (!Platform.isFxApplicationThread()) {
            prepare();
        }
    }

    /** Everything of the window that needs no JavaFX thread: services, view-model, view, first data. */
    private void prepare() {
        begun = early != null ? early
                : EarlyStart.begin(launch.preferences(), launch.languageGiven(), WorkbenchApp::workspaceDir);
        ctx = begun.context();
        // JavaFX names its stock buttons (ButtonType) from its own bundle in the default locale
        java.util.Locale.setDefault(Messages.locale());
        // the first control: the JavaFX thread reads the theme while this thread builds
        new javafx.scene.control.Label();
        family = FontWarmUp.start(WorkbenchApp::chooseFont, Appearance.BASE_FONT_PX);
        FileDialogs.use(ctx);
        vm = new MainViewModel(ctx);
        StartupProbe.mark("context");
        view = new MainView(vm, Platform::exit);
        StartupProbe.mark("view");
        awaitEarlyRead();
        if (begun.data().isDone()) {
            // the list and the last case, read by now, are in the window's first frame
            vm.start(begun.data());
            vmStarted = true;
        }
    }

    /**
     * The early read (the list and the last case) belongs in the window's first frame: when the
     * view is built before it, wait a little for it. Only off the JavaFX thread, which has nothing
     * to do until {@link #init} returns; past the wait the start task shows the case when read.
     */
    private void awaitEarlyRead() {
        if (!Platform.isFxApplicationThread()) {
            awaitRead(begun.data(), EARLY_READ_WAIT_MS);
        }
    }

    /** Whether {@code read} is done within {@code ms} (done with an error counts: it is there to report). */
    static boolean awaitRead(java.util.concurrent.CompletableFuture<?> read, long ms) {
        try {
            read.get(ms, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException late) {
            return false; // not read yet: the start task waits for it
        } catch (java.util.concurrent.ExecutionException failed) {
            return true; // the start task reports it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // kept for the launcher; the window starts without the case
            return false;
        }
        return true;
    }

    /** How long the launcher thread waits for the early read (a slow disk shows the window first). */
    static final long EARLY_READ_WAIT_MS = 250;

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start");
        if (view == null) {
            prepare();
        }
        Scene scene = new Scene(view, 1280, 800);
        // the font thread's choice; should it have failed, the system's default face
        Appearance.setFontFamily(family.exceptionally(failed -> Font.getDefault().getFamily()).join());
        Appearance.setMonoFamily(chooseMonoFont());
        Appearance.apply(scene, ctx.preferences());
        Appearance.watchWindows(ctx::preferences);
        stage.setTitle(Messages.get("gui.app.title"));
        stage.setScene(scene);
        if (!vmStarted) {
            // the list and the last case, when read by now, are in the window's first frame; if
            // not, they follow when read (the start task waits for them in the background)
            vm.start(begun.data());
        }
        stage.show();
        StartupProbe.mark("shown");
        StartupProbe.install(scene);
        StartupProbe.usable(scene, StartupProbe.caseShown(vm, view));
        // the document faces (font collections: a second or more) are parsed once, in the
        // background, so the first opinion or report does not wait for them; after the first
        // usable frame (a case shown, or the list read and empty), which they would slow down;
        // the window icon (image decoding) too
        StartupProbe.afterFrameWhere(scene, () -> StartupProbe.caseShown(vm, view).getAsBoolean()
                || vm.readyProperty().get() && vm.cases().shownCases().isEmpty(), () -> {
                    launch.started().run();
                    Thread fonts = new Thread(() -> {
                        setIcon(stage);
                        org.jrw.logic.pdf.DocumentFonts.warmUp();
                    }, "jrw-document-fonts");
                    fonts.setDaemon(true);
                    fonts.setPriority(Thread.MIN_PRIORITY);
                    fonts.start();
                });
        installCrashHandler(stage);
        // files handed to the program open once the first frame is on screen
        StartupProbe.afterFirstFrame(scene, () -> {
            if (!launch.files().isEmpty()) {
                vm.openFiles(launch.files());
            }
        });
        // first start: name and role, then the bureau's jurisdiction once the workspace is open
        // (issue 19), one dialog after the other (issue 23)
        FirstStart.run(ctx.preferences().identity() == null || !ctx.preferences().identity().complete(),
                view::askIdentity, vm.readyProperty(),
                () -> org.jrw.gui.rules.JurisdictionPrompt.askIfMissing(stage, ctx, jurisdictionRead()));
        listenForFiles(stage);
    }

    /** The jurisdiction the early start read with the cases (null when it did not read them). */
    private java.util.Optional<String> jurisdictionRead() {
        var data = begun.data();
        return data.isDone() && !data.isCompletedExceptionally() ? data.join().jurisdiction() : null;
    }

    /**
     * Files handed over by later launches (the single-instance channel) open in this window. The
     * channel is opened on a thread of its own: opening a Unix-domain socket the first time seeds a
     * secure random generator, which the window's first frame should not wait for.
     */
    private void listenForFiles(Stage stage) {
        if (launch.instances() == null) {
            return;
        }
        Thread opener = new Thread(() -> {
            try {
                AutoCloseable server = launch.instances().listen(files -> Platform.runLater(() -> {
                    stage.setIconified(false);
                    stage.toFront();
                    stage.requestFocus();
                    if (!files.isEmpty()) {
                        vm.openFiles(files);
                    }
                }));
                synchronized (this) {
                    if (stopped) {
                        closeQuietly(server);
                    } else {
                        instanceServer = server;
                    }
                }
            } catch (java.io.IOException e) {
                System.getLogger("jrw").log(System.Logger.Level.WARNING, "single-instance channel unavailable: " + e);
            }
        }, "jrw-single-instance-open");
        opener.setDaemon(true);
        opener.start();
    }

    /** Decodes the window icon (on the calling thread: a background one) and sets it on the JavaFX thread. */
    private static void setIcon(Stage stage) {
        try (InputStream icon = WorkbenchApp.class.getResourceAsStream("/org/jrw/gui/icon.png")) {
            if (icon != null) {
                Image image = new Image(icon);
                Platform.runLater(() -> stage.getIcons().add(image));
            }
        } catch (java.io.IOException failure) {
            org.slf4j.LoggerFactory.getLogger(WorkbenchApp.class).warn("window icon not loaded", failure);
            // no icon is not worth failing over
        }
    }

    /** An unexpected error: write a report, tell the user where it is, keep the window usable. */
    private static void installCrashHandler(Stage stage) {
        var reporter = launch.crashReporter();
        if (reporter == null) {
            return;
        }
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            Path report = reporter.apply(t, e);
            Platform.runLater(() -> CrashDialog.show(stage, e, report));
        });
    }

    /** A monospaced font with Chinese glyphs, or null when none is installed. */
    static String chooseMonoFont() {
        java.util.List<String> families = Font.getFamilies();
        for (String f : java.util.List.of("Noto Sans Mono CJK SC", "Source Han Mono SC", "Sarasa Mono SC", "NSimSun")) {
            if (families.contains(f)) {
                return f;
            }
        }
        return null;
    }

    /**
     * A CJK font that is certain to be there: a system Noto/Source Han if installed, else the
     * font bundled in the program (so Chinese text never renders as boxes).
     */
    static String chooseFont() {
        for (String f : Font.getFamilies()) {
            if (f.equals("Noto Sans CJK SC") || f.equals("Source Han Sans SC")) {
                return f;
            }
        }
        try (InputStream in = WorkbenchApp.class.getResourceAsStream(BUNDLED_FONT)) {
            if (in != null) {
                Font f = Font.loadFont(in, 13);
                if (f != null) {
                    return f.getFamily();
                }
            }
        } catch (java.io.IOException failure) {
            org.slf4j.LoggerFactory.getLogger(WorkbenchApp.class)
                    .warn("bundled UI font not loaded; the system default is used", failure);
            // fall back to the system default
        }
        return Font.getDefault().getFamily();
    }

    @Override
    public void stop() {
        synchronized (this) {
            stopped = true;
            if (instanceServer != null) {
                closeQuietly(instanceServer);
            }
        }
        if (ctx != null) {
            ctx.close();
        }
    }

    private static void closeQuietly(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception failure) {
            org.slf4j.LoggerFactory.getLogger(WorkbenchApp.class).debug("single-instance channel not closed", failure);
            // the socket goes with the process
        }
    }
}
