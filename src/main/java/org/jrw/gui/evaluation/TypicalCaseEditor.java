package org.jrw.gui.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jrw.i18n.Messages;
import org.jrw.logic.evaluation.Qualification;
import org.jrw.logic.evaluation.TypicalCase;

/** The typical-case editor (典型案例报送): the 92号 template's fields, the pre-check, save and export. */
public final class TypicalCaseEditor extends BorderPane {
    private final Map<String, TextArea> fields = new LinkedHashMap<>();
    private final EvaluationViewModel vm;

    public TypicalCaseEditor(EvaluationViewModel vm) {
        this.vm = vm;
        setId("typicalCaseEditor");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int row = 0;
        for (String f : TypicalCase.FIELDS) {
            Label l = new Label(TypicalCase.label(f));
            l.setStyle("-fx-font-weight: bold;");
            l.setMinWidth(72);
            TextArea a = new TextArea();
            a.setWrapText(true);
            a.setPrefRowCount(switch (f) {
                case "title", "keywords" -> 1;
                case "facts", "analysis", "penaltyBasis" -> 5;
                default -> 3;
            });
            a.setId("typical-" + f);
            GridPane.setHgrow(a, Priority.ALWAYS);
            grid.add(l, 0, row);
            grid.add(a, 1, row++);
            fields.put(f, a);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        ListView<Qualification.Check> checks = new ListView<>(vm.checks());
        checks.setPrefWidth(330);
        checks.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Qualification.Check c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    setStyle("");
                    return;
                }
                setWrapText(true);
                setPrefWidth(0);
                setText((c.passed() ? "✓ " : "✗ ") + c.label() + (c.detail().isBlank() ? "" : "\n" + c.detail()));
                setStyle(c.passed() ? "-fx-text-fill: #2e7d32;" : "-fx-text-fill: #c62828;");
            }
        });
        Label checksHead = new Label(Messages.get("gui.typical.checks"));
        checksHead.setStyle("-fx-font-weight: bold;");
        Label note = new Label(Messages.get("gui.typical.note"));
        note.setWrapText(true);
        note.setStyle("-fx-font-size: 11px; -fx-opacity: 0.75;");
        VBox right = new VBox(8, checksHead, checks, note);
        VBox.setVgrow(checks, Priority.ALWAYS);
        right.setPadding(new Insets(12));
        right.setPrefWidth(340);
        right.setMaxWidth(340);
        note.setMaxWidth(316);
        setRight(right);

        Button precheck = new Button(Messages.get("gui.typical.precheckButton"));
        precheck.setOnAction(e -> vm.precheck(current()));
        Button save = new Button(Messages.get("gui.typical.save"));
        save.setOnAction(e -> vm.saveDraft(current()));
        CheckBox force = new CheckBox(Messages.get("gui.typical.force"));
        Button docx = new Button(Messages.get("gui.typical.exportDocx"));
        docx.setDefaultButton(true);
        docx.setOnAction(e -> export("docx", force.isSelected()));
        Button pdf = new Button(Messages.get("gui.typical.exportPdf"));
        pdf.setOnAction(e -> export("pdf", force.isSelected()));
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, status, grow, force, precheck, save, docx, pdf);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 10, 12));
        setBottom(bar);
        vm.draftProperty().addListener((o, a, d) -> fill());
        fill();
    }

    private void fill() {
        var d = vm.draftProperty().get();
        if (d == null) {
            return;
        }
        fields.forEach((f, a) -> a.setText(d.typical().get(f)));
    }

    TypicalCase current() {
        Map<String, String> m = new LinkedHashMap<>();
        fields.forEach((f, a) -> m.put(f, a.getText()));
        return TypicalCase.fromMap(m);
    }

    private void export(String ext, boolean force) {
        vm.exportTypical(current(), ext, force);
    }

    public static void open(Window owner, EvaluationViewModel vm) {
        // no Escape here: the draft is typed in this window
        org.jrw.gui.SecondaryWindows.create(owner, Messages.get("gui.typical.window"), new TypicalCaseEditor(vm), 1200, 780)
                .show();
        vm.loadDraft();
    }
}
