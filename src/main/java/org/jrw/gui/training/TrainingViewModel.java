package org.jrw.gui.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jrw.gui.AppContext;
import org.jrw.gui.DialogService;
import org.jrw.gui.ListState;
import org.jrw.i18n.Messages;
import org.jrw.logic.training.Anonymizer;
import org.jrw.logic.training.Exercise;
import org.jrw.logic.training.ExerciseResults;
import org.jrw.logic.training.Scorer;
import org.jrw.logic.training.TrainingMaterial;
import org.jrw.logic.training.TrainingService;
import org.jrw.model.BadInputException;

/** The exercise window's state: the case as the trainee sees it, the answer form, score and class results. */
public final class TrainingViewModel {
    private final AppContext ctx;
    private String caseId;
    private final ObservableList<TrainingMaterial.Item> material = FXCollections.observableArrayList();
    private final StringProperty caseNumber = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty facts = new SimpleStringProperty("");
    private final ObservableList<String> evidence = FXCollections.observableArrayList();
    private final StringProperty trainee = new SimpleStringProperty("");
    private final StringProperty violated = new SimpleStringProperty("");
    private final StringProperty penalty = new SimpleStringProperty("");
    private final StringProperty fine = new SimpleStringProperty("");
    private final Map<Exercise.Circumstance, BooleanProperty> circumstances = new java.util.EnumMap<>(Exercise.Circumstance.class);
    private final StringProperty feedback = new SimpleStringProperty("");
    /** True while the loaded case is not a de-identified copy: real personal data is on screen. */
    private final BooleanProperty realCase = new SimpleBooleanProperty(false);
    private final ObservableList<Scorer.Score> results = FXCollections.observableArrayList();
    private final ListState materialState = new ListState("screens.training.material.loading",
            "screens.training.material.empty");
    private final ListState evidenceState = new ListState("screens.training.evidence.loading",
            "screens.training.evidence.empty");
    private final ListState resultsState = new ListState("screens.training.results.loading",
            "gui.training.noResults");
    private DialogService dialogs = DialogService.quiet(m -> { });

    public TrainingViewModel(AppContext ctx, String caseId) {
        this.ctx = ctx;
        this.caseId = caseId;
        for (Exercise.Circumstance c : Exercise.Circumstance.values()) {
            circumstances.put(c, new SimpleBooleanProperty(false));
        }
    }

    /** How the window asks for files and reports errors and results. */
    public void setDialogs(DialogService d) {
        this.dialogs = d;
    }

    private void error(String text) {
        dialogs.error(Messages.get("screens.training.title"), text);
    }

    private void failed(Throwable t) {
        error(t.getMessage());
    }

    private TrainingService service() {
        return ctx.training();
    }

    /** Lists the built-in material (demo dossier, precedent case studies). */
    public void loadMaterial() {
        materialState.loading();
        ctx.tasks().run(Messages.get("gui.training.loading"), p -> TrainingMaterial.list(), items -> {
            material.setAll(items);
            materialState.loaded(items.size());
        }, t -> {
            material.clear();
            materialState.failed(t);
        });
    }

    /** Anonymises the material into the workspace (once) and opens the exercise on it. */
    public void start(TrainingMaterial.Item item) {
        if (item == null) {
            return;
        }
        ctx.tasks().run(Messages.get("gui.training.preparing"), p -> service().importMaterial(item.id(), p), id -> {
            caseId = id;
            ctx.casesChanged(); // the training case is listed in the main window at once
            trainee.set("");
            violated.set("");
            penalty.set("");
            fine.set("");
            circumstances.values().forEach(b -> b.set(false));
            feedback.set("");
            load();
        }, this::failed);
    }

    public void load() {
        if (caseId == null) {
            title.set(Messages.get("gui.training.pick"));
            return;
        }
        evidenceState.loading();
        resultsState.loading();
        ctx.tasks().run(Messages.get("gui.training.loading"), p -> {
            Exercise ex = service().exercise(caseId);
            return Map.entry(ex, service().results(caseId));
        }, e -> {
            Exercise ex = e.getKey();
            realCase.set(!ex.anonymized());
            title.set(ex.title());
            caseNumber.set(ex.caseNumber());
            facts.set(ex.facts() == null ? "" : ex.facts());
            evidence.setAll(ex.evidence());
            results.setAll(e.getValue());
            evidenceState.loaded(evidence.size());
            resultsState.loaded(results.size());
        }, t -> {
            evidenceState.failed(t);
            resultsState.failed(t);
            failed(t);
        });
    }

