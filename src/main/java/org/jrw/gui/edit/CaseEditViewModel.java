package org.jrw.gui.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.jrw.codec.DossierCodec;
import org.jrw.i18n.Messages;
import org.jrw.logic.checks.LegalityChecker;
import org.jrw.logic.checks.StatutoryRange;
import org.jrw.logic.edit.CaseEditor;
import org.jrw.logic.edit.Edit;
import org.jrw.logic.edit.EditFields;
import org.jrw.logic.edit.EditPath;
import org.jrw.logic.edit.EditRejectedException;
import org.jrw.logic.edit.FieldProblem;
import org.jrw.logic.law.Law;
import org.jrw.logic.law.Resolution;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.Finding;
import org.jrw.model.Violation;

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
    private final Supplier<CaseEditor> editors;
    private final Executor fx;
    private final long debounceMillis;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jrw-edit");
        t.setDaemon(true);
        return t;
    });
    private volatile CaseEditor editor;
    private volatile LegalityChecker checker;

    private final ObjectProperty<Dossier> dossier = new SimpleObjectProperty<>();
    private final IntegerProperty structure = new SimpleIntegerProperty();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty draft = new SimpleBooleanProperty(false);
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final StringProperty draftProblems = new SimpleStringProperty("");
    private final Map<String, Field> fields = new LinkedHashMap<>();
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
        this.editors = editors;
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
            fields.clear();
            lastProblems = List.of();
            lastHints = null;
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
            String caseId = d.caseId();
            long gen = ++generation;
            worker.execute(() -> refresh(d, gen, caseId));
        }
    }

    private void show(Dossier d, boolean rebuild) {
        dossier.set(d);
        draft.set(d != null && d.caseInfo().draft());
        if (d == null) {
            structure.set(structure.get() + 1);
            return;
        }
        ObjectNode tree = tree(d);
        for (Field f : fields.values()) {
            if (!pending.containsKey(f.path)) {
                f.show(value(tree, f.path));
            }
        }
        String key = structureKey(d);
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
        return fields.computeIfAbsent(path, p -> {
            EditPath ep = EditPath.parse(p);
            EditFields.Type t = EditFields.type(ep.fieldKey()).orElseThrow(() -> new IllegalArgumentException(p));
            Dossier d = dossier.get();
            Field f = new Field(p, t, d == null ? "" : value(tree(d), p));
            mark(f, lastProblems);
            if (lastHints != null && (t == EditFields.Type.PROVISION || p.endsWith(".proposed.fineYuan"))) {
                f.hint.set(lastHints.byPath.getOrDefault(p, ""));
            }
            return f;
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

    private Dossier treeOf;
    private ObjectNode tree;

    /** The manifest tree of the case shown, made once per stored version (forms read every field from it). */
    private ObjectNode tree(Dossier d) {
        if (d != treeOf) {
            tree = DossierCodec.write(d);
            treeOf = d;
        }
        return tree;
    }

    static String value(ObjectNode tree, String path) {
        EditPath p = EditPath.parse(path);
        JsonNode n = p.collection().equals("case") ? tree.path("case") : null;
        if (n == null) {
            for (JsonNode x : tree.path(p.collection())) {
                if (p.key().equals(x.path("id").asText(null))) {
                    n = x;
                }
            }
            if (n == null && p.byPosition() && Integer.parseInt(p.key()) < tree.path(p.collection()).size()) {
                n = tree.path(p.collection()).get(Integer.parseInt(p.key()));
            }
        }
        if (n == null) {
            return "";
        }
        for (String f : p.field()) {
            n = n.path(f);
        }
        String v = EditFields.display(n);
        if (p.field().size() == 1 && p.field().get(0).equals("type") && p.collection().equals("documents")) {
            return org.jrw.model.DocumentType.fromCode(v).map(org.jrw.model.DocumentType::labelZh).orElse(v);
        }
        if (n.isBoolean()) {
            return Messages.get(n.asBoolean() ? "edit.gui.yes" : "edit.gui.no");
        }
        if (p.fieldKey().equals("parties.kind")) {
            org.jrw.model.PartyKind k = org.jrw.model.PartyKind.fromCode(v);
            return k == null ? v : k.labelZh();
        }
        return v;
    }

    private static String structureKey(Dossier d) {
        return d.caseId() + "|" + d.parties().stream().map(p -> p.id()).toList() + "|" + d.officers().size() + "|"
                + d.violations().stream().map(Violation::id).toList() + "|"
                + d.documents().stream().map(x -> x.id() + ":" + x.file()).toList() + "|"
                + d.evidence().stream().map(x -> x.id() + ":" + x.file()).toList();
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
            CaseEditor.Preview pv = editor().preview(base, edits);
            if (!pv.acceptable()) {
                List<FieldProblem> shown = new ArrayList<>(pv.invalid());
                shown.addAll(pv.introduced());
                List<FieldProblem> all = new ArrayList<>(shown);
                all.addAll(pv.problems());
                Hints h = pv.dossier() == null ? null : hints(pv.dossier());
                List<Finding> live = pv.dossier() == null ? null : checker().check(pv.dossier(), null);
                fx.execute(() -> {
                    if (gen != generation) {
                        return;
                    }
                    marks(all);
                    if (h != null) {
                        h.apply();
                    }
                    if (live != null) {
                        findings.setAll(live);
                    }
                    status.set(Messages.get("edit.gui.status.refused", shown.size(), shown.get(0).message()));
                });
                return;
            }
            CaseEditor.Result r = editor().apply(base.caseId(), edits);
            after(r, typed, gen, Messages.get("edit.gui.status.saved", r.changes().size()));
        } catch (EditRejectedException e) {
            fx.execute(() -> {
                marks(e.problems());
                status.set(Messages.get("edit.gui.status.refused", e.problems().size(), e.problems().get(0).message()));
            });
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    /** A save (or undo, redo, structural edit) succeeded: show the stored case, marks, hints and findings. */
    private void after(CaseEditor.Result r, Map<String, String> saved, long gen, String message) {
        Dossier d = r.dossier();
        List<FieldProblem> problems = editor().checks().problems(d);
        Hints h = hints(d);
        List<Finding> live = checker().check(d, null);
        boolean undo = editor().canUndo(d.caseId());
        boolean redo = editor().canRedo(d.caseId());
        fx.execute(() -> {
            for (Map.Entry<String, String> e : saved.entrySet()) {
                if (e.getValue().equals(pending.get(e.getKey()))) {
                    pending.remove(e.getKey());
                }
            }
            show(d, false);
            if (gen == generation || pending.isEmpty()) {
                marks(problems);
                h.apply();
                findings.setAll(live);
            }
            canUndo.set(undo);
            canRedo.set(redo);
            status.set(message);
            onSaved.accept(d);
        });
    }

    /** On the worker: marks, hints and findings of a case as loaded. */
    private void refresh(Dossier d, long gen, String caseId) {
        try {
            List<FieldProblem> problems = editor().checks().problems(d);
            Hints h = hints(d);
            List<Finding> live = checker().check(d, null);
            boolean undo = editor().canUndo(caseId);
            boolean redo = editor().canRedo(caseId);
            fx.execute(() -> {
                if (gen != generation) {
                    return;
                }
                marks(problems);
                h.apply();
                findings.setAll(live);
                canUndo.set(undo);
                canRedo.set(redo);
            });
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void fail(RuntimeException e) {
        String m = e instanceof BadInputException b ? b.getMessage() : String.valueOf(e.getMessage());
        fx.execute(() -> status.set(Messages.get("edit.gui.status.failed", m)));
    }

    /** Puts each problem on the fields it concerns (date-order problems on the dates of the item). */
    private void marks(List<FieldProblem> problems) {
        lastProblems = List.copyOf(problems);
        for (Field f : fields.values()) {
            mark(f, problems);
        }
    }

    private List<FieldProblem> lastProblems = List.of();
    private Hints lastHints;

    private void mark(Field f, List<FieldProblem> problems) {
        {
            FieldProblem hit = null;
            for (FieldProblem p : problems) {
                boolean exact = p.path().equals(f.path);
                boolean dates = f.type == EditFields.Type.DATE && !p.path().contains(".")
                        && (f.path.startsWith(p.path() + ".") || p.path().equals("case") && f.path.startsWith("case."));
                if ((exact || dates) && (hit == null || p.blocking() && !hit.blocking())) {
                    hit = p;
                }
            }
            f.problem.set(hit == null ? "" : hit.message());
            f.level.set(hit == null ? "" : hit.blocking() ? "error" : "note");
        }
    }

    // ------------------------------------------------------------------ hints: provisions and ranges

    /** Hints computed on the worker, applied on the view's thread. */
    private final class Hints {
        final Map<String, String> byPath = new HashMap<>();

        void apply() {
            lastHints = this;
            for (Field f : fields.values()) {
                if (f.type == EditFields.Type.PROVISION || f.path.endsWith(".proposed.fineYuan")) {
                    f.hint.set(byPath.getOrDefault(f.path, ""));
                }
            }
        }
    }

    private Hints hints(Dossier d) {
        Hints h = new Hints();
        java.time.LocalDate on = d.caseInfo().violationDate();
        for (Violation v : d.violations()) {
            String at = "violations[" + v.id() + "]";
            Resolution violated = null;
            if (v.violatedProvision() != null && !v.violatedProvision().isBlank()) {
                violated = editor().checks().resolver().resolve(v.violatedProvision(), on, null);
                h.byPath.put(at + ".violatedProvision", describe(violated));
            }
            if (v.penaltyProvision() != null && !v.penaltyProvision().isBlank()) {
                String context = violated != null && violated.law() != null ? violated.law().title() : null;
                Resolution r = editor().checks().resolver().resolve(v.penaltyProvision(), on, context);
                h.byPath.put(at + ".penaltyProvision", describe(r));
            }
            Optional<StatutoryRange> range = editor().checks().range(d, v);
            range.ifPresent(r -> h.byPath.put(at + ".proposed.fineYuan",
                    Messages.get("edit.gui.range", yuan(r.minYuan()), yuan(r.maxYuan()), r.quote())));
        }
        return h;
    }

    private static String describe(Resolution r) {
        if (!r.found()) {
            return "";
        }
        String text = r.text();
        return r.label() + (r.version() == null ? "" : "（" + r.version().label() + "）")
                + (text == null ? "" : "\n" + text);
    }

    private static String yuan(long v) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(v);
    }

    /**
     * Completions for a provision as typed (called by the autocompletion on its own thread): the
     * citation resolved against the law library in the library's own wording
     * ({@code 安全生产法97条7项} → 《中华人民共和国安全生产法》第九十七条第（七）项), or the laws whose
     * names contain what was typed.
     */
    public List<String> suggestProvisions(String typed, String path) {
        List<String> out = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return out;
        }
        Dossier d = dossier.get();
        java.time.LocalDate on = d == null ? null : d.caseInfo().violationDate();
        String context = null;
        if (d != null && path != null && path.endsWith(".penaltyProvision")) {
            Violation v = d.violation(EditPath.parse(path).key()).orElse(null);
            if (v != null && v.violatedProvision() != null) {
                Resolution vr = editor().checks().resolver().resolve(v.violatedProvision(), on, null);
                context = vr.law() == null ? null : vr.law().title();
            }
        }
        Resolution r = editor().checks().resolver().resolve(typed, on, context);
        if (r.found()) {
            out.add(r.label());
            return out;
        }
        String q = typed.strip();
        for (Law law : editor().checks().resolver().library().laws()) {
            if (law.title().contains(q) || law.shortTitle().contains(q)
                    || law.aliases().stream().anyMatch(a -> a.contains(q))) {
                out.add("《" + law.title() + "》");
            }
            if (out.size() >= 8) {
                break;
            }
        }
        return out;
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
                CaseEditor.Result r = work.apply(editor());
                String done = switch (r.action()) {
                    case "case.edit.undo" -> "edit.gui.status.undone";
                    case "case.edit.redo" -> "edit.gui.status.redone";
                    default -> "edit.gui.status.saved";
                };
                after(r, none, gen, r.changed() ? Messages.get(done, r.changes().size())
                        : Messages.get("edit.gui.status.unchanged"));
            } catch (EditRejectedException e) {
                fx.execute(() -> {
                    marks(e.problems());
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
                CaseEditor.Result r = editor().confirm(id);
                after(r, Map.of(), gen, Messages.get("edit.gui.status.confirmed"));
            } catch (EditRejectedException e) {
                List<String> lines = new ArrayList<>();
                for (FieldProblem p : e.problems()) {
                    lines.add(p.message());
                }
                fx.execute(() -> {
                    marks(e.problems());
                    draftProblems.set(String.join("\n", lines));
                    status.set(e.summary());
                });
            } catch (RuntimeException e) {
                fail(e);
            }
        });
    }

    private CaseEditor editor() {
        CaseEditor e = editor;
        if (e == null) {
            e = editors.get();
            editor = e;
        }
        return e;
    }

    private LegalityChecker checker() {
        LegalityChecker c = checker;
        if (c == null) {
            c = new LegalityChecker();
            checker = c;
        }
        return c;
    }
}
