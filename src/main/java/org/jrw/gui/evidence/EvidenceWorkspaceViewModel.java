package org.jrw.gui.evidence;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.AnnotationService;
import org.jrw.logic.evidence.EvidenceFiles;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.logic.evidence.EvidenceLinks;
import org.jrw.logic.evidence.PdfService;
import org.jrw.logic.settings.Preferences;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.Dossier;
import org.jrw.model.Role;

/**
 * The evidence workspace's state: the case's documents and evidence, the item being viewed and
 * its SHA-256 state, the case's annotations with the list's filters, the place being marked for
 * a new annotation, undo/redo. Work (file access, rendering, SQL) runs on a small background pool;
 * results come back on the JavaFX thread. Every change is saved at once (autosave).
 */
public final class EvidenceWorkspaceViewModel {
    /** A place marked in a viewer, waiting for its note. */
    public record Pending(EvidenceItem item, Integer page, Annotation.Rect rect, Integer textStart, Integer textEnd,
                          Double timeFrom, Double timeTo) {
    }

    private record Command(Runnable undo, Runnable redo) {
    }

    private final AppContext ctx;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "jrw-evidence");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final ObjectProperty<Dossier> dossier = new SimpleObjectProperty<>();
    private final ObservableList<EvidenceItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<EvidenceItem> current = new SimpleObjectProperty<>();
    private final StringProperty integrity = new SimpleStringProperty("");
    private final ObjectProperty<EvidenceFiles.Integrity> integrityState = new SimpleObjectProperty<>();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final FilteredList<Annotation> shown = new FilteredList<>(annotations, a -> !a.isReply());
    /** The annotation list's loading, empty (none, or none passing the filters) and failed states. */
    private final org.jrw.gui.ListState annotationsState = new org.jrw.gui.ListState("screens.ann.loading", "ux.ann.none");
    private final StringProperty filterAuthor = new SimpleStringProperty("");
    private final ObjectProperty<Role> filterRole = new SimpleObjectProperty<>();
    private final ObjectProperty<AnnotationKind> filterKind = new SimpleObjectProperty<>();
    private final ObjectProperty<Annotation.Status> filterStatus = new SimpleObjectProperty<>();
    private final BooleanProperty filterCurrentOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Pending> pending = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final AtomicInteger generation = new AtomicInteger();
    private volatile PdfService pdf;
    private volatile EvidenceFiles files;
    private volatile AnnotationService service;
    private volatile EvidenceLinks links;

    public EvidenceWorkspaceViewModel(AppContext ctx) {
        this.ctx = ctx;
        ctx.onClose(this::shutdown);
        dossier.addListener((o, a, d) -> dossierChanged(a, d));
        for (var p : List.of(filterAuthor, filterRole, filterKind, filterStatus, filterCurrentOnly)) {
            p.addListener((o, a, b) -> refilter());
        }
        // the current item matters to the filter only with "this file only": otherwise stepping
        // through the evidence would re-filter the list and rebuild its cells on every step
        current.addListener((o, a, b) -> {
            if (filterCurrentOnly.get()) {
                refilter();
            }
        });
        current.addListener((o, a, b) -> checkIntegrity(b));
    }

    // ------------------------------------------------------------------ services (background)

    synchronized EvidenceFiles files() {
        if (files == null) {
            pdf = new PdfService();
            files = ctx.evidenceFiles(pdf);
            service = ctx.annotations(files);
            links = ctx.evidenceLinks();
        }
        return files;
    }

    PdfService pdf() {
        files();
        return pdf;
    }

    /** Renders one PDF page (PDFBox by default; tests put a slow stand-in here). */
    interface PageRenderer {
        java.awt.image.BufferedImage render(java.nio.file.Path file, int page, double scale);
    }

    private volatile PageRenderer pageRenderer;

    void setPageRenderer(PageRenderer r) {
        pageRenderer = r;
    }

    /** The page the PDF viewer shows (in the background: the first one may take seconds). */
    java.awt.image.BufferedImage renderPage(java.nio.file.Path file, int page, double scale) {
        PageRenderer r = pageRenderer;
        return r != null ? r.render(file, page, scale) : pdf().render(file, page, scale);
    }

    AnnotationService service() {
        files();
        return service;
    }

    EvidenceLinks links() {
        files();
        return links;
    }

    /**
     * Runs work in the background; {@code done} or {@code failed} on the JavaFX thread. After
     * {@link #shutdown} (the window is closing) it does nothing: a viewer's late timer (a resize
     * settling, toolbars coming) has nothing left to show.
     */
    public <T> void background(Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        if (pool.isShutdown()) {
            return;
        }
        pool.submit(() -> {
            try {
                T v = work.get();
                Platform.runLater(() -> done.accept(v));
            } catch (Throwable t) {
                Platform.runLater(() -> failed.accept(t));
            }
        });
    }

    private void fail(Throwable t) {
        message.set(t.getMessage() == null ? t.toString() : t.getMessage());
    }

    // ------------------------------------------------------------------ properties

    public ObjectProperty<Dossier> dossierProperty() {
        return dossier;
    }

    public ObservableList<EvidenceItem> items() {
        return items;
    }

    public ObjectProperty<EvidenceItem> currentProperty() {
        return current;
    }

    public StringProperty integrityProperty() {
        return integrity;
    }

    public ObjectProperty<EvidenceFiles.Integrity> integrityStateProperty() {
        return integrityState;
    }

    /** Every annotation of the case, replies included. */
    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    /** Top-level annotations passing the filters. */
    public ObservableList<Annotation> shownAnnotations() {
        return shown;
    }

    public StringProperty filterAuthorProperty() {
        return filterAuthor;
    }

    public ObjectProperty<Role> filterRoleProperty() {
        return filterRole;
    }

    public ObjectProperty<AnnotationKind> filterKindProperty() {
        return filterKind;
    }

    public ObjectProperty<Annotation.Status> filterStatusProperty() {
        return filterStatus;
    }

    public BooleanProperty filterCurrentOnlyProperty() {
        return filterCurrentOnly;
    }

    public ObjectProperty<Annotation> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Pending> pendingProperty() {
        return pending;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public Preferences.Identity identity() {
        return ctx.preferences().identity();
    }

    /** Replies to an annotation, oldest first. */
    public List<Annotation> replies(Annotation a) {
        return annotations.stream().filter(x -> a.id().equals(x.parentId())).toList();
    }

    /** Whether the annotated file was replaced by another version since (a replacing import). */
    public boolean onChangedFile(Annotation a) {
        return items.stream().filter(i -> i.id().equals(a.targetId()) && i.type() == a.targetType()).findFirst()
                .map(i -> a.onChangedFile(i.sha256())).orElse(false);
    }

    /** Annotations (not replies) on an item. */
    public List<Annotation> on(EvidenceItem item) {
        return item == null ? List.of()
                : annotations.stream().filter(a -> !a.isReply() && a.targetId().equals(item.id())).toList();
    }

    // ------------------------------------------------------------------ navigation

    private void dossierChanged(Dossier before, Dossier d) {
        if (before != null && d != null && before.caseId().equals(d.caseId())) {
            // the same case edited (links, a replacing import): keep the reader's state
            List<EvidenceItem> fresh = EvidenceItem.all(d);
            if (!fresh.equals(items)) {
                EvidenceItem keep = current.get();
                items.setAll(fresh);
                current.set(keep == null ? null
                        : items.stream().filter(i -> i.id().equals(keep.id())).findFirst().orElse(null));
            }
            reload();
            return;
        }
        generation.incrementAndGet();
        pending.set(null);
        selected.set(null);
        undo.clear();
        redo.clear();
        updateUndo();
        if (d == null) {
            items.clear();
            annotations.clear();
            annotationsState.loaded(0);
            current.set(null);
            return;
        }
        EvidenceItem keep = before != null && before.caseId().equals(d.caseId()) ? current.get() : null;
        items.setAll(EvidenceItem.all(d));
        current.set(keep == null ? null : items.stream().filter(i -> i.id().equals(keep.id())).findFirst().orElse(null));
        reload();
    }

    /** Reads the case's annotations again. */
    public void reload() {
        Dossier d = dossier.get();
        if (d == null) {
            return;
        }
        int gen = generation.get();
        if (annotations.isEmpty()) {
            annotationsState.loading();
        }
        background(() -> service().list(d.caseId()), list -> {
            if (gen == generation.get()) {
                String sel = selected.get() == null ? null : selected.get().id();
                annotations.setAll(list);
                annotationsState.loaded(list.size());
                if (sel != null) {
                    selected.set(list.stream().filter(a -> a.id().equals(sel)).findFirst().orElse(null));
                }
            }
        }, t -> {
            if (gen == generation.get()) {
                annotationsState.failed(t);
            }
            fail(t);
        });
    }

    public org.jrw.gui.ListState annotationsState() {
        return annotationsState;
    }

    public void open(String id) {
        items.stream().filter(i -> i.id().equals(id)).findFirst().ifPresent(current::set);
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int d) {
        if (items.isEmpty()) {
            return;
        }
        int i = current.get() == null ? -1 : items.indexOf(current.get());
        current.set(items.get(Math.floorMod(i + d, items.size())));
    }

    /** Selects an annotation and opens its target (the viewer then shows its place). */
    public void jumpTo(Annotation a) {
        if (a == null) {
            selected.set(null);
            return;
        }
        if (current.get() == null || !current.get().id().equals(a.targetId())) {
            open(a.targetId());
        }
        selected.set(a);
    }

    private void checkIntegrity(EvidenceItem item) {
        integrityState.set(null);
        if (item == null) {
            integrity.set("");
            return;
        }
        integrity.set(Messages.get("ev.integrity.checking"));
        background(() -> files().verify(item), v -> {
            if (item.equals(current.get())) {
                integrityState.set(v);
                integrity.set(Messages.get("ev.integrity." + v.name()));
            }
        }, this::fail);
    }

    private void refilter() {
        String author = filterAuthor.get() == null ? "" : filterAuthor.get().strip();
        Role role = filterRole.get();
        AnnotationKind kind = filterKind.get();
        Annotation.Status status = filterStatus.get();
        EvidenceItem only = filterCurrentOnly.get() ? current.get() : null;
        boolean onlyCurrent = filterCurrentOnly.get();
        shown.setPredicate(a -> !a.isReply()
                && (author.isEmpty() || a.author().contains(author))
                && (role == null || a.role() == role)
                && (kind == null || a.kind() == kind)
                && (status == null || a.status() == status)
                && (!onlyCurrent || only != null && only.id().equals(a.targetId())));
    }

    // ------------------------------------------------------------------ editing

    public void markRegion(EvidenceItem item, Integer page, Annotation.Rect r) {
        pending.set(new Pending(item, page, r, null, null, null, null));
    }

    public void markText(EvidenceItem item, int start, int end) {
        pending.set(new Pending(item, null, null, start, end, null, null));
    }

    public void markTime(EvidenceItem item, double from, double to) {
        pending.set(new Pending(item, null, null, null, null, Math.min(from, to), Math.max(from, to)));
    }

    public void cancelPending() {
        pending.set(null);
    }

    /** Saves the pending place with a note, as the current user. False when no identity is set. */
    public boolean savePending(AnnotationKind kind, String note) {
        Pending p = pending.get();
        Preferences.Identity id = identity();
        if (id == null || !id.complete()) {
            message.set(Messages.get("ux.ann.noIdentity", org.jrw.gui.Labels.preferencesMenu()));
            return false;
        }
        if (p == null || dossier.get() == null) {
            return false;
        }
        String caseId = dossier.get().caseId();
        AnnotationService.Draft d = new AnnotationService.Draft(p.item().id(), p.page(),
                p.rect() == null ? List.of() : List.of(p.rect()), p.textStart(), p.textEnd(), p.timeFrom(), p.timeTo(),
                kind, note, id.name(), id.role(), id.organisation());
        background(() -> service().add(caseId, d), a -> {
            pending.set(null);
            List<Annotation> gone = List.of(a);
            push(new Command(() -> service().delete(a.id()), () -> service().restore(gone)));
            saved();
            reloadThen(() -> selected.set(find(a.id())));
        }, this::fail);
        return true;
    }

    public void reply(Annotation parent, String text) {
        Preferences.Identity id = identity();
        if (id == null || !id.complete()) {
            message.set(Messages.get("ux.ann.noIdentity", org.jrw.gui.Labels.preferencesMenu()));
            return;
        }
        background(() -> service().reply(parent.id(), text, id.name(), id.role(), id.organisation()), r -> {
            push(new Command(() -> service().delete(r.id()), () -> service().restore(List.of(r))));
            saved();
            reload();
        }, this::fail);
    }

    public void toggleResolved(Annotation a) {
        Annotation.Status to = a.status() == Annotation.Status.OPEN ? Annotation.Status.RESOLVED : Annotation.Status.OPEN;
        background(() -> service().setStatus(a.id(), to), after -> {
            push(new Command(() -> service().put(a), () -> service().put(after)));
            saved();
            reload();
        }, this::fail);
    }

    public void edit(Annotation a, String note, AnnotationKind kind) {
        background(() -> service().edit(a.id(), note, kind), after -> {
            push(new Command(() -> service().put(a), () -> service().put(after)));
            saved();
            reload();
        }, this::fail);
    }

    public void delete(Annotation a) {
        background(() -> service().delete(a.id()), gone -> {
            push(new Command(() -> service().restore(gone), () -> service().delete(a.id())));
            if (selected.get() != null && selected.get().id().equals(a.id())) {
                selected.set(null);
            }
            saved();
            reload();
        }, this::fail);
    }

    public void undo() {
        Command c = undo.pollFirst();
        if (c != null) {
            redo.push(c);
            updateUndo();
            background(() -> {
                c.undo().run();
                return true;
            }, x -> {
                saved();
                reload();
            }, this::fail);
        }
    }

    public void redo() {
        Command c = redo.pollFirst();
        if (c != null) {
            undo.push(c);
            updateUndo();
            background(() -> {
                c.redo().run();
                return true;
            }, x -> {
                saved();
                reload();
            }, this::fail);
        }
    }

    private void push(Command c) {
        undo.push(c);
        redo.clear();
        updateUndo();
    }

    private void updateUndo() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    private void saved() {
        message.set(Messages.get("ev.ann.saved") + " " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")));
    }

    private Annotation find(String id) {
        return annotations.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    private void reloadThen(Runnable after) {
        Dossier d = dossier.get();
        if (d == null) {
            return;
        }
        background(() -> service().list(d.caseId()), list -> {
            annotations.setAll(list);
            annotationsState.loaded(list.size());
            after.run();
        }, this::fail);
    }

    // ------------------------------------------------------------------ matrix

    /** Links or unlinks; the dossier is reloaded so every view shows the new links. */
    public void setLink(String evidenceId, String violationId, boolean proves, Runnable after) {
        Dossier d = dossier.get();
        if (d == null) {
            return;
        }
        background(() -> {
            links().setLink(d.caseId(), evidenceId, violationId, proves);
            return ctx.dossiers().load(d.caseId());
        }, fresh -> {
            linkedDossier.set(fresh);
            saved();
            after.run();
        }, this::fail);
    }

    private final ObjectProperty<Dossier> linkedDossier = new SimpleObjectProperty<>();

    /** The dossier as the matrix last saved it (null until a link is edited). */
    public ObjectProperty<Dossier> linkedDossierProperty() {
        return linkedDossier;
    }

    /** Stops the worker pool and closes the open PDFs (called when the application closes). */
    public void shutdown() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS); // a page being rendered finishes
        } catch (InterruptedException e) {
            // shutting down: keep the interrupt for the caller
            Thread.currentThread().interrupt();
        }
        if (pdf != null) {
            pdf.close();
        }
    }

    static javafx.beans.binding.StringBinding count(ObservableList<?> l) {
        return Bindings.createStringBinding(() -> Messages.get("ev.ann.count", l.size()), l);
    }
}