    public void submit() {
        if (caseId == null) {
            error(Messages.get("gui.training.pick"));
            return;
        }
        Long f;
        try {
            f = fine.get().isBlank() ? null : Long.parseLong(fine.get().strip().replace(",", ""));
        } catch (NumberFormatException e) {
            // expected input error: the message names the field
            error(new BadInputException("training.exercise.fine.invalid", fine.get()).getMessage());
            return;
        }
        Set<Exercise.Circumstance> cs = EnumSet.noneOf(Exercise.Circumstance.class);
        circumstances.forEach((k, v) -> {
            if (v.get()) {
                cs.add(k);
            }
        });
        Exercise.Answer a = new Exercise.Answer(trainee.get().strip(), violated.get(), penalty.get(), cs, f);
        ctx.tasks().run(Messages.get("gui.training.scoring"), p -> {
            Scorer.Score s = service().submit(caseId, a);
            return Map.entry(s, service().results(caseId));
        }, e -> {
            Scorer.Score s = e.getKey();
            StringBuilder sb = new StringBuilder(Messages.get("training.exercise.scored", s.trainee(), s.total()));
            s.items().forEach(i -> sb.append("\n").append(i.points()).append("/").append(i.max()).append("　")
                    .append(i.feedback()));
            feedback.set(sb.toString());
            results.setAll(e.getValue());
            resultsState.loaded(results.size());
        }, this::failed);
    }

    /** Asks where to save the class results as CSV and writes them. */
    public void exportCsv() {
        if (needCase()) {
            dialogs.saveFile(Messages.get("screens.training.saveCsv"), "results.csv",
                    List.of(DialogService.FileType.of("CSV", "*.csv"))).ifPresent(f -> exportResults(f, null));
        }
    }

    /** Asks where to save the class results as PDF and writes them. */
    public void exportPdf() {
        if (needCase()) {
            dialogs.saveFile(Messages.get("screens.training.savePdf"), "results.pdf",
                    List.of(DialogService.FileType.of("PDF", "*.pdf"))).ifPresent(f -> exportResults(null, f));
        }
    }

    /** Asks where to save the case-study booklet (with the answers for the trainer) and writes it. */
    public void booklet(boolean answers) {
        if (needCase()) {
            dialogs.saveFile(Messages.get("screens.training.saveBooklet"),
                    answers ? "case-study-answers.pdf" : "case-study.pdf",
                    List.of(DialogService.FileType.of("PDF", "*.pdf"))).ifPresent(f -> booklet(f, answers));
        }
    }

    private boolean needCase() {
        if (caseId == null) {
            error(Messages.get("gui.training.pick"));
            return false;
        }
        return true;
    }

    public void exportResults(Path csv, Path pdf) {
        ctx.tasks().run(Messages.get("gui.training.exporting"), p -> {
            Exercise ex = service().exercise(caseId);
            List<Scorer.Score> scores = service().results(caseId);
            try {
                if (csv != null) {
                    Files.write(csv, ExerciseResults.csv(ex, scores));
                }
                if (pdf != null) {
                    Files.write(pdf, ExerciseResults.pdf(ex, scores));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return csv != null ? csv : pdf;
        }, out -> dialogs.inform(Messages.get("training.results.done", out)), this::failed);
    }

    public void booklet(Path out, boolean answers) {
        ctx.tasks().run(Messages.get("gui.training.booklet"), p -> {
            try {
                Files.write(out, service().booklet(caseId, answers));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out;
        }, o -> dialogs.inform(Messages.get("training.booklet.done", o, "—")), this::failed);
    }

    /** Anonymises a case of the workspace (from the main window). */
    public static void anonymize(AppContext ctx, String caseId, Path out, Consumer<Anonymizer.Result> done,
                                 Consumer<Throwable> failed) {
        ctx.tasks().run(Messages.get("gui.training.anonymizing"), p -> ctx.anonymizer()
                .anonymize(caseId, out, Anonymizer.Options.defaults(), p), done, failed);
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty caseNumberProperty() { return caseNumber; }
    public ObservableList<TrainingMaterial.Item> material() { return material; }
    public String caseId() { return caseId; }
    public StringProperty factsProperty() { return facts; }
    public ObservableList<String> evidence() { return evidence; }
    public StringProperty traineeProperty() { return trainee; }
    public StringProperty violatedProperty() { return violated; }
    public StringProperty penaltyProperty() { return penalty; }
    public StringProperty fineProperty() { return fine; }
    public BooleanProperty circumstance(Exercise.Circumstance c) { return circumstances.get(c); }
    public StringProperty feedbackProperty() { return feedback; }
    public BooleanProperty realCaseProperty() { return realCase; }
    public ObservableList<Scorer.Score> results() { return results; }
    public ListState materialState() { return materialState; }
    public ListState evidenceState() { return evidenceState; }
    public ListState resultsState() { return resultsState; }
}
