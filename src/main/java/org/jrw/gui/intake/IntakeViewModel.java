package org.jrw.gui.intake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.jrw.logic.intake.Choices;
import org.jrw.logic.intake.Classification;
import org.jrw.logic.intake.FieldValue;
import org.jrw.logic.intake.IntakeFile;
import org.jrw.logic.intake.IntakeScan;
import org.jrw.logic.intake.IntakeService;
import org.jrw.logic.intake.Proposal;
import org.jrw.logic.intake.Reading;
import org.jrw.model.DocumentType;
import org.jrw.model.EvidenceKind;

/**
 * The intake window's state: the files read (type changeable), the fields proposed with their
 * sources (accept, edit, reject), the conflicts (choose one reading) and the draft case created.
 * Reading the files, re-reading the fields after a change of type and creating the case run in
 * the {@link org.jrw.gui.task.TaskRunner}; the JavaFX thread only applies results.
 */
public final class IntakeViewModel {
    /** The state of a proposed field in the list. */
    public enum State { PROPOSED, ACCEPTED, EDITED, REJECTED, CONFLICT, CHOSEN }

    /** One file of the list; its file is replaced when its text has been recognised (识别中… → read). */
    public static final class FileRow {
        private final int index;
        private final ReadOnlyObjectWrapper<IntakeFile> file = new ReadOnlyObjectWrapper<>();
        private final ObjectProperty<Classification> type = new SimpleObjectProperty<>();
        private final ReadOnlyStringWrapper messages = new ReadOnlyStringWrapper();

        FileRow(int index, IntakeFile file, Classification c) {
            this.index = index;
            this.type.set(c);
            setFile(file);
        }

        public int index() {
            return index;
        }

        public IntakeFile file() {
            return file.get();
        }

        public ReadOnlyObjectProperty<IntakeFile> fileProperty() {
            return file.getReadOnlyProperty();
        }

        public ObjectProperty<Classification> typeProperty() {
            return type;
        }

        public String messages() {
            return messages.get();
        }

        public ReadOnlyStringProperty messagesProperty() {
            return messages.getReadOnlyProperty();
        }

        /** True while the file waits for text recognition. */
        public boolean recognising() {
            return file().textStatus() == org.jrw.logic.intake.TextReader.Status.OCR_QUEUED;
        }

        void setFile(IntakeFile f) {
            file.set(f);
            messages.set(String.join(Messages.semicolon(), f.messageTexts()));
        }
    }

    /** One field of the proposal: its label, value as text, source and state. */
    public record FieldRow(String field, String label, String value, String source, State state) {
    }

    /** One conflict: the field and its readings side by side. */
    public record ConflictRow(String field, String label, List<Option> options) {
    }

    /** One reading of a conflict: the value and where it was read. */
    public record Option(Object value, String text, String source, String sentence) {
    }

    private final AppContext ctx;
    private final ObservableList<FileRow> files = FXCollections.observableArrayList();
    private final ObservableList<FieldRow> fields = FXCollections.observableArrayList();
    private final ObservableList<ConflictRow> conflicts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<String> createdCaseId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final Choices choices = new Choices();
    private IntakeScan scan;
    private Proposal proposal;

    public IntakeViewModel(AppContext ctx) {
        this.ctx = ctx;
    }

    public ObservableList<FileRow> files() {
        return files;
    }

    public ObservableList<FieldRow> fields() {
        return fields;
    }

