package org.jrw.gui.review;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jrw.i18n.Messages;
import org.jrw.model.review.Conclusion;
import org.jrw.model.review.Recommendation;
import org.jrw.model.review.Review;

/** The conclusion tab of {@link ReviewView}: the recommended conclusion and penalty, saved through the view model. */
final class ReviewConclusionPane extends ScrollPane {
    private final ReviewViewModel vm;
    private final ComboBox<Conclusion> conclusion = new ComboBox<>();
    private final TextField penalty = new TextField();
    private final TextField fine = new TextField();
    private final TextField statutoryRange = new TextField();
    private final TextField benchmarkBand = new TextField();
    private final TextArea mitigating = new TextArea();
    private final TextArea aggravating = new TextArea();
    private final TextArea reasoning = new TextArea();
    private final TextArea precedents = new TextArea();
    private final Label conclusionNote = new Label();
    private boolean formDirty;
    private boolean fillingForm;

    ReviewConclusionPane(ReviewViewModel vm) {
        this.vm = vm;
        conclusion.setId("conclusionBox");
        conclusion.getItems().setAll(Conclusion.values());
        conclusion.setPromptText(Messages.get("review.gui.conclusion.none"));
        conclusion.setConverter(new StringConverter<>() {
            @Override
            public String toString(Conclusion c) {
                return ReviewViewModel.conclusionLabel(c);
            }

            @Override
            public Conclusion fromString(String s) {
                return null;
            }
        });
        penalty.setId("penaltyField");
        fine.setId("fineField");
        statutoryRange.setId("statutoryRangeField");
        benchmarkBand.setId("benchmarkBandField");
        mitigating.setId("mitigatingArea");
        aggravating.setId("aggravatingArea");
        reasoning.setId("reasoningArea");
        precedents.setId("precedentsArea");
        penalty.setPromptText(Messages.get("review.gui.conclusion.penaltyPrompt"));
        statutoryRange.setPromptText(Messages.get("review.gui.conclusion.rangePrompt"));
        benchmarkBand.setPromptText(Messages.get("review.gui.conclusion.bandPrompt"));
        precedents.setPromptText(Messages.get("review.gui.conclusion.precedentsPrompt"));
        for (TextArea a : List.of(mitigating, aggravating, reasoning, precedents)) {
            a.setWrapText(true);
            a.setPrefRowCount(3);
        }
        mitigating.setPromptText(Messages.get("review.gui.conclusion.linesPrompt"));
        aggravating.setPromptText(Messages.get("review.gui.conclusion.linesPrompt"));
        for (var p : List.of(penalty.textProperty(), fine.textProperty(), statutoryRange.textProperty(),
                benchmarkBand.textProperty(), mitigating.textProperty(), aggravating.textProperty(),
                reasoning.textProperty(), precedents.textProperty())) {
            p.addListener((o, a, b) -> dirty());
        }
        conclusion.valueProperty().addListener((o, a, b) -> dirty());
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        ColumnConstraints l = new ColumnConstraints(110, 130, 160);
        ColumnConstraints f = new ColumnConstraints(200, 420, Double.MAX_VALUE);
        f.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(l, f);
        int row = 0;
        g.addRow(row++, label("review.gui.conclusion.conclusion"), conclusion);
        g.addRow(row++, label("review.gui.conclusion.penalty"), penalty);
        g.addRow(row++, label("review.gui.conclusion.fine"), fine);
        g.addRow(row++, label("review.gui.conclusion.range"), statutoryRange);
        g.addRow(row++, label("review.gui.conclusion.band"), benchmarkBand);
        g.addRow(row++, label("review.gui.conclusion.mitigating"), mitigating);
        g.addRow(row++, label("review.gui.conclusion.aggravating"), aggravating);
        g.addRow(row++, label("review.gui.conclusion.reasoning"), reasoning);
        g.addRow(row++, label("review.gui.conclusion.precedents"), precedents);
        Button save = new Button(Messages.get("review.gui.conclusion.save"));
        save.setId("saveConclusionButton");
        save.getStyleClass().add("review-primary");
        save.disableProperty().bind(vm.reviewProperty().isNull().or(vm.busyProperty()));
        save.setOnAction(e -> saveConclusion());
        conclusionNote.getStyleClass().add("review-hint");
        conclusionNote.setWrapText(true);
        HBox actions = new HBox(10, save, conclusionNote);
        actions.setAlignment(Pos.CENTER_LEFT);
        g.add(actions, 1, row);
        Label head = new Label(Messages.get("review.gui.tab.conclusion"));
        head.getStyleClass().add("section-heading");
        VBox box = new VBox(10, head, g);
        box.setPadding(new Insets(12, 16, 16, 16));
        setContent(box);
        setFitToWidth(true);
    }

    /** Forgets what was typed: the next {@link #fill} shows the stored review. */
    void discardEdits() {
        formDirty = false;
    }

    private void dirty() {
        if (!fillingForm) {
            formDirty = true;
            conclusionNote.setText(Messages.get("review.gui.conclusion.unsaved"));
        }
    }

    private static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("field-label");
        l.setWrapText(true);
        return l;
    }

    void fill(Review r) {
        if (formDirty || r == null) {
            return;
        }
        Recommendation rec = r.recommendation();
        boolean suggested = rec.conclusion() == null && rec.penalty() == null && rec.fineYuan() == null
                && vm.dossierProperty().get() != null;
        if (suggested) {
            rec = ReviewViewModel.suggestion(vm.dossierProperty().get());
        }
        fillingForm = true;
        try {
            conclusion.setValue(rec.conclusion());
            penalty.setText(nz(rec.penalty()));
            fine.setText(rec.fineYuan() == null ? "" : String.valueOf(rec.fineYuan()));
            statutoryRange.setText(nz(rec.statutoryRange()));
            benchmarkBand.setText(nz(rec.benchmarkBand()));
            mitigating.setText(String.join("\n", rec.mitigating()));
            aggravating.setText(String.join("\n", rec.aggravating()));
            reasoning.setText(nz(rec.reasoning()));
            precedents.setText(String.join("\n", rec.precedents()));
        } finally {
            fillingForm = false;
        }
        conclusionNote.setText(suggested ? Messages.get("review.gui.conclusion.suggested")
                : r.updatedAt() == null ? "" : Messages.get("review.gui.conclusion.saved"));
    }

    private void saveConclusion() {
        Long fineYuan = null;
        String f = fine.getText().strip().replace(",", "").replace("，", "");
        if (!f.isEmpty()) {
            try {
                fineYuan = Long.parseLong(f);
            } catch (NumberFormatException e) {
                // expected input error: the note names the field
                conclusionNote.setText(Messages.get("review.gui.conclusion.fineInvalid", f));
                return;
            }
        }
        formDirty = false;
        vm.conclude(new Recommendation(conclusion.getValue(), blank(penalty.getText()), fineYuan,
                blank(statutoryRange.getText()), blank(benchmarkBand.getText()), lines(mitigating.getText()),
                lines(aggravating.getText()), blank(reasoning.getText()), lines(precedents.getText())));
    }

    private static List<String> lines(String s) {
        return s == null ? List.of() : s.lines().map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
