package org.jrw.gui.rules;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.jrw.logic.jurisdiction.RuleSource;
import org.jrw.model.BadInputException;

/**
 * 规则来源: the workspace's jurisdiction, every rule source (jurisdiction, validity, origin; the
 * examples from other places marked), and the imports — a benchmark, no-penalty list or thresholds
 * from the template (CSV/XLSX), a law or rule text (TXT/DOCX). Binds only; work in
 * {@link RuleSourcesViewModel}.
 */
public final class RuleSourcesView {
    private RuleSourcesView() {
    }

    public static Stage open(Window owner, AppContext ctx) {
        RuleSourcesViewModel vm = new RuleSourcesViewModel(ctx);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("rules.gui.title"));
        stage.setScene(new Scene(content(stage, vm), 1100, 720));
        stage.show();
        vm.load();
        return stage;
    }

    static VBox content(Stage stage, RuleSourcesViewModel vm) {
        TextField place = new TextField();
        place.setId("jurisdictionField");
        place.setPromptText(Messages.get("rules.gui.jurisdiction.prompt"));
        vm.jurisdictionProperty().addListener((o, a, b) -> place.setText(b));
        Button save = new Button(Messages.get("rules.gui.jurisdiction.save"));
        save.setOnAction(e -> vm.saveJurisdiction(place.getText(), null));
        HBox.setHgrow(place, Priority.ALWAYS);
        HBox top = new HBox(8, new Label(Messages.get("rules.gui.jurisdiction")), place, save);

        TableView<Map<String, Object>> table = new TableView<>(vm.sources());
        table.setId("ruleSourcesTable");
        TableColumn<Map<String, Object>, String> kindCol = new TableColumn<>(Messages.get("rules.gui.col.kind"));
        kindCol.setCellValueFactory(d -> new ReadOnlyStringWrapper(Messages.get("rules.gui.kind." + d.getValue().get("kind"))
                + (Boolean.TRUE.equals(d.getValue().get("example")) ? Messages.get("rules.gui.exampleMark") : "")));
        kindCol.setPrefWidth(130);
        table.getColumns().add(kindCol);
        table.getColumns().add(col("rules.gui.col.name", "name", 380));
        table.getColumns().add(col("rules.gui.col.jurisdiction", "jurisdiction", 170));
        table.getColumns().add(col("rules.gui.col.from", "effectiveFrom", 95));
        table.getColumns().add(col("rules.gui.col.to", "effectiveTo", 95));
        table.getColumns().add(col("rules.gui.col.origin", "origin", 220));
        VBox.setVgrow(table, Priority.ALWAYS);

        ChoiceBox<String> kind = new ChoiceBox<>();
        kind.getItems().addAll(RuleSource.BENCHMARK, RuleSource.NO_PENALTY, RuleSource.THRESHOLDS);
        kind.setValue(RuleSource.BENCHMARK);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(String k) {
                return k == null ? "" : Messages.get("rules.gui.kind." + k);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        TextField region = new TextField();
        region.setPromptText(Messages.get("rules.gui.region.prompt"));
        TextField from = dateField();
        TextField to = dateField();
        TextField rulesTitle = new TextField();
        rulesTitle.setId("rulesTitleField");
        rulesTitle.setPromptText(Messages.get("rules.gui.rulesTitle.prompt"));
        Button importRules = new Button(Messages.get("rules.gui.importRules"));
        importRules.setId("importRulesButton");
        importRules.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("rules.gui.rulesFiles"), "*.csv", "*.xlsx"));
            File f = fc.showOpenDialog(stage);
            if (f != null) {
                guarded(vm, () -> vm.importRules(f.toPath(), kind.getValue(), region.getText(),
                        RuleSourcesViewModel.date(from.getText(), Messages.get("rules.gui.from"), true),
                        RuleSourcesViewModel.date(to.getText(), Messages.get("rules.gui.to"), false), rulesTitle.getText()));
            }
        });
        Button templates = new Button(Messages.get("rules.gui.templates"));
        templates.setOnAction(e -> {
            File dir = new DirectoryChooser().showDialog(stage);
            if (dir != null) {
                vm.writeTemplates(dir.toPath(), names -> {
                    javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                            javafx.scene.control.Alert.AlertType.CONFIRMATION,
                            Messages.get("rules.gui.template.overwrite", String.join("、", names)),
                            javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
                    ask.initOwner(stage);
                    return ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent();
                });
            }
        });
        GridPane rules = grid();
        rules.addRow(0, new Label(Messages.get("rules.gui.kind")), kind, new Label(Messages.get("rules.gui.region")), region);
        rules.addRow(1, new Label(Messages.get("rules.gui.from")), from, new Label(Messages.get("rules.gui.to")), to);
        rules.addRow(2, new Label(Messages.get("rules.gui.rulesTitle")), rulesTitle);
        GridPane.setColumnSpan(rulesTitle, 3);
        rules.add(new HBox(8, importRules, templates), 1, 3, 3, 1);

        TextField title = new TextField();
        title.setPromptText(Messages.get("law.import.title"));
        TextField shortTitle = new TextField();
        TextField lawFrom = dateField();
        TextField lawTo = dateField();
        TextField lawRegion = new TextField();
        lawRegion.setPromptText(Messages.get("rules.gui.lawRegion.prompt"));
        Button importLaw = new Button(Messages.get("rules.gui.importLaw"));
        importLaw.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("rules.gui.lawFiles"), "*.txt", "*.docx"));
            File f = fc.showOpenDialog(stage);
            if (f != null) {
                guarded(vm, () -> vm.importLaw(f.toPath(), title.getText(), shortTitle.getText(),
                        RuleSourcesViewModel.date(lawFrom.getText(), Messages.get("rules.gui.from"), true),
                        RuleSourcesViewModel.date(lawTo.getText(), Messages.get("rules.gui.to"), false), lawRegion.getText()));
            }
        });
        GridPane law = grid();
        law.addRow(0, new Label(Messages.get("rules.gui.lawTitle")), title, new Label(Messages.get("rules.gui.lawShort")),
                shortTitle);
        law.addRow(1, new Label(Messages.get("rules.gui.from")), lawFrom, new Label(Messages.get("rules.gui.to")), lawTo);
        law.addRow(2, new Label(Messages.get("rules.gui.lawRegion")), lawRegion);
        law.add(importLaw, 1, 3);

        TitledPane rulesPane = new TitledPane(Messages.get("rules.gui.rulesPane"), rules);
        TitledPane lawPane = new TitledPane(Messages.get("rules.gui.lawPane"), law);
        rulesPane.setCollapsible(false);
        lawPane.setCollapsible(false);
        HBox imports = new HBox(10, rulesPane, lawPane);
        HBox.setHgrow(rulesPane, Priority.ALWAYS);
        HBox.setHgrow(lawPane, Priority.ALWAYS);

        Label hint = new Label(Messages.get("rules.gui.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        Label error = new Label();
        error.setId("rulesError");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b00020;");
        error.textProperty().bind(vm.errorProperty());
        VBox root = new VBox(10, top, hint, table, imports, status, error);
        root.setPadding(new Insets(12));
        return root;
    }

    private static void guarded(RuleSourcesViewModel vm, Runnable r) {
        try {
            vm.errorProperty().set("");
            r.run();
        } catch (BadInputException e) {
            vm.errorProperty().set(e.getMessage());
        }
    }

    private static TextField dateField() {
        TextField f = new TextField();
        f.setPromptText("YYYY-MM-DD");
        f.setPrefColumnCount(9);
        return f;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        return g;
    }

    private static TableColumn<Map<String, Object>, String> col(String key, String field, double width) {
        TableColumn<Map<String, Object>, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().get(field) == null ? ""
                : String.valueOf(d.getValue().get(field))));
        c.setPrefWidth(width);
        return c;
    }
}
