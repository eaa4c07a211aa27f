package org.jrw.gui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jrw.gui.cases.CaseListViewModel;
import org.jrw.gui.cases.CaseOverviewViewModel;
import org.jrw.i18n.Messages;
import org.jrw.logic.dossier.DossierExporter;
import org.jrw.logic.dossier.ImportResult;
import org.jrw.logic.dossier.Problem;
import org.jrw.logic.task.CancelledException;
import org.jrw.model.CaseSummary;
import org.jrw.model.Dossier;

/**
 * The main window's state and actions. Every action that touches the workspace runs through the
 * {@link org.jrw.gui.task.TaskRunner}; results come back on the JavaFX thread.
 */
public final class MainViewModel {
    /** How the view tells the user about results and errors. */
    public interface Notifier {
        void info(String title, String text);

        /**
         * A confirmation that needs no answer (saved, exported, imported): the window shows it as a
         * notification that fades by itself, not as a modal dialog.
         */
        default void done(String title, String text) {
            info(title, text);
        }

        void error(String title, String text);
    }

    private final AppContext ctx;
    private final CaseListViewModel cases = new CaseListViewModel();
    private final CaseOverviewViewModel overview = new CaseOverviewViewModel();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    /** The case read at start-up, shown without reading it again when it is the one selected first. */
    private Dossier preloaded;
    private Notifier notifier = new Notifier() {
        @Override
        public void info(String title, String text) {
        }

        @Override
        public void error(String title, String text) {
        }
    };

    public MainViewModel(AppContext ctx) {
        this.ctx = ctx;
        cases.selectedProperty().addListener((o, a, b) -> open(b));
    }

    public void setNotifier(Notifier n) {
        this.notifier = n;
    }

    public AppContext context() {
        return ctx;
    }

    public CaseListViewModel cases() {
        return cases;
    }

