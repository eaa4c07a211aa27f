package org.jrw.gui.training;

import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jrw.gui.FxDialogService;
import org.jrw.gui.Placeholders;
import org.jrw.i18n.Messages;
import org.jrw.logic.training.Exercise;
import org.jrw.logic.training.Scorer;
import org.jrw.logic.training.TrainingMaterial;

/** The exercise window: the case without its decision on the left, the answer and the scores on the right. */
public final class TrainingView extends BorderPane {
    private final TrainingViewModel vm;

    public TrainingView(TrainingViewModel vm) {
        this.vm = vm;
        setPadding(new Insets(10));
        setTop(header());
        SplitPane split = new SplitPane(caseSide(), answerSide());
        split.setDividerPositions(0.38);
        BorderPane.setMargin(split, new Insets(8, 0, 0, 0));
        setCenter(split);
        vm.setDialogs(FxDialogService.of(this));
    }

    /** The case's title and, on a case that is not a de-identified copy, the warning before anyone projects it. */
    private VBox header() {
        Label title = new Label();
        title.setId("trainingTitle");
        title.setWrapText(true);
        title.textProperty().bind(vm.titleProperty());
        title.getStyleClass().add("title");
        title.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        Label realCase = new Label(Messages.get("gui.training.realCase"));
        realCase.setId("trainingRealCase");
        realCase.setWrapText(true);
        realCase.getStyleClass().add("warning-banner");
        realCase.setMaxWidth(Double.MAX_VALUE);
        realCase.visibleProperty().bind(vm.realCaseProperty());
        realCase.managedProperty().bind(realCase.visibleProperty());
        return new VBox(6, title, realCase);
    }

    /** The material list with its start button, the facts and the evidence of the case. */
    private VBox caseSide() {
        TextArea facts = new TextArea();
        facts.setId("trainingFacts");
        facts.setEditable(false);
        facts.setWrapText(true);
        facts.textProperty().bind(vm.factsProperty());
        facts.setPrefRowCount(5);
        ListView<String> evidence = new ListView<>(vm.evidence());
        evidence.setId("trainingEvidence");
        evidence.setPrefHeight(140);
        Placeholders.install(evidence, vm.evidenceState());
        ListView<TrainingMaterial.Item> material = materialList();
        Button start = new Button(Messages.get("gui.training.start"));
        start.setId("trainingStart");
        start.setTooltip(new Tooltip(Messages.get("screens.training.start.help")));
        start.disableProperty().bind(material.getSelectionModel().selectedItemProperty().isNull());
        start.setOnAction(e -> vm.start(material.getSelectionModel().getSelectedItem()));
        Label materialHint = new Label(Messages.get("gui.training.materialHint"));
        materialHint.setWrapText(true);
        materialHint.setStyle("-fx-opacity: 0.75;");
        Label materialLabel = new Label(Messages.get("gui.training.material"));
        materialLabel.setLabelFor(material);
        Label factsLabel = new Label(Messages.get("gui.training.facts"));
        factsLabel.setLabelFor(facts);
        Label evidenceLabel = new Label(Messages.get("gui.training.evidence"));
        evidenceLabel.setLabelFor(evidence);
        VBox left = new VBox(6, materialLabel, material, new HBox(8, start), materialHint, factsLabel, facts,
                evidenceLabel, evidence);
        VBox.setVgrow(evidence, Priority.ALWAYS);
        return left;
    }

    private ListView<TrainingMaterial.Item> materialList() {
        ListView<TrainingMaterial.Item> material = new ListView<>(vm.material());
        material.setId("trainingMaterial");
        material.setPrefHeight(170);
        Placeholders.install(material, vm.materialState());
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
        material.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.start(material.getSelectionModel().getSelectedItem());
            }
        });
        material.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                vm.start(material.getSelectionModel().getSelectedItem());
            }
        });
        return material;
    }

    /** The answer form, the score and the class results with their exports. */
    private VBox answerSide() {
        Button submit = new Button(Messages.get("gui.training.submit"));
        submit.setId("trainingSubmit");
        submit.setDefaultButton(true);
        submit.setTooltip(new Tooltip(Messages.get("screens.training.submit.help")));
        submit.setOnAction(e -> vm.submit());
        TextArea feedback = new TextArea();
        feedback.setId("trainingFeedback");
        feedback.setAccessibleText(Messages.get("screens.training.feedback"));
        feedback.setEditable(false);
        feedback.setWrapText(true);
        feedback.setPrefRowCount(12);
        feedback.textProperty().bind(vm.feedbackProperty());
        TableView<Scorer.Score> table = resultsTable();
        VBox right = new VBox(8, answerForm(), new HBox(8, submit), feedback,
                new Label(Messages.get("gui.training.class")), table, exports());
        VBox.setVgrow(feedback, Priority.ALWAYS);
        return right;
    }

    private GridPane answerForm() {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        TextField trainee = field(vm.traineeProperty(), "trainingTrainee");
        TextField violated = field(vm.violatedProperty(), "trainingViolated");
        violated.setPromptText(Messages.get("ux.training.violatedPrompt"));
        TextField penalty = field(vm.penaltyProperty(), "trainingPenalty");
        penalty.setPromptText(Messages.get("ux.training.penaltyPrompt"));
        TextField fine = field(vm.fineProperty(), "trainingFine");
        form.addRow(0, label("gui.training.trainee", trainee), trainee);
        form.addRow(1, label("gui.training.violated", violated), violated);
        form.addRow(2, label("gui.training.penalty", penalty), penalty);
        FlowPane circ = new FlowPane(10, 4);
        for (Exercise.Circumstance c : Exercise.Circumstance.values()) {
            CheckBox cb = new CheckBox(Messages.get("training.circumstance." + c));
            cb.selectedProperty().bindBidirectional(vm.circumstance(c));
            circ.getChildren().add(cb);
        }
        form.addRow(3, new Label(Messages.get("gui.training.circumstances")), circ);
        form.addRow(4, label("gui.training.fine", fine), fine);
        GridPane.setHgrow(violated, Priority.ALWAYS);
        return form;
    }

    private TableView<Scorer.Score> resultsTable() {
        TableView<Scorer.Score> table = new TableView<>(vm.results());
        table.setId("trainingResults");
        Placeholders.install(table, vm.resultsState());
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
        table.setPrefHeight(170);
        table.setMinHeight(120);
        return table;
    }

    private HBox exports() {
        Button csv = button("gui.training.exportCsv", "screens.training.csv.help", vm::exportCsv);
        csv.setId("trainingExportCsv");
        Button pdf = button("gui.training.exportPdf", "screens.training.pdf.help", vm::exportPdf);
        pdf.setId("trainingExportPdf");
        Button booklet = button("gui.training.bookletButton", "screens.training.booklet.help", () -> vm.booklet(false));
        booklet.setId("trainingBooklet");
        Button answers = button("gui.training.bookletAnswers", "screens.training.bookletAnswers.help",
                () -> vm.booklet(true));
        answers.setId("trainingBookletAnswers");
        return new HBox(8, csv, pdf, booklet, answers);
    }

    private static Button button(String key, String helpKey, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setTooltip(new Tooltip(Messages.get(helpKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label label(String key, javafx.scene.Node field) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        return l;
    }

    private static TextField field(javafx.beans.property.StringProperty p, String id) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }
}
