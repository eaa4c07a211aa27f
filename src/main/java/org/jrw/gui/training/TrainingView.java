package org.jrw.gui.training;

import java.io.File;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jrw.i18n.Messages;
import org.jrw.logic.training.Exercise;
import org.jrw.logic.training.Scorer;
import org.jrw.logic.training.TrainingMaterial;

/** The exercise window: the case without its decision on the left, the answer and the scores on the right. */
public final class TrainingView extends BorderPane {
    public TrainingView(TrainingViewModel vm) {
        setPadding(new Insets(10));
        Label title = new Label();
        title.setId("trainingTitle");
        title.setWrapText(true);
        title.textProperty().bind(vm.titleProperty());
        title.getStyleClass().add("title");
        title.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        // opened on a case that is not a de-identified copy: say so before anyone projects it
        Label realCase = new Label(Messages.get("gui.training.realCase"));
        realCase.setId("trainingRealCase");
        realCase.setWrapText(true);
        realCase.getStyleClass().add("warning-banner");
        realCase.setMaxWidth(Double.MAX_VALUE);
        realCase.visibleProperty().bind(vm.realCaseProperty());
        realCase.managedProperty().bind(realCase.visibleProperty());
        setTop(new VBox(6, title, realCase));

        TextArea facts = new TextArea();
        facts.setId("trainingFacts");
        facts.setEditable(false);
        facts.setWrapText(true);
        facts.textProperty().bind(vm.factsProperty());
        facts.setPrefRowCount(6);
        ListView<String> evidence = new ListView<>(vm.evidence());
        evidence.setPrefHeight(140);
        ListView<TrainingMaterial.Item> material = new ListView<>(vm.material());
        material.setId("trainingMaterial");
        material.setPrefHeight(170);
        material.setCellFactory(lv -> new ListCell<>() {
            {
                setPrefWidth(0); // no horizontal scrolling: long titles end with …
                setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            }

            @Override
            protected void updateItem(TrainingMaterial.Item item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    setText(item.title());
                    setTooltip(new Tooltip(item.title() + "\n" + Messages.get("gui.training.materialKey",
                            item.industry())));
                }
            }
        });
        Button start = new Button(Messages.get("gui.training.start"));
        start.setId("trainingStart");
        start.disableProperty().bind(material.getSelectionModel().selectedItemProperty().isNull());
        start.setOnAction(e -> vm.start(material.getSelectionModel().getSelectedItem()));
        material.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.start(material.getSelectionModel().getSelectedItem());
            }
        });
        Label materialHint = new Label(Messages.get("gui.training.materialHint"));
        materialHint.setWrapText(true);
        materialHint.setStyle("-fx-opacity: 0.75;");
        VBox left = new VBox(6, new Label(Messages.get("gui.training.material")), material, new HBox(8, start),
                materialHint, new Label(Messages.get("gui.training.facts")), facts,
                new Label(Messages.get("gui.training.evidence")), evidence);
        facts.setPrefRowCount(5);
        VBox.setVgrow(evidence, Priority.ALWAYS);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        TextField trainee = field(vm.traineeProperty(), "trainingTrainee");
        TextField violated = field(vm.violatedProperty(), "trainingViolated");
        violated.setPromptText(Messages.get("ux.training.violatedPrompt"));
        TextField penalty = field(vm.penaltyProperty(), "trainingPenalty");
        penalty.setPromptText(Messages.get("ux.training.penaltyPrompt"));
        TextField fine = field(vm.fineProperty(), "trainingFine");
        form.addRow(0, new Label(Messages.get("gui.training.trainee")), trainee);
        form.addRow(1, new Label(Messages.get("gui.training.violated")), violated);
        form.addRow(2, new Label(Messages.get("gui.training.penalty")), penalty);
        FlowPane circ = new FlowPane(10, 4);
        for (Exercise.Circumstance c : Exercise.Circumstance.values()) {
            CheckBox cb = new CheckBox(Messages.get("training.circumstance." + c));
            cb.selectedProperty().bindBidirectional(vm.circumstance(c));
            circ.getChildren().add(cb);
        }
        form.addRow(3, new Label(Messages.get("gui.training.circumstances")), circ);
        form.addRow(4, new Label(Messages.get("gui.training.fine")), fine);
        GridPane.setHgrow(violated, Priority.ALWAYS);
        Button submit = new Button(Messages.get("gui.training.submit"));
        submit.setId("trainingSubmit");
        submit.setDefaultButton(true);
        submit.setOnAction(e -> vm.submit());
        TextArea feedback = new TextArea();
        feedback.setId("trainingFeedback");
        feedback.setEditable(false);
        feedback.setWrapText(true);
        feedback.setPrefRowCount(12);
        feedback.textProperty().bind(vm.feedbackProperty());

        TableView<Scorer.Score> table = new TableView<>(vm.results());
        table.setId("trainingResults");
        table.setPlaceholder(new Label(Messages.get("gui.training.noResults")));
        TableColumn<Scorer.Score, String> who = new TableColumn<>(Messages.get("training.results.trainee"));
        who.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().trainee()));
        table.getColumns().add(who);
        String[] heads = {"training.results.violated", "training.results.penalty", "training.results.circumstances",
                "training.results.fine"};
        for (int i = 0; i < heads.length; i++) {
            int k = i;
            TableColumn<Scorer.Score, String> col = new TableColumn<>(Messages.get(heads[i]));
            col.setCellValueFactory(c -> new SimpleStringProperty(String.valueOf(c.getValue().items().get(k).points())));
            table.getColumns().add(col);
        }
        TableColumn<Scorer.Score, String> total = new TableColumn<>(Messages.get("training.results.total"));
        total.setCellValueFactory(c -> new SimpleStringProperty(String.valueOf(c.getValue().total())));
        table.getColumns().add(total);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button csv = new Button(Messages.get("gui.training.exportCsv"));
        csv.setOnAction(e -> save("*.csv", "results.csv").ifPresent(f -> vm.exportResults(f.toPath(), null)));
        Button pdf = new Button(Messages.get("gui.training.exportPdf"));
        pdf.setOnAction(e -> save("*.pdf", "results.pdf").ifPresent(f -> vm.exportResults(null, f.toPath())));
        Button booklet = new Button(Messages.get("gui.training.bookletButton"));
        booklet.setOnAction(e -> save("*.pdf", "case-study.pdf").ifPresent(f -> vm.booklet(f.toPath(), false)));
        Button bookletAnswers = new Button(Messages.get("gui.training.bookletAnswers"));
        bookletAnswers.setOnAction(e -> save("*.pdf", "case-study-answers.pdf").ifPresent(f -> vm.booklet(f.toPath(), true)));
        VBox right = new VBox(8, form, new HBox(8, submit), feedback,
                new Label(Messages.get("gui.training.class")), table, new HBox(8, csv, pdf, booklet, bookletAnswers));
        VBox.setVgrow(feedback, Priority.ALWAYS);
        table.setPrefHeight(170);
        table.setMinHeight(120);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.38);
        BorderPane.setMargin(split, new Insets(8, 0, 0, 0));
        setCenter(split);
        vm.setMessages(m -> alert(Alert.AlertType.INFORMATION, m), m -> alert(Alert.AlertType.ERROR, m));
    }

    private static TextField field(javafx.beans.property.StringProperty p, String id) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private java.util.Optional<File> save(String pattern, String name) {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        fc.setInitialFileName(name);
        return java.util.Optional.ofNullable(fc.showSaveDialog(getScene() == null ? null : getScene().getWindow()));
    }

    private void alert(Alert.AlertType type, String text) {
        Alert a = new Alert(type, text, ButtonType.OK);
        if (getScene() != null) {
            a.initOwner(getScene().getWindow());
        }
        a.show();
    }
}
