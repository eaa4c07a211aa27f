package org.jrw.gui.evaluation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.jrw.logic.audit.Actor;
import org.jrw.logic.evaluation.Dashboard;
import org.jrw.logic.evaluation.Evaluation;
import org.jrw.logic.evaluation.EvaluationDocuments;
import org.jrw.logic.evaluation.EvaluationModel;
import org.jrw.logic.evaluation.EvaluationService;
import org.jrw.logic.evaluation.Qualification;
import org.jrw.logic.evaluation.TypicalCase;
import org.jrw.logic.evaluation.TypicalCaseService;
import org.jrw.model.Dossier;

/**
 * The evaluation of the open case: a preview computed in the background whenever the case
 * changes, recording the evaluation, the report PDF, the typical-case draft with its pre-check
 * and export, and the dashboard figures.
 */
public final class EvaluationViewModel {
    private final AppContext ctx;
    private final ObjectProperty<Dossier> dossier = new SimpleObjectProperty<>();
    private final ObjectProperty<EvaluationService.Result> result = new SimpleObjectProperty<>();
    private final ObjectProperty<TypicalCaseService.Draft> draft = new SimpleObjectProperty<>();
    private final ObservableList<Qualification.Check> checks = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty caveat = new SimpleStringProperty();
    private org.jrw.gui.DialogService dialogs = org.jrw.gui.DialogService.quiet(status::set);
    /** The scoring items' table: evaluating, no case open (what to do), failed with the reason. */
    private final org.jrw.gui.ListState itemsState = new org.jrw.gui.ListState("gui.eval.running", "screens.eval.none");

    public EvaluationViewModel(AppContext ctx) {
        this.ctx = ctx;
        dossier.addListener((o, a, d) -> {
            result.set(null);
            caveat.set(null);
            draft.set(null);
            checks.clear();
            itemsState.loaded(0);
            if (d != null) {
                preview();
            }
        });
    }

    public org.jrw.gui.ListState itemsState() {
        return itemsState;
    }

    /** How the windows ask for the files to write and report errors. */
    public void setDialogs(org.jrw.gui.DialogService d) {
        this.dialogs = d;
    }

    /** Asks where to write the evaluation report (PDF or Word) and writes it. */
    public void exportReport() {
        if (result.get() != null) {
            dialogs.saveFile(Messages.get("screens.eval.saveReport"), Messages.get("ux.file.evaluation"),
                    List.of(org.jrw.gui.DialogService.FileType.of("PDF", "*.pdf"),
                            org.jrw.gui.DialogService.FileType.of("Word", "*.docx"))).ifPresent(this::writeReport);
        }
    }

    /** Asks where to write the typical case ({@code pdf} or {@code docx}) and exports it. */
    public void exportTypical(TypicalCase edited, String ext, boolean force) {
        dialogs.saveFile(Messages.get("screens.eval.saveTypical"), Messages.get("ux.file.typicalCase", ext),
                List.of(org.jrw.gui.DialogService.FileType.of(ext.toUpperCase(java.util.Locale.ROOT), "*." + ext)))
                .ifPresent(f -> export(edited, f, force));
    }