    public ObservableList<ConflictRow> conflicts() {
        return conflicts;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<String> createdCaseIdProperty() {
        return createdCaseId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean hasProposal() {
        return proposal != null;
    }

    public Proposal proposal() {
        return proposal;
    }

    /** Every classification a file can be given: the document types in filing order, then the eight kinds. */
    public static List<Classification> allTypes() {
        List<Classification> out = new ArrayList<>();
        for (DocumentType t : DocumentType.values()) {
            out.add(Classification.document(t, Classification.Basis.USER));
        }
        for (EvidenceKind k : EvidenceKind.values()) {
            out.add(Classification.evidence(k, Classification.Basis.USER));
        }
        return out;
    }

    private final org.jrw.gui.ListState filesState = new org.jrw.gui.ListState("screens.intake.files.loading",
            "intake.drop.hint");
    private org.jrw.gui.DialogService dialogs = org.jrw.gui.DialogService.quiet(m -> { });

    /** How the window asks for files and folders. */
    public void setDialogs(org.jrw.gui.DialogService d) {
        this.dialogs = d;
    }

    /** The file list's loading, empty (drop or choose files) and failed states. */
    public org.jrw.gui.ListState filesState() {
        return filesState;
    }

    /** Asks for the dossier's files and reads them. */
    public void chooseFiles() {
        List<Path> picked = dialogs.openFiles(Messages.get("intake.choose.files"), List.of());
        if (!picked.isEmpty()) {
            start(picked);
        }
    }

    /** Asks for the dossier's folder and reads it. */
    public void chooseFolder() {
        dialogs.chooseFolder(Messages.get("intake.choose.folder")).ifPresent(d -> start(List.of(d)));
    }

    /** Reads the files in the background (progress and cancel in the status bar). */
    public void start(List<Path> paths) {
        discard();
        filesState.loading();
        busy.set(true);
        error.set(null);
        status.set(Messages.get("intake.task.scan"));
        ctx.tasks().run(Messages.get("intake.task.scan"), p -> {
            IntakeService s = service();
            IntakeScan sc = s.scan(paths, p);
            return Map.entry(sc, s.propose(sc, choices.copy()));
        }, r -> {
            busy.set(false);
            scan = r.getKey();
            List<FileRow> rows = new ArrayList<>();
            for (int i = 0; i < scan.files().size(); i++) {
                IntakeFile f = scan.files().get(i);
                rows.add(new FileRow(i, f, f.proposed()));
            }
            files.setAll(rows);
            filesState.loaded(rows.size());
            apply(r.getValue());
            startRecognition(scan);
        }, this::failed);
    }

    private final OcrPhase ocr = new OcrPhase(this);

    /** The second phase's own progress (0–1) and running state. */
    public javafx.beans.property.ReadOnlyDoubleProperty ocrProgressProperty() {
        return ocr.progress();
    }

    public ReadOnlyBooleanProperty ocrRunningProperty() {
        return ocr.running();
    }

    public ReadOnlyStringProperty ocrStatusProperty() {
        return ocr.status();
    }

    /** Test hook: the text recognition engine the intake uses (a stand-in program in tests). */
    void ocrEngine(java.util.function.Supplier<java.util.Optional<org.jrw.logic.training.Ocr>> engine) {
        this.engine = engine;
    }

    private java.util.function.Supplier<java.util.Optional<org.jrw.logic.training.Ocr>> engine =
            org.jrw.logic.training.Ocr::find;

    IntakeService service() {
        return ctx.intake(engine);
    }

    private void startRecognition(IntakeScan sc) {
        if (!sc.queuedForOcr().isEmpty()) {
            ocr.start(sc);
        }
    }

    /** Stops text recognition only: the files not yet read stay 待识别 and the intake goes on. */
    public void stopRecognition() {
        ocr.stop();
    }

    /** Called on the JavaFX thread when the file at {@code index} of {@code sc} has been recognised. */
    void recognised(IntakeScan sc, int index) {
        if (sc != scan || index >= files.size()) {
            return;
        }
        refreshRow(sc, index);
        repropose();
    }

    /** Called on the JavaFX thread when recognition ended (done, stopped or failed). */
    void recognitionEnded(IntakeScan sc, boolean stopped) {
        if (sc != scan) {
            return;
        }
        if (stopped) {
            sc.stopRecognition();
        }
        for (int i = 0; i < files.size(); i++) {
            refreshRow(sc, i);
        }
        repropose();
    }

    private void refreshRow(IntakeScan sc, int index) {
        FileRow row = files.get(index);
        IntakeFile f = sc.files().get(index);
        if (f == row.file()) {
            return;
        }
        row.setFile(f);
        row.typeProperty().set(choices.typeOf(index, f.proposed()));
        rowsRevision.set(rowsRevision.get() + 1);
    }

    private final javafx.beans.property.ReadOnlyIntegerWrapper rowsRevision = new javafx.beans.property.ReadOnlyIntegerWrapper(0);

    /** Counts replaced rows (a file recognised): the list redraws its cells when it changes. */
    public javafx.beans.property.ReadOnlyIntegerProperty rowsRevisionProperty() {
        return rowsRevision.getReadOnlyProperty();
    }

    private void failed(Throwable t) {
        busy.set(false);
        if (files.isEmpty()) {
            if (t instanceof org.jrw.logic.task.CancelledException) {
                filesState.loaded(0);
            } else {
                filesState.failed(t);
            }
        }
        String m = t instanceof org.jrw.logic.task.CancelledException ? Messages.get("intake.cancel") : t.getMessage();
        error.set(m);
        status.set(m);
    }

    /** The user changed a file's type: the fields are read again. */
    public void setType(FileRow row, Classification c) {
        row.typeProperty().set(c);
        choices.classify(row.index(), c);
        repropose();
    }

    public void accept(String field) {
        if (proposal == null) {
            return;
        }
        Object v = proposal.value(field);
        if (v != null) {
            choices.set(field, v);
            accepted.add(field);
            repropose();
        }
    }

    /** Accepts every proposed field that is not in conflict. */
    public void acceptAll() {
        if (proposal == null) {
            return;
        }
        for (FieldValue f : proposal.fields().values()) {
            if (!f.conflict() && !choices.decided(f.field())) {
                choices.set(f.field(), f.value());
                accepted.add(f.field());
            }
        }
        repropose();
    }

    public void edit(String field, String text) {
        choices.set(field, text == null || text.isBlank() ? null : text.strip());
        accepted.remove(field);
        edited.add(field);
        repropose();
    }

    public void reject(String field) {
        choices.reject(field);
        accepted.remove(field);
        edited.remove(field);
        repropose();
    }

    /** The user took one reading of a conflict. */
    public void choose(String field, Object value) {
        choices.set(field, value);
        chosen.add(field);
        repropose();
    }

    private final java.util.Set<String> accepted = new java.util.HashSet<>();
    private final java.util.Set<String> edited = new java.util.HashSet<>();
    private final java.util.Set<String> chosen = new java.util.HashSet<>();

    private void repropose() {
        IntakeScan sc = scan;
        if (sc == null) {
            return;
        }
        Choices snapshot = choices.copy();
        busy.set(true);
        ctx.tasks().run(Messages.get("intake.task.scan"),
                p -> service().propose(sc, snapshot),
                r -> {
                    busy.set(false);
                    apply(r);
                }, this::failed);
    }

    private void apply(Proposal p) {
        proposal = p;
        List<FieldRow> rows = new ArrayList<>();
        List<ConflictRow> cs = new ArrayList<>();
        for (FieldValue f : p.fields().values()) {
            String label = FieldLabels.label(f.field(), p);
            if (f.conflict() && !chosen.contains(f.field()) && !choices.decided(f.field())) {
                List<Option> options = new ArrayList<>();
                for (Map.Entry<String, List<Reading>> alt : f.alternatives().entrySet()) {
                    Reading r = alt.getValue().get(0);
                    options.add(new Option(r.value(), text(r.value()), source(r), r.source().text()));
                }
                cs.add(new ConflictRow(f.field(), label, options));
                rows.add(new FieldRow(f.field(), label, "", Messages.get("intake.state.conflict"), State.CONFLICT));
                continue;
            }
            State st = choices.rejected(f.field()) ? State.REJECTED
                    : chosen.contains(f.field()) ? State.CHOSEN
                    : edited.contains(f.field()) ? State.EDITED
                    : accepted.contains(f.field()) ? State.ACCEPTED : State.PROPOSED;
            Object v = p.value(f.field());
            if (f.field().endsWith(".kind") && v != null && org.jrw.model.PartyKind.fromCode(v.toString()) != null) {
                v = org.jrw.model.PartyKind.fromCode(v.toString()).labelZh();
            }
            Reading src = f.source() != null ? f.source() : f.readings().get(0);
            rows.add(new FieldRow(f.field(), label, st == State.REJECTED ? "" : text(v), source(src) + Messages.colon() + src.source().text(), st));
        }
        fields.setAll(rows);
        conflicts.setAll(cs);
        long taken = scan.files().stream().filter(IntakeFile::included).count();
        status.set(Messages.get("intake.files.count", scan.files().size(), taken) + "　"
                + Messages.get("intake.unresolved.count", p.unresolved().size()));
    }

    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof List<?> l) {
            return String.join(Messages.enumComma(), l.stream().map(String::valueOf).toList());
        }
        if (v instanceof Boolean b) {
            return Messages.get(b ? "ux.yes" : "ux.no");
        }
        return v.toString();
    }

