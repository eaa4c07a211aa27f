package org.jrw.gui.rules;

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
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
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
        Scene scene = new Scene(content(stage, vm), 1100, 720);
        org.jrw.gui.SecondaryWindows.takeLook(owner, scene);
        stage.setScene(scene);
        stage.show();
        vm.load();
        return stage;
    }

    static VBox content(Stage stage, RuleSourcesViewModel vm) {
        vm.setDialogs(new org.jrw.gui.FxDialogService(() -> stage));
        HBox imports = new HBox(10, rulesPane(vm), lawPane(vm));
        HBox.setHgrow(imports.getChildren().get(0), Priority.ALWAYS);
        HBox.setHgrow(imports.getChildren().get(1), Priority.ALWAYS);
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
        TableView<Map<String, Object>> table = sourcesTable(vm);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox root = new VBox(10, jurisdictionRow(vm), hint, table, imports, status, error);
        root.setPadding(new Insets(12));
        return root;
    }

    private static HBox jurisdictionRow(RuleSourcesViewModel vm) {
        TextField place = new TextField();
        place.setId("jurisdictionField");
        place.setPromptText(Messages.get("rules.gui.jurisdiction.prompt"));
        vm.jurisdictionProperty().addListener((o, a, b) -> place.setText(b));
        Button save = new Button(Messages.get("rules.gui.jurisdiction.save"));
        save.setId("jurisdictionSave");
        save.setTooltip(new Tooltip(Messages.get("screens.rules.save.help")));
        save.setOnAction(e -> vm.saveJurisdiction(place.getText(), null));
        place.setOnAction(e -> vm.saveJurisdiction(place.getText(), null));
        HBox.setHgrow(place, Priority.ALWAYS);
        return new HBox(8, labelFor("rules.gui.jurisdiction", place), place, save);
    }

    /** Every rule source: kind (examples from other places marked), name, jurisdiction, validity, origin. */
    private static TableView<Map<String, Object>> sourcesTable(RuleSourcesViewModel vm) {
        TableView<Map<String, Object>> table = new TableView<>(vm.sources());
        table.setId("ruleSourcesTable");
        org.jrw.gui.Placeholders.install(table, vm.sourcesState());
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
        return table;
    }

    /** Importing a benchmark, no-penalty list or thresholds from the template; writing the templates. */
    private static TitledPane rulesPane(RuleSourcesViewModel vm) {
        ChoiceBox<String> kind = new ChoiceBox<>();
        kind.setId("rulesKind");
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
        importRules.setTooltip(new Tooltip(Messages.get("screens.rules.importRules.help")));
        importRules.setOnAction(e -> vm.askRulesFile().ifPresent(f -> guarded(vm, () -> vm.importRules(f,
                kind.getValue(), region.getText(),
                RuleSourcesViewModel.date(from.getText(), Messages.get("rules.gui.from"), true),
                RuleSourcesViewModel.date(to.getText(), Messages.get("rules.gui.to"), false), rulesTitle.getText()))));
        Button templates = new Button(Messages.get("rules.gui.templates"));
        templates.setId("rulesTemplates");
        templates.setTooltip(new Tooltip(Messages.get("screens.rules.templates.help")));
        templates.setOnAction(e -> vm.templatesToChosenFolder());
        GridPane rules = grid();
        rules.addRow(0, labelFor("rules.gui.kind", kind), kind, labelFor("rules.gui.region", region), region);
        rules.addRow(1, labelFor("rules.gui.from", from), from, labelFor("rules.gui.to", to), to);
        rules.addRow(2, labelFor("rules.gui.rulesTitle", rulesTitle), rulesTitle);
        GridPane.setColumnSpan(rulesTitle, 3);
        rules.add(new HBox(8, importRules, templates), 1, 3, 3, 1);
        TitledPane rulesPane = new TitledPane(Messages.get("rules.gui.rulesPane"), rules);
        rulesPane.setCollapsible(false);
        return rulesPane;
    }

    /** Importing a law or rule text with its title and validity. */
    private static TitledPane lawPane(RuleSourcesViewModel vm) {
        TextField title = new TextField();
        title.setId("lawTitleField");
        title.setPromptText(Messages.get("law.import.title"));
        TextField shortTitle = new TextField();
        TextField lawFrom = dateField();
        TextField lawTo = dateField();
        TextField lawRegion = new TextField();
        lawRegion.setPromptText(Messages.get("rules.gui.lawRegion.prompt"));
        Button importLaw = new Button(Messages.get("rules.gui.importLaw"));
        importLaw.setId("importLawButton");
        importLaw.setTooltip(new Tooltip(Messages.get("screens.rules.importLaw.help")));
        importLaw.setOnAction(e -> vm.askLawFile().ifPresent(f -> guarded(vm, () -> vm.importLaw(f, title.getText(),
                shortTitle.getText(), RuleSourcesViewModel.date(lawFrom.getText(), Messages.get("rules.gui.from"), true),
                RuleSourcesViewModel.date(lawTo.getText(), Messages.get("rules.gui.to"), false), lawRegion.getText()))));
        GridPane law = grid();
        law.addRow(0, labelFor("rules.gui.lawTitle", title), title, labelFor("rules.gui.lawShort", shortTitle),
                shortTitle);
        law.addRow(1, labelFor("rules.gui.from", lawFrom), lawFrom, labelFor("rules.gui.to", lawTo), lawTo);
        law.addRow(2, labelFor("rules.gui.lawRegion", lawRegion), lawRegion);
        law.add(importLaw, 1, 3);
        TitledPane lawPane = new TitledPane(Messages.get("rules.gui.lawPane"), law);
        lawPane.setCollapsible(false);
        return lawPane;
    }

    private static Label labelFor(String key, javafx.scene.Node field) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        return l;
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