    public CaseOverviewViewModel overview() {
        return overview;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    /**
     * Opens the workspace; on the very first start (no case yet) loads the demo dossier and the
     * precedent corpus so a new user sees a real case at once.
     */
    public void start() {
        start(null);
    }

    /**
     * Starts with what {@link EarlyStart} read before the window existed: when it is all there (a
     * non-empty list and the case to open), the list and the case are shown now, on this thread,
     * so the window's first frame shows them; otherwise the start task waits for it (or reads
     * afresh when it failed, reporting the error if that fails too). Null: read afresh.
     */
    public void start(java.util.concurrent.CompletableFuture<EarlyStart.Data> early) {
        ctx.onCasesChanged(this::refresh);
        if (showsAtOnce(early, ctx)) {
            StartupProbe.mark("early");
            listed(early.join(), false);
            return;
        }
        boolean[] demo = {false};
        ctx.tasks().run(Messages.get("gui.task.openWorkspace"), p -> {
            StartupProbe.mark("task");
            EarlyStart.Data read = awaitEarly(early);
            if (read != null && !read.cases().isEmpty()) {
                return read;
            }
            ctx.ensureOpen();
            StartupProbe.mark("workspace");
            if (ctx.dossiers().count() == 0 && ctx.lockedBy() == null) {
                // first start: the demo case is listed as soon as it is in; the precedent corpus
                // (indexing: seconds) follows in its own task, after the case has opened
                p.update(0, 2, Messages.get("gui.task.loadingDemo"));
                ctx.loadDemoDossier(p);
                demo[0] = true;
            }
            return new EarlyStart.Data(ctx.dossiers().list(), null);
        }, read -> listed(read, demo[0]), t -> {
            cases.loadFailed();
            fail(t);
        });
    }

    /**
     * Whether what the early start read is shown at once: read, without error, cases in it, and
     * nothing to tell (a workspace held by another program is reported once the window is up, by
     * the start task).
     */
    static boolean showsAtOnce(java.util.concurrent.CompletableFuture<EarlyStart.Data> early, AppContext ctx) {
        return early != null && early.isDone() && !early.isCompletedExceptionally() && !early.join().cases().isEmpty()
                && ctx.lockedBy() == null;
    }

    /** What the early start read, or null when there was none or it failed (the task then reads afresh). */
    private static EarlyStart.Data awaitEarly(java.util.concurrent.CompletableFuture<EarlyStart.Data> early) {
        if (early == null) {
            return null;
        }
        try {
            return early.join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            // read again by the caller, which reports the error if it persists
            System.getLogger("jrw").log(System.Logger.Level.DEBUG, "early start failed: " + e.getCause());
            return null;
        }
    }

    /** The cases are read: list them, open the last case (the one read already, when it is that one). */
    private void listed(EarlyStart.Data read, boolean demo) {
        StartupProbe.mark("listed");
        List<CaseSummary> list = read.cases();
        preloaded = read.caseToOpen();
        showCases(list);
        ready.set(true);
        if (ctx.lockedBy() != null) {
            notifier.error(Messages.get("gui.readOnly.title"), Messages.get("gui.readOnly.text", ctx.lockedBy()));
        }
        if (!list.isEmpty() && cases.selectedProperty().get() == null) {
            // the case open when the workbench was last closed, else the first
            String last = Remembered.get(ctx, "session", "lastCase");
            cases.selectedProperty().set(cases.shownCases().stream().filter(c -> c.caseId().equals(last))
                    .findFirst().orElse(cases.shownCases().isEmpty() ? null : cases.shownCases().get(0)));
        }
        preloaded = null;
        if (demo) {
            ctx.tasks().run(Messages.get("gui.task.loadingDemo"), p -> {
                ctx.loadDemoPrecedents(p);
                return null;
            }, none -> { }, this::fail);
        }
    }

    public void refresh() {
        ctx.tasks().run(Messages.get("gui.task.refresh"), p -> ctx.dossiers().list(), this::showCases, this::fail);
    }

    private void showCases(List<CaseSummary> list) {
        cases.setCases(list);
        status.set(Messages.get("gui.status.workspace", ctx.workspaceDir(), list.size())
                + (ctx.lockedBy() == null ? "" : " · " + Messages.get("gui.status.readOnly")));
    }

    private void open(CaseSummary c) {
        if (c == null) {
            overview.dossierProperty().set(null);
            return;
        }
        Remembered.put(ctx, "session", "lastCase", c.caseId());
        if (preloaded != null && preloaded.caseId().equals(c.caseId())) {
            overview.dossierProperty().set(preloaded); // read by the early start
            StartupProbe.mark("overview");
            return;
        }
        Dossier shown = overview.dossier();
        if (shown == null || !shown.caseId().equals(c.caseId())) {
            overview.opening(); // the overview and its trees say so until the case arrives
        }
        ctx.tasks().run(Messages.get("gui.task.openCase", c.caseNumber()), p -> ctx.dossiers().load(c.caseId()),
                (Dossier d) -> {
                    StartupProbe.mark("loaded");
                    overview.dossierProperty().set(d);
                    StartupProbe.mark("overview");
                }, t -> {
                    if (t instanceof CancelledException) {
                        overview.openAbandoned(); // no spinner stays over the case still shown
                    } else {
                        // the overview says why instead of showing the previous case under the new selection
                        overview.openFailed(t);
                    }
                    fail(t);
                });
    }

    /** Imports packages one after another, then shows the last one imported. */
    public void importPackages(List<Path> paths) {
        for (Path path : paths) {
            ctx.tasks().run(Messages.get("gui.task.import", path.getFileName()),
                    p -> ctx.dossiers().importPackage(path, false, p), (ImportResult r) -> {
                        StringBuilder text = new StringBuilder(Messages.get("gui.import.done", r.caseNumber(),
                                r.documents(), r.evidence()));
                        for (Problem w : r.warnings()) {
                            text.append("\n• ").append(w.message());
                        }
                        if (r.warnings().isEmpty()) {
                            notifier.done(Messages.get("gui.import.title"), text.toString());
                        } else {
                            notifier.info(Messages.get("gui.import.title"), text.toString()); // warnings are read
                        }
                        ctx.tasks().run(Messages.get("gui.task.refresh"), p -> ctx.dossiers().list(), list -> {
                            showCases(list);
                            cases.shownCases().stream().filter(x -> x.caseId().equals(r.caseId())).findFirst()
                                    .ifPresent(cases.selectedProperty()::set);
                        }, this::fail);
                    }, this::fail);
        }
    }

    /**
     * Opens files handed to the program (file association, a second launch, drag and drop): a
     * dossier already in the workspace is selected, a new one is imported.
     */
    public void openFiles(List<Path> files) {
        List<Path> toImport = new java.util.ArrayList<>();
        for (Path f : files) {
            String n = f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (n.endsWith(".jrreview")) {
                openReview(f, null);
            } else if (n.endsWith(".jrresponse")) {
                importResponse(f);
            } else {
                toImport.add(f);
            }
        }
        for (Path f : toImport) {
            ctx.tasks().run(Messages.get("gui.task.import", f.getFileName()), p -> {
                String number;
                try (var src = org.jrw.logic.dossier.PackageSource.open(f,
                        org.jrw.logic.dossier.PackageSource.Limits.defaults())) {
                    number = org.jrw.logic.dossier.DossierImporter.readManifest(src, new java.util.ArrayList<>())
                            .caseInfo().caseNumber();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return ctx.dossiers().list().stream().filter(c -> c.caseNumber().equals(number)).findFirst();
            }, (java.util.Optional<CaseSummary> existing) -> {
                if (existing.isPresent()) {
                    cases.textProperty().set("");
                    cases.selectedProperty().set(existing.get());
                } else {
                    importPackages(List.of(f));
                }
            }, this::fail);
        }
    }

    public boolean canExport() {
        return overview.dossier() != null;
    }

    public void exportCurrent(Path out) {
        Dossier d = overview.dossier();
        if (d == null) {
            return;
        }
        ctx.tasks().run(Messages.get("gui.task.export", d.caseInfo().caseNumber()),
                p -> ctx.dossiers().export(d.caseId(), out, p),
                (DossierExporter.ExportResult r) -> notifier.done(Messages.get("gui.export.title"),
                        Messages.get("gui.export.done", r.file(), r.sha256())), this::fail);
    }

    // ------------------------------------------------------------------ remote review (ADR 0008)

    /** What the exchange actions ask the user: a password, and which conflicts to take from the adviser. */
    public interface ExchangeDialogs {
        /** A password, or null when the user cancels (an empty array: no encryption). */
        char[] password(String prompt);

        /** Shows the preview; returns the conflicts to take from the adviser and more, or null to cancel. */
        MergeChoice confirmMerge(org.jrw.logic.exchange.ExchangeService.MergeResult preview);
    }

    /**
     * What the user chose in the preview: the conflict keys for which the adviser's version is
     * taken, and whether a signer who is not a registered adviser is accepted.
     */
    public record MergeChoice(java.util.Set<String> takeTheirs, boolean acceptUnregistered) {
    }

    private ExchangeDialogs dialogs = new ExchangeDialogs() {
        @Override
        public char[] password(String prompt) {
            return null;
        }

        @Override
        public MergeChoice confirmMerge(org.jrw.logic.exchange.ExchangeService.MergeResult preview) {
            return new MergeChoice(java.util.Set.of(), false);
        }
    };

    public void setExchangeDialogs(ExchangeDialogs d) {
        dialogs = d;
    }

    private org.jrw.logic.exchange.ExchangeService exchange() {
        return ctx.exchange();
    }

    /** 导出审查包: the open case as a signed review package, encrypted when a password is given. */
    public void exportReview(Path out, char[] password) {
        Dossier d = overview.dossier();
        if (d == null) {
            notifier.error(Messages.get("gui.error.title"), Messages.get("exchange.noCase"));
            return;
        }
        ctx.tasks().run(Messages.get("exchange.menu.exportReview"), p -> {
            try {
                return exchange().exportReview(d.caseId(), out, password, java.util.Set.of(), p);
            } finally {
                if (password != null) {
                    java.util.Arrays.fill(password, '\0');
                }
            }
        }, (org.jrw.logic.exchange.ExchangeService.ExportResult r) -> notifier.done(
                Messages.get("exchange.menu.exportReview"), Messages.get("exchange.exportReview.done", r.file())),
                this::fail);
    }

    /** 打开审查包: verifies and opens a review package as a case; asks for the password when encrypted. */
    public void openReview(Path file, char[] password) {
        ctx.tasks().run(Messages.get("exchange.menu.openReview"), p -> exchange().open(file, password, p),
                (org.jrw.logic.exchange.ExchangeService.OpenResult r) -> {
                    notifier.info(Messages.get("exchange.menu.openReview"), r.alreadyOpen()
                            ? Messages.get("exchange.open.already", r.caseNumber())
                            : Messages.get("exchange.open.done", r.caseNumber(), r.sender(),
                            r.senderCertificateSha256().substring(0, 16)));
                    selectAfterRefresh(r.caseId());
                }, t -> {
                    if (t instanceof org.jrw.model.BadInputException b && password == null
                            && b.key().equals("exchange.package.needsPassword")) {
                        char[] pw = dialogs.password(Messages.get("exchange.password.promptOpen"));
                        if (pw != null && pw.length > 0) {
                            openReview(file, pw);
                        }
                    } else {
                        fail(t);
                    }
                });
    }

    /** 导出反馈包: the adviser's own layer of the open case. */
    public void exportResponse(Path out) {
        Dossier d = overview.dossier();
        if (d == null) {
            notifier.error(Messages.get("gui.error.title"), Messages.get("exchange.noCase"));
            return;
        }
        ctx.tasks().run(Messages.get("exchange.menu.exportResponse"), p -> exchange().exportResponse(d.caseId(), out),
                (org.jrw.logic.exchange.ExchangeService.ResponseResult r) -> notifier.done(
                        Messages.get("exchange.menu.exportResponse"), Messages.get("exchange.exportResponse.done",
                                r.file(), r.annotations(), r.views(), r.opinions())), this::fail);
    }

    /** 导入反馈包: verifies, shows what will change and the conflicts, then merges as the user chose. */
    public void importResponse(Path file) {
        ctx.tasks().run(Messages.get("exchange.menu.importResponse"), p -> exchange().preview(file),
                (org.jrw.logic.exchange.ExchangeService.MergeResult preview) -> {
                    MergeChoice choice = dialogs.confirmMerge(preview);
                    if (choice == null) {
                        return;
                    }
                    ctx.tasks().run(Messages.get("exchange.menu.importResponse"),
                            p -> exchange().importResponse(file, choice.takeTheirs(), choice.acceptUnregistered()),
                            (org.jrw.logic.exchange.ExchangeService.MergeResult r) -> {
                                notifier.done(Messages.get("exchange.menu.importResponse"),
                                        Messages.get("exchange.import.done", r.annotations(), r.views(), r.opinions(),
                                                r.conflicts().size()));
                                selectAfterRefresh(r.caseId());
                            }, this::fail);
                }, this::fail);
    }

    // ------------------------------------------------------------------ comment PDF (ADR 0050)

    /** 导出批注用 PDF: the open case as one PDF with its annotations as PDF comments. */
    public void exportCommentPdf(Path out) {
        Dossier d = overview.dossier();
        if (d == null) {
            notifier.error(Messages.get("gui.error.title"), Messages.get("exchange.noCase"));
            return;
        }
        ctx.tasks().run(Messages.get("exchange.menu.exportPdf"),
                p -> ctx.comments().exportPdf(d.caseId(), out, p),
                (org.jrw.logic.exchange.CommentService.PdfExportResult r) -> notifier.done(
                        Messages.get("exchange.menu.exportPdf"), Messages.get("exchange.exportPdf.done", r.file(),
                                r.pages(), r.items(), r.annotations())), this::fail);
    }

    /**
     * 导入 PDF 批注: the comments of a reviewed comment PDF (or of an {@code .xfdf} file) onto the
     * open case, recorded with the role of a legal adviser; the case is reopened to show them.
     */
    public void importComments(Path file) {
        Dossier d = overview.dossier();
        if (d == null) {
            notifier.error(Messages.get("gui.error.title"), Messages.get("exchange.noCase"));
            return;
        }
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean xfdf = n.endsWith(".xfdf") || n.endsWith(".xml");
        ctx.tasks().run(Messages.get("exchange.menu.importComments"),
                p -> ctx.comments().importComments(d.caseId(),
                        xfdf ? null : file, xfdf ? file : null, org.jrw.logic.exchange.CommentService.Options.defaults(),
                        p),
                (org.jrw.logic.exchange.CommentService.ImportResult r) -> {
                    notifier.done(Messages.get("exchange.menu.importComments"), Messages.get(
                            "exchange.importComments.done", r.file().getFileName(), r.added(), r.replies(),
                            r.updated(), r.unchanged(), r.skipped().values().stream().mapToInt(Integer::intValue).sum()));
                    if (r.written() > 0) {
                        selectAfterRefresh(r.caseId());
                    }
                }, this::fail);
    }

    /** Shows a case created elsewhere (e.g. by case intake) in the list and opens it. */
    public void showCreated(String caseId) {
        selectAfterRefresh(caseId);
    }

    private void selectAfterRefresh(String caseId) {
        ctx.tasks().run(Messages.get("gui.task.refresh"), p -> ctx.dossiers().list(), list -> {
            showCases(list);
            cases.textProperty().set("");
            CaseSummary sel = cases.selectedProperty().get();
            cases.shownCases().stream().filter(x -> x.caseId().equals(caseId)).findFirst().ifPresent(x -> {
                if (sel != null && sel.caseId().equals(caseId)) {
                    cases.selectedProperty().set(null);
                }
                cases.selectedProperty().set(x);
            });
        }, this::fail);
    }

    private void fail(Throwable t) {
        if (t instanceof CancelledException) {
            status.set(Messages.get("gui.task.cancelled"));
            return;
        }
        String msg = t.getMessage() == null ? t.toString() : t.getMessage();
        notifier.error(Messages.get("gui.error.title"), msg);
    }
}