    /** Asks where to write the dashboard's figures as CSV and writes them (in the background). */
    public void exportStatistics(Dashboard.Data data) {
        if (data == null) {
            return;
        }
        dialogs.saveFile(Messages.get("screens.eval.saveStatistics"), Messages.get("ux.file.statistics"),
                List.of(org.jrw.gui.DialogService.FileType.of("CSV", "*.csv"))).ifPresent(f ->
                ctx.tasks().run(Messages.get("screens.eval.writingStatistics"), p -> {
                    try {
                        java.nio.file.Files.writeString(f, Dashboard.csv(data), java.nio.charset.StandardCharsets.UTF_8);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return f;
                }, x -> dialogs.inform(Messages.get("gui.eval.written", x)), this::writeFailed));
    }

    public ObjectProperty<Dossier> dossierProperty() {
        return dossier;
    }

    public ObjectProperty<EvaluationService.Result> resultProperty() {
        return result;
    }

    public ObjectProperty<TypicalCaseService.Draft> draftProperty() {
        return draft;
    }

    public ObservableList<Qualification.Check> checks() {
        return checks;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public AppContext context() {
        return ctx;
    }

    private String caseId() {
        return dossier.get() == null ? null : dossier.get().caseId();
    }

    /**
     * The case's evaluation as the workspace holds it: the last recorded one (with when and by
     * whom), else a preview; and the caveat when the model is not the case's local standard.
     */
    public void preview() {
        String id = caseId();
        if (id == null) {
            return;
        }
        itemsState.loading();
        ctx.tasks().run(Messages.get("gui.eval.running"), p -> {
            EvaluationService s = ctx.evaluations();
            EvaluationService.Result r = s.preview(id);
            var stored = s.latestRecorded(id, r.dossier().caseInfo().caseNumber());
            String note = caveatFor(EvaluationModel.builtIn(), r.dossier());
            if (stored.isPresent()) {
                return new Shown(new EvaluationService.Result(r.dossier(), r.findings(), stored.get().evaluation(),
                        true), recordedText(stored.get()), note);
            }
            return new Shown(r, Messages.get("gui.eval.preview"), note);
        }, shown -> {
            if (id.equals(caseId())) {
                caveat.set(shown.caveat());
                result.set(shown.result());
                status.set(shown.status());
                itemsState.loaded(shown.result().evaluation().items().size());
            }
        }, t -> {
            if (id.equals(caseId())) {
                itemsState.failed(t);
            }
            fail(t);
        });
    }

    private record Shown(EvaluationService.Result result, String status, String caveat) {
    }

    private static String recordedText(EvaluationService.Recorded r) {
        String at = r.at() == null ? "" : org.jrw.model.Timestamps.local(r.at(), "yyyy-MM-dd HH:mm");
        return r.by() == null || r.by().isBlank() ? Messages.get("ux.eval.recordedAt", at)
                : Messages.get("ux.eval.recordedBy", at, r.by());
    }

    /**
     * The caveat shown above a score whose model is not the standard of the case's place: an
     * example model, or one of another jurisdiction; null when the model applies. Background thread
     * (reads the workspace's jurisdiction).
     */
    private String caveatFor(EvaluationModel model, Dossier d) {
        String ws = null;
        try {
            ws = ctx.ruleSources().jurisdiction().orElse(null);
        } catch (RuntimeException e) {
            // no jurisdiction known: the case's own agency names the place
        }
        return org.jrw.logic.evaluation.EvaluationCaveat.of(model, d, ws);
    }

    /** The caveat above the score (example model or another jurisdiction's), or null. */
    public StringProperty caveatProperty() {
        return caveat;
    }

    /** Evaluates and records the result (audit trail). */
    public void record() {
        String id = caseId();
        if (id == null) {
            return;
        }
        ctx.tasks().run(Messages.get("gui.eval.running"), p -> ctx.evaluations().evaluate(id),
                r -> {
                    result.set(r);
                    status.set(r.stored() ? Messages.get("ux.eval.recordedAt", org.jrw.model.Timestamps.local(
                            org.jrw.model.Timestamps.now(), "yyyy-MM-dd HH:mm")) : Messages.get("gui.eval.preview"));
                }, this::fail);
    }

    public void writeReport(Path out) {
        EvaluationService.Result r = result.get();
        if (r == null) {
            return;
        }
        ctx.tasks().run(Messages.get("gui.eval.report"), p -> {
            EvaluationDocuments.write(EvaluationDocuments.report(r.evaluation(), r.dossier(), EvaluationModel.builtIn(),
                    Actor.signedIn().orElse(null), LocalDate.now()), out);
            return out;
        }, x -> status.set(Messages.get("gui.eval.written", x)), this::writeFailed);
    }

    public void loadDraft() {
        String id = caseId();
        if (id == null) {
            return;
        }
        ctx.tasks().run(Messages.get("gui.typical.loading"), p -> ctx.typicalCases().draft(id),
                d -> {
                    draft.set(d);
                    checks.setAll(d.checks());
                }, this::fail);
    }

    public void precheck(TypicalCase edited) {
        TypicalCaseService.Draft d = draft.get();
        if (d == null) {
            return;
        }
        ctx.tasks().run(Messages.get("gui.typical.precheck"),
                p -> ctx.typicalCases().precheck(d, edited), checks::setAll, this::fail);
    }

    public void saveDraft(TypicalCase edited) {
        String id = caseId();
        ctx.tasks().run(Messages.get("gui.typical.saving"), p -> {
            ctx.typicalCases().save(id, edited, "draft");
            return id;
        }, x -> status.set(Messages.get("gui.typical.saved")), this::fail);
    }

    public void export(TypicalCase edited, Path out, boolean force) {
        String id = caseId();
        ctx.tasks().run(Messages.get("gui.typical.exporting"),
                p -> ctx.typicalCases().export(id, edited, out, force), d -> {
                    checks.setAll(d.checks());
                    status.set(Messages.get("gui.typical.exported", out));
                }, this::writeFailed);
    }

    public void dashboard(java.util.function.Consumer<Dashboard.Data> onDone) {
        ctx.tasks().run(Messages.get("gui.dashboard.loading"), p -> ctx.dashboard(), onDone,
                this::fail);
    }

    private void fail(Throwable t) {
        status.set(t.getMessage() == null ? t.toString() : t.getMessage());
    }

    /** A write the user asked for failed: the status line and an error dialog. */
    private void writeFailed(Throwable t) {
        fail(t);
        dialogs.error(Messages.get("screens.eval.title"), status.get());
    }

    /** The scoring items of the current result. */
    public List<Evaluation.Item> items() {
        return result.get() == null ? List.of() : result.get().evaluation().items();
    }
}
