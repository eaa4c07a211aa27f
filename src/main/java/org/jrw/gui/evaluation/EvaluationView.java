package org.jrw.gui.evaluation;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.jrw.i18n.Messages;
import org.jrw.logic.evaluation.Evaluation;

/**
 * The evaluation tab of the case overview: score and grade, the items with points, reason and
 * basis, the deductions with links to the documents and evidence concerned, and the actions
 * (record, report PDF, typical case, dashboard). Binds only.
 */
public final class EvaluationView extends BorderPane {
    private final EvaluationViewModel vm;
    private final Label score = new Label("—");
    private final Label grade = new Label();
    private final Label summary = new Label();
    private final TableView<Evaluation.Item> table = new TableView<>();
    private final VBox detail = new VBox(6);
    private final Consumer<String> openRef;

    public EvaluationView(EvaluationViewModel vm, Consumer<String> openRef) {
        this.vm = vm;
        this.openRef = openRef;
        setId("evaluationView");
        score.setId("evaluationScore");
        score.setStyle("-fx-font-size: 30px; -fx-font-weight: bold;");
        grade.setId("evaluationGrade");
        grade.setStyle("-fx-font-size: 16px; -fx-padding: 3 12 3 12; -fx-background-radius: 12; -fx-text-fill: white;");
        summary.setWrapText(true);
        summary.setStyle("-fx-text-fill: -fx-text-base-color; -fx-opacity: 0.8;");

        setTop(header());
        setCenter(itemsAndDetail());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(4, 12, 4, 12));
        setBottom(status);
        vm.setDialogs(org.jrw.gui.FxDialogService.of(this));
        vm.resultProperty().addListener((o, a, r) -> show());
        show();
    }

    /** The caveat, the score and grade, the summary and the actions (record, report, typical case, dashboard). */
    private VBox header() {
        Button record = new Button(Messages.get("gui.eval.record"));
        record.setId("evaluationRecord");
        record.setTooltip(new javafx.scene.control.Tooltip(Messages.get("screens.eval.record.help")));
        record.setOnAction(e -> vm.record());
        Button report = new Button(Messages.get("gui.eval.exportReport"));
        report.setId("evaluationReport");
        report.setTooltip(new javafx.scene.control.Tooltip(Messages.get("screens.eval.report.help")));
        report.setOnAction(e -> vm.exportReport());
        Button typical = new Button(Messages.get("gui.typical.open"));
        typical.setId("typicalOpen");
        typical.setTooltip(new javafx.scene.control.Tooltip(Messages.get("screens.eval.typical.help")));
        typical.setOnAction(e -> TypicalCaseEditor.open(getScene().getWindow(), vm));
        Button dashboard = new Button(Messages.get("gui.dashboard.open"));
        dashboard.setId("dashboardOpen");
        dashboard.setTooltip(new javafx.scene.control.Tooltip(Messages.get("screens.eval.dashboard.help")));
        dashboard.setOnAction(e -> DashboardView.open(getScene().getWindow(), vm));
        for (Button b : new Button[] {record, report, typical}) {
            b.disableProperty().bind(vm.resultProperty().isNull());
        }
        Label scoreLabel = new Label(Messages.get("gui.eval.score"));
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {score, grade, scoreLabel, record, report,
                typical, dashboard}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox scoreBox = new VBox(0, scoreLabel, score);
        scoreBox.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, record, report, typical, dashboard);
        VBox right = new VBox(6, summary, buttons);
        HBox head = new HBox(16, scoreBox, grade, right);
        HBox.setHgrow(right, Priority.ALWAYS);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(8, 12, 8, 12));
        Label caveat = new Label();
        caveat.setId("evaluationCaveat");
        caveat.getStyleClass().add("evaluation-caveat");
        caveat.setWrapText(true);
        caveat.setMaxWidth(Double.MAX_VALUE);
        caveat.textProperty().bind(vm.caveatProperty());
        caveat.visibleProperty().bind(vm.caveatProperty().isNotNull());
        caveat.managedProperty().bind(caveat.visibleProperty());
        VBox top = new VBox(0, caveat, head);
        top.setPadding(new Insets(6, 12, 0, 12));
        return top;
    }

    /** The scoring items above, the selected item's detail below. */
    private SplitPane itemsAndDetail() {
        TableColumn<Evaluation.Item, String> cat = new TableColumn<>(Messages.get("gui.eval.col.category"));
        cat.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind() == Evaluation.Kind.VETO
                ? Messages.get("gui.eval.veto") : org.jrw.gui.Labels.checkCategory(c.getValue().category())));
        cat.setPrefWidth(80);
        TableColumn<Evaluation.Item, String> name = new TableColumn<>(Messages.get("gui.eval.col.item"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(190);
        TableColumn<Evaluation.Item, Evaluation.Item> pts = new TableColumn<>(Messages.get("gui.eval.col.points"));
        pts.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        pts.setCellFactory(c -> new PointsCell());
        pts.setPrefWidth(150);
        TableColumn<Evaluation.Item, String> reason = new TableColumn<>(Messages.get("gui.eval.col.reason"));
        reason.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reason()));
        reason.setPrefWidth(420);
        table.getColumns().setAll(java.util.List.of(cat, name, pts, reason));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setId("evaluationTable");
        org.jrw.gui.Placeholders.install(table, vm.itemsState());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showDetail(b));

        detail.setPadding(new Insets(10));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(detail);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, scroll);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        return split;
    }

    public EvaluationViewModel viewModel() {
        return vm;
    }

    private void show() {
        var r = vm.resultProperty().get();
        if (r == null) {
            score.setText("—");
            grade.setText("");
            grade.setVisible(false);
            summary.setText("");
            table.getItems().clear();
            detail.getChildren().clear();
            return;
        }
        Evaluation e = r.evaluation();
        score.setText(String.valueOf(e.score()));
        grade.setVisible(true);
        grade.setText(org.jrw.gui.Labels.grade(e.grade()));
        String color = switch (e.grade()) {
            case EXCELLENT -> "#2e7d32";
            case PASS -> "#1565c0";
            case FAIL -> "#c62828";
        };
        grade.setStyle(grade.getStyle().replaceAll("-fx-background-color:[^;]*;", "") + "-fx-background-color: " + color + ";");
        long vetoes = e.vetoesHit().size();
        summary.setText(vetoes > 0 ? Messages.get("gui.eval.summary.veto", vetoes)
                : Messages.get("gui.eval.summary", e.scoringItems().stream().mapToInt(i -> i.deductions().size()).sum(),
                        r.findings().size(), e.items().size() - e.scoringItems().size()));
        table.getItems().setAll(e.items().stream()
                .filter(i -> i.kind() == Evaluation.Kind.SCORE || i.hit()).toList());
        if (vetoes > 0) {
            table.getSelectionModel().select(table.getItems().stream().filter(i -> i.kind() == Evaluation.Kind.VETO)
                    .findFirst().orElse(null));
        } else {
            table.getSelectionModel().selectFirst();
        }
    }

    private void showDetail(Evaluation.Item i) {
        detail.getChildren().clear();
        if (i == null) {
            return;
        }
        Label title = new Label(i.name() + (i.kind() == Evaluation.Kind.SCORE ? "　" + i.points() + " / " + i.maxPoints() : ""));
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        Text basis = new Text(Messages.get("gui.eval.basis") + i.basis());
        detail.getChildren().addAll(title, new TextFlow(basis));
        if (i.deductions().isEmpty()) {
            detail.getChildren().add(new Label(i.reason()));
        }
        for (Evaluation.Deduction d : i.deductions()) {
            TextFlow line = new TextFlow();
            Text head = new Text((d.points() > 0 ? "−" + d.points() + "　" : "") + d.reason() + "　");
            line.getChildren().add(head);
            for (String ref : d.refs()) {
                Hyperlink link = new Hyperlink(ref);
                link.setOnAction(e -> openRef.accept(ref));
                line.getChildren().add(link);
            }
            Text b = new Text("\n" + Messages.get("gui.eval.basis") + d.basis() + "　[" + d.code() + "]");
            b.setStyle("-fx-fill: #666;");
            line.getChildren().add(b);
            detail.getChildren().add(line);
        }
    }

    /** Points as a bar and "n / max"; veto items as a red mark. */
    private static final class PointsCell extends TableCell<Evaluation.Item, Evaluation.Item> {
        @Override
        protected void updateItem(Evaluation.Item i, boolean empty) {
            super.updateItem(i, empty);
            if (empty || i == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            if (i.kind() == Evaluation.Kind.VETO) {
                Label l = new Label(Messages.get("gui.eval.vetoHit"));
                l.setStyle("-fx-text-fill: #c62828; -fx-font-weight: bold;");
                setGraphic(l);
                return;
            }
            ProgressBar bar = new ProgressBar(i.maxPoints() == 0 ? 0 : i.points() / (double) i.maxPoints());
            bar.setPrefWidth(70);
            bar.setStyle(i.points() < i.maxPoints() ? "-fx-accent: #ef6c00;" : "-fx-accent: #2e7d32;");
            Label l = new Label(i.points() + " / " + i.maxPoints());
            HBox box = new HBox(6, bar, l);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(new StackPane(box));
        }
    }
}
