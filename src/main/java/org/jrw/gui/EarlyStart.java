package org.jrw.gui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jrw.i18n.Messages;
import org.jrw.logic.settings.Preferences;
import org.jrw.model.CaseSummary;
import org.jrw.model.Dossier;

/**
 * Start-up work begun before the JavaFX toolkit is up (ADR 0167), on a thread of its own while the
 * toolkit starts on the others: the preferences are awaited, the message bundles read, the
 * services composed, then the workspace opened, its cases listed and the case open at the last
 * close loaded. When all of it is done before the main window is shown, the first frame already
 * shows the case ({@link MainViewModel#start(CompletableFuture)}); when not, the window's start
 * task waits for it in the background.
 */
public final class EarlyStart {
    /** What the first frame shows: the cases in the workspace and the one to open (null: none). */
    public record Data(List<CaseSummary> cases, Dossier caseToOpen, java.util.Optional<String> jurisdiction) {
        public Data {
            cases = List.copyOf(cases);
        }

        /** What was read without the workspace's jurisdiction (null: not read; the prompt looks it up itself). */
        public Data(List<CaseSummary> cases, Dossier caseToOpen) {
            this(cases, caseToOpen, null);
        }
    }

    private final CompletableFuture<AppContext> context = new CompletableFuture<>();
    private final CompletableFuture<Data> data = new CompletableFuture<>();

    private EarlyStart() {
    }

    /**
     * Begins at once on the thread {@code jrw-early-start}. {@code prefs} are the preferences being
     * read (null: read them here); {@code languageGiven}: the command line chose the language, the
     * preferences' does not apply.
     */
    public static EarlyStart begin(CompletableFuture<Preferences> prefs, boolean languageGiven,
                                   java.util.function.Function<Preferences, java.nio.file.Path> workspaceDir) {
        EarlyStart s = new EarlyStart();
        Thread t = new Thread(() -> s.run(prefs, languageGiven, workspaceDir), "jrw-early-start");
        t.setDaemon(true);
        t.start();
        return s;
    }

    private void run(CompletableFuture<Preferences> prefs, boolean languageGiven,
                     java.util.function.Function<Preferences, java.nio.file.Path> workspaceDir) {
        AppContext ctx;
        try {
            Preferences p = prefs == null ? null : prefs.join();
            if (p != null && !languageGiven) {
                Messages.setLanguage(p.language());
            }
            Messages.readAll(); // the screens' strings: read here, not by the window's first lookups
            ctx = p == null ? new AppContext(workspaceDir.apply(Preferences.defaults()))
                    : new AppContext(workspaceDir.apply(p), p);
            context.complete(ctx);
        } catch (RuntimeException | Error e) {
            context.completeExceptionally(e);
            data.completeExceptionally(e);
            return;
        }
        try {
            data.complete(read(ctx));
        } catch (RuntimeException e) {
            // the window's start task reports it (and tries once more)
            data.completeExceptionally(e);
        }
    }

    /** Opens the workspace, lists its cases and loads the one to open first (background thread). */
    static Data read(AppContext ctx) {
        ctx.ensureOpen();
        StartupProbe.mark("opened");
        List<CaseSummary> cases = ctx.dossiers().list();
        StartupProbe.mark("listed early");
        if (cases.isEmpty()) {
            return new Data(cases, null);
        }
        String last = Remembered.get(ctx, "session", "lastCase");
        CaseSummary first = cases.stream().filter(c -> c.caseId().equals(last)).findFirst().orElse(cases.get(0));
        Dossier d = ctx.dossiers().load(first.caseId());
        StartupProbe.mark("loaded early");
        // for the first-start prompt: read here, so no task has to look it up while the window opens
        return new Data(cases, d, ctx.ruleSources().jurisdiction());
    }

    /** The services, composed on the early thread (waits for the preferences; a failure is thrown). */
    public AppContext context() {
        return context.join();
    }

    /** The workspace's cases and the case to open, when read. */
    public CompletableFuture<Data> data() {
        return data;
    }
}