    static String source(Reading r) {
        Reading.Source s = r.source();
        return s.file() + (s.page() == null ? "" : "，" + Messages.get("intake.source.page", s.page()));
    }

    /** Creates the draft case in the background; {@code onDone} gets the new case id. */
    public void create(Consumer<String> onDone) {
        IntakeScan sc = scan;
        Proposal p = proposal;
        if (sc == null || p == null || ocr.running().get()) {
            return;
        }
        busy.set(true);
        ctx.tasks().run(Messages.get("intake.task.create"),
                pr -> service().create(sc, p, pr).caseId(),
                id -> {
                    busy.set(false);
                    scan = null;
                    createdCaseId.set(id);
                    status.set(Messages.get("intake.created", p.dossier().caseInfo().caseNumber()));
                    if (onDone != null) {
                        onDone.accept(id);
                    }
                }, this::failed);
    }

    /** Cancels reading (either phase), or drops what was read: the staged copies are deleted. */
    public void cancel() {
        if (busy.get()) {
            ctx.tasks().cancel();
        }
        discard();
    }

    private void discard() {
        ocr.abandon();
        IntakeScan sc = scan;
        scan = null;
        proposal = null;
        if (sc != null) {
            ctx.tasks().run(Messages.get("intake.cancel"), p -> {
                sc.discard();
                return Boolean.TRUE;
            }, r -> { }, t -> { });
        }
        files.clear();
        fields.clear();
        conflicts.clear();
        filesState.loaded(0);
    }
}
