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

    public EvaluationViewModel(AppContext ctx) {
        this.ctx = ctx;
        dossier.addListener((o, a, d) -> {
            result.set(null);
            draft.set(null);
            checks.clear();
            if (d != null) {
                preview();
            }
        });
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

    public void preview() {
        String id = caseId();
        if (id == null) {
            return;
        }
        ctx.tasks().run(Messages.get("gui.eval.running"), p -> ctx.evaluations().preview(id),
                r -> {
                    if (id.equals(caseId())) {
                        result.set(r);
                        status.set(Messages.get("gui.eval.preview"));
                    }
                }, this::fail);
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
                    status.set(Messages.get(r.stored() ? "gui.eval.recorded" : "gui.eval.preview"));
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
        }, x -> status.set(Messages.get("gui.eval.written", x)), this::fail);
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
                }, this::fail);
    }

    public void dashboard(java.util.function.Consumer<Dashboard.Data> onDone) {
        ctx.tasks().run(Messages.get("gui.dashboard.loading"), p -> ctx.dashboard(), onDone,
                this::fail);
    }

    private void fail(Throwable t) {
        status.set(t.getMessage() == null ? t.toString() : t.getMessage());
    }

    /** The scoring items of the current result. */
    public List<Evaluation.Item> items() {
        return result.get() == null ? List.of() : result.get().evaluation().items();
    }
}
