package org.jrw.gui.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jrw.i18n.Messages;
import org.jrw.logic.edit.CaseEditor;
import org.jrw.logic.edit.Edit;
import org.jrw.logic.edit.EditFields;
import org.jrw.logic.edit.EditPath;
import org.jrw.logic.edit.EditRejectedException;
import org.jrw.logic.edit.FieldProblem;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.Finding;

/**
 * The 编辑 tab's state: one {@link Field} per editable value of the open case (text as typed, the
 * reason it is wrong, a hint such as the resolved article or the statutory range), the live
 * legality findings, undo/redo and the draft mark. Typing is validated and saved (autosave) after a
 * pause, on a background thread — never on the JavaFX thread: the values are previewed through
 * {@link CaseEditor#preview}; acceptable ones are saved with {@link CaseEditor#apply} (validated,
 * audited, one transaction), refused ones stay on screen marked with the reason and are not saved.
 * The findings are re-computed on the case as typed. Results reach the view through {@code fx}.
 */
public final class CaseEditViewModel {
    private final Executor fx;
    private final long debounceMillis;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jrw-edit");
        t.setDaemon(true);
        return t;
    });
    private final CaseEditChecks checks;
    private final CaseForm form = new CaseForm();

    private final ObjectProperty<Dossier> dossier = new SimpleObjectProperty<>();
    private final IntegerProperty structure = new SimpleIntegerProperty();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty draft = new SimpleBooleanProperty(false);
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final StringProperty draftProblems = new SimpleStringProperty("");
    /** Values typed and not yet saved, by path (touched on the JavaFX thread only). */
    private final Map<String, String> pending = new LinkedHashMap<>();
    private ScheduledFuture<?> scheduled;
    private String structureKey = "";
    private long generation;
    private Consumer<Dossier> onSaved = d -> { };

    /** One editable value. */
    public final class Field {
        private final String path;
        private final EditFields.Type type;
        private final StringProperty text = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper level = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
        private boolean quiet;

        Field(String path, EditFields.Type type, String initial) {
            this.path = path;
            this.type = type;
            text.set(initial);
            text.addListener((o, a, b) -> {
                if (!quiet) {
                    typed(this, b);
                }
            });
        }

        public String path() {
            return path;
        }

        public EditFields.Type type() {
            return type;
        }

        /** The field's name for people. */
        public String label() {
            return EditFields.fieldLabel(EditPath.parse(path).fieldKey());
        }

        public StringProperty textProperty() {
            return text;
        }

        public String text() {
            return text.get();
        }

        /** Why the value is wrong ("" when it is not). */
        public ReadOnlyStringProperty problemProperty() {
            return problem.getReadOnlyProperty();
        }

        /** "error" (refused, not saved), "note" (shown only) or "". */
        public ReadOnlyStringProperty levelProperty() {
            return level.getReadOnlyProperty();
        }

        /** The resolved provision with its text, or the statutory range of a fine. */
        public ReadOnlyStringProperty hintProperty() {
            return hint.getReadOnlyProperty();
        }

        void mark(String why, String lvl) {
            problem.set(why);
            level.set(lvl);
        }

        void hint(String h) {
            hint.set(h);
        }

        void show(String value) {
            quiet = true;
            try {
                text.set(value);
            } finally {
                quiet = false;
            }
        }
    }

    public CaseEditViewModel(org.jrw.gui.AppContext ctx) {
        this(ctx::caseEditor, javafx.application.Platform::runLater, 600);
        ctx.onClose(this::close);
    }

    /** With the case editor (composed once, ADR 0141), the executor of the view's thread and the autosave pause (tests run the view's work at once). */
    public CaseEditViewModel(Supplier<CaseEditor> editors, Executor fx, long debounceMillis) {
        this.checks = new CaseEditChecks(editors);
        this.fx = fx;
        this.debounceMillis = debounceMillis;
    }

    public void close() {
        worker.shutdownNow();
    }

    /** Called with the case as stored after each save, undo or redo (e.g. to refresh the overview). */
    public void setOnSaved(Consumer<Dossier> onSaved) {
        this.onSaved = onSaved == null ? d -> { } : onSaved;
    }

    public ObjectProperty<Dossier> dossierProperty() {
        return dossier;
    }

    /** Changes when the forms must be built anew (another case, items added, removed or moved). */
    public IntegerProperty structureProperty() {
        return structure;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty draftProperty() {
        return draft;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** Why the draft could not be confirmed ("" when it was, or was not tried). */
    public StringProperty draftProblemsProperty() {
        return draftProblems;
    }

    // ------------------------------------------------------------------ loading

    /** Shows a case (or none). The same case again (after a save elsewhere) keeps what is being typed. */
    public void load(Dossier d) {
        Dossier before = dossier.get();
        boolean sameCase = d != null && before != null && d.caseId().equals(before.caseId());
        if (!sameCase) {
            pending.clear();
            form.clear();
            draftProblems.set("");
            findings.clear();
            status.set("");
        }
        show(d, !sameCase);
        refreshed = false;
        if (active) {
            refresh();
        }
    }

    private boolean active;
    private boolean refreshed;

    /** Whether the tab is shown: marks, hints and findings are computed only for a shown tab. */
    public void setActive(boolean on) {
        active = on;
        if (on && !refreshed) {
            refresh();
        }
    }

    private void refresh() {
        Dossier d = dossier.get();
        if (d != null) {
            refreshed = true;
            long gen = ++generation;
            worker.execute(() -> refresh(d, gen));
        }
    }

    private void show(Dossier d, boolean rebuild) {
        dossier.set(d);
        draft.set(d != null && d.caseInfo().draft());
        if (d == null) {
            structure.set(structure.get() + 1);
            return;
        }
        form.showStored(d, pending.keySet());
        String key = CaseForm.structureKey(d);
        if (rebuild || !key.equals(structureKey)) {
            structureKey = key;
            structure.set(structure.get() + 1);
        }
    }

    /** The ids (or positions) of the items of a collection of the open case, in order. */
    public List<String> items(String collection) {
        Dossier d = dossier.get();
        List<String> out = new ArrayList<>();
        if (d == null) {
            return out;
        }
        switch (collection) {
            case "parties" -> d.parties().forEach(p -> out.add(p.id()));
            case "officers" -> {
                for (int i = 0; i < d.officers().size(); i++) {
                    out.add(Integer.toString(i));
                }
            }
            case "violations" -> d.violations().forEach(v -> out.add(v.id()));
            case "documents" -> d.documents().forEach(x -> out.add(x.id()));
            case "evidence" -> d.evidence().forEach(x -> out.add(x.id()));
            default -> throw new IllegalArgumentException(collection);
        }
        return out;
    }

    /** The field at a path ({@code parties[p1].creditCode}), made on first use with the stored value. */
    public Field field(String path) {
        return form.field(path, p -> {
            EditPath ep = EditPath.parse(p);
            EditFields.Type t = EditFields.type(ep.fieldKey()).orElseThrow(() -> new IllegalArgumentException(p));
            return new Field(p, t, form.stored(dossier.get(), p));
        });
    }

    /** The fields of one item, in the schema's order: {@code item("parties[p1]")}. */
    public List<Field> itemFields(String itemPath) {
        EditPath ep = EditPath.parse(itemPath);
        List<Field> out = new ArrayList<>();
        for (String f : EditFields.fieldsOf(ep.collection())) {
            if (ep.collection().equals("evidence") && f.equals("proves")) {
                continue; // edited as ticks in the link grid
            }
            out.add(field(itemPath + "." + f));
        }
        return out;
    }

    // ------------------------------------------------------------------ typing → validate → autosave

    private void typed(Field f, String value) {
        pending.put(f.path, value);
        status.set(Messages.get("edit.gui.status.typing"));
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        Map<String, String> snapshot = new LinkedHashMap<>(pending);
        Dossier base = dossier.get();
        long gen = ++generation;
        scheduled = worker.schedule(() -> save(base, snapshot, gen), debounceMillis, TimeUnit.MILLISECONDS);
    }

    /** Saves what was typed now (Enter, leaving the field, closing the tab). */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        Map<String, String> snapshot = new LinkedHashMap<>(pending);
        Dossier base = dossier.get();
        long gen = ++generation;
        scheduled = worker.schedule(() -> save(base, snapshot, gen), 0, TimeUnit.MILLISECONDS);
    }

    /** Drops what was typed and not saved: the fields show the stored values again. */
    public void discardPending() {
        pending.clear();
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
        ++generation;
        show(dossier.get(), false);
        refresh();
    }

    public boolean hasPending() {
        return !pending.isEmpty();
    }

    /** On the worker: preview the typed values; save them when nothing is refused. */
    private void save(Dossier base, Map<String, String> typed, long gen) {
        if (base == null) {
            return;
        }
        try {
            List<Edit> edits = new ArrayList<>();
            typed.forEach((p, v) -> edits.add(new Edit.Set(p, v)));
            CaseEditor.Preview pv = checks.editor().preview(base, edits);
            if (!pv.acceptable()) {
                List<FieldProblem> shown = new ArrayList<>(pv.invalid());
                shown.addAll(pv.introduced());
                List<FieldProblem> all = new ArrayList<>(shown);
                all.addAll(pv.problems());
                Map<String, String> h = pv.dossier() == null ? null : checks.hints(pv.dossier());
                List<Finding> live = pv.dossier() == null ? null : checks.checker().check(pv.dossier(), null);
                fx.execute(() -> {
                    if (gen != generation) {
                        return;
                    }
                    form.marks(all);
                    if (h != null) {
                        form.hints(h);
                    }
                    if (live != null) {
                        findings.setAll(live);
                    }
                    status.set(Messages.get("edit.gui.status.refused", shown.size(), shown.get(0).message()));
                });
                return;
            }
            CaseEditor.Result r = checks.editor().apply(base.caseId(), edits);
            after(r, typed, gen, Messages.get("edit.gui.status.saved", r.changes().size()));
        } catch (EditRejectedException e) {
            fx.execute(() -> {
                form.marks(e.problems());
                status.set(Messages.get("edit.gui.status.refused", e.problems().size(), e.problems().get(0).message()));
            });
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    /** A save (or undo, redo, structural edit) succeeded: show the stored case, marks, hints and findings. */
    private void after(CaseEditor.Result r, Map<String, String> saved, long gen, String message) {
        Dossier d = r.dossier();
        CaseEditChecks.State s = checks.state(d);
        fx.execute(() -> {
            for (Map.Entry<String, String> e : saved.entrySet()) {
                if (e.getValue().equals(pending.get(e.getKey()))) {
                    pending.remove(e.getKey());
                }
            }
            show(d, false);
            if (gen == generation || pending.isEmpty()) {
                shown(s);
            }
            canUndo.set(s.canUndo());
            canRedo.set(s.canRedo());
            status.set(message);
            onSaved.accept(d);
        });
    }

    /** On the worker: marks, hints and findings of a case as loaded. */
    private void refresh(Dossier d, long gen) {
        try {
            CaseEditChecks.State s = checks.state(d);
            fx.execute(() -> {
                if (gen != generation) {
                    return;
                }
                shown(s);
                canUndo.set(s.canUndo());
                canRedo.set(s.canRedo());
            });
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void fail(RuntimeException e) {
        String m = e instanceof BadInputException b ? b.getMessage() : String.valueOf(e.getMessage());
        fx.execute(() -> status.set(Messages.get("edit.gui.status.failed", m)));
    }

    /** The problems, hints and findings of a case, on the view's thread. */
    private void shown(CaseEditChecks.State s) {
        form.marks(s.problems());
        form.hints(s.hints());
        findings.setAll(s.findings());
    }

    /**
     * Completions for a provision as typed (called by the autocompletion on its own thread): the
     * citation resolved against the law library in the library's own wording
     * ({@code 安全生产法97条7项} → 《中华人民共和国安全生产法》第九十七条第（七）项), or the laws whose
     * names contain what was typed.
     */
    public List<String> suggestProvisions(String typed, String path) {
        return checks.suggestProvisions(dossier.get(), typed, path);
    }

    // ------------------------------------------------------------------ structural edits, undo, draft

    private void run(String busyKey, java.util.function.Function<CaseEditor, CaseEditor.Result> work) {
        Dossier d = dossier.get();
        if (d == null) {
            return;
        }
        status.set(Messages.get(busyKey));
        Map<String, String> none = Map.of();
        long gen = ++generation;
        worker.execute(() -> {
            try {
                CaseEditor.Result r = work.apply(checks.editor());
                String done = switch (r.action()) {
                    case "case.edit.undo" -> "edit.gui.status.undone";
                    case "case.edit.redo" -> "edit.gui.status.redone";
                    default -> "edit.gui.status.saved";
                };
                after(r, none, gen, r.changed() ? Messages.get(done, r.changes().size())
                        : Messages.get("edit.gui.status.unchanged"));
            } catch (EditRejectedException e) {
                fx.execute(() -> {
                    form.marks(e.problems());
                    status.set(Messages.get("edit.gui.status.refused", e.problems().size(),
                            e.problems().get(0).message()));
                });
            } catch (RuntimeException e) {
                fail(e);
            }
        });
    }

    private String caseId() {
        return dossier.get().caseId();
    }

    public void undo() {
        if (hasPending() && scheduled != null && scheduled.cancel(false)) {
            // typing not yet saved: undo drops it (a save already under way is undone after it, in order)
            discardPending();
            return;
        }
        String id = caseId();
        run("edit.gui.status.undoing", e -> e.undo(id));
    }

    public void redo() {
        String id = caseId();
        run("edit.gui.status.redoing", e -> e.redo(id));
    }

    public void add(String collection) {
        String id = caseId();
        Map<String, String> fields = collection.equals("parties") ? Map.of("name", Messages.get("edit.gui.newParty"))
                : Map.of();
        run("edit.gui.status.saving", e -> e.apply(id, List.of(new Edit.Add(collection, fields))));
    }

    public void remove(String itemPath) {
        String id = caseId();
        run("edit.gui.status.saving", e -> e.apply(id, List.of(new Edit.Remove(itemPath))));
    }

    public void link(String evidenceId, String violationId, boolean linked) {
        String id = caseId();
        run("edit.gui.status.saving", e -> e.apply(id, List.of(new Edit.Link(evidenceId, violationId, linked))));
    }

    /** Moves a document or evidence item up ({@code delta} −1) or down (+1). */
    public void move(String collection, String itemId, int delta) {
        List<String> ids = items(collection);
        int to = ids.indexOf(itemId) + delta;
        if (to < 0 || to >= ids.size()) {
            return;
        }
        String id = caseId();
        run("edit.gui.status.saving", e -> e.apply(id, List.of(new Edit.Move(collection, itemId, to))));
    }

    /** Moves a document or evidence item to a position (0 = first), e.g. where it was dropped. */
    public void moveTo(String collection, String itemId, int to) {
        List<String> ids = items(collection);
        if (!ids.contains(itemId) || to < 0 || to >= ids.size() || ids.indexOf(itemId) == to) {
            return;
        }
        String id = caseId();
        run("edit.gui.status.saving", e -> e.apply(id, List.of(new Edit.Move(collection, itemId, to))));
    }

    public void replaceFile(String itemPath, Path file) {
        String id = caseId();
        run("edit.gui.status.saving", e -> e.apply(id, List.of(new Edit.ReplaceFile(itemPath, file))));
    }

    public void markDraft() {
        String id = caseId();
        run("edit.gui.status.saving", e -> e.markDraft(id));
    }

    /** Confirms the draft; when refused, the reasons are shown in the banner and on the fields. */
    public void confirm() {
        Dossier d = dossier.get();
        if (d == null) {
            return;
        }
        String id = d.caseId();
        draftProblems.set("");
        status.set(Messages.get("edit.gui.status.saving"));
        long gen = ++generation;
        worker.execute(() -> {
            try {
                CaseEditor.Result r = checks.editor().confirm(id);
                after(r, Map.of(), gen, Messages.get("edit.gui.status.confirmed"));
            } catch (EditRejectedException e) {
                List<String> lines = new ArrayList<>();
                for (FieldProblem p : e.problems()) {
                    lines.add(p.message());
                }
                fx.execute(() -> {
                    form.marks(e.problems());
                    draftProblems.set(String.join("\n", lines));
                    status.set(e.summary());
                });
            } catch (RuntimeException e) {
                fail(e);
            }
        });
    }
}
