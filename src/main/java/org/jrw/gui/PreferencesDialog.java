package org.jrw.gui;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.jrw.i18n.Messages;
import org.jrw.logic.settings.Preferences;
import org.jrw.model.Role;

/**
 * The preferences dialog: language, UI scale, theme, workspace location, identity, thresholds.
 * With {@code identityOnly} it is the first-start "who am I" dialog.
 */
final class PreferencesDialog extends Dialog<Preferences> {
    private static final String[] THRESHOLDS = {"hearingThresholdUnitYuan", "hearingThresholdPersonYuan"};

    PreferencesDialog(Window owner, Preferences p, boolean identityOnly) {
        this(owner, p, identityOnly, null);
    }

    /** {@code inUse}: the workspace this session actually opened (shown; the field sets the next one). */
    PreferencesDialog(Window owner, Preferences p, boolean identityOnly, java.nio.file.Path inUse) {
        initOwner(owner);
        setTitle(Messages.get(identityOnly ? "gui.prefs.identityTitle" : "gui.prefs.title"));
        setHeaderText(Messages.get(identityOnly ? "gui.prefs.identityHeader" : "gui.prefs.header"));
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(12));
        int row = 0;

        TextField name = new TextField(p.identity() == null ? "" : nz(p.identity().name()));
        name.setId("prefName");
        ComboBox<Role> role = new ComboBox<>();
        role.setId("prefRole");
        role.getItems().setAll(Role.values());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role r) {
                return r == null ? "" : Messages.get("gui.role." + r.name());
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        role.setValue(p.identity() == null ? null : p.identity().role());
        TextField org = new TextField(p.identity() == null ? "" : nz(p.identity().organisation()));
        g.addRow(row++, new Label(Messages.get("gui.prefs.name")), name);
        g.addRow(row++, new Label(Messages.get("gui.prefs.role")), role);
        g.addRow(row++, new Label(Messages.get("gui.prefs.organisation")), org);

        ComboBox<String> lang = new ComboBox<>();
        lang.getItems().setAll("zh", "en");
        lang.setValue(p.language());
        lang.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : Messages.get("gui.prefs.lang." + s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        Slider scale = new Slider(Preferences.MIN_SCALE, Preferences.MAX_SCALE, p.uiScalePercent());
        scale.setMajorTickUnit(25);
        scale.setMinorTickCount(0);
        scale.setSnapToTicks(true);
        scale.setShowTickLabels(true);
        scale.setId("prefScale");
        ComboBox<Preferences.Theme> theme = new ComboBox<>();
        theme.getItems().setAll(Preferences.Theme.values());
        theme.setValue(p.theme());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Preferences.Theme t) {
                return t == null ? "" : Messages.get("gui.prefs.theme." + t.name());
            }

            @Override
            public Preferences.Theme fromString(String s) {
                return null;
            }
        });
        TextField workspace = new TextField(nz(p.workspace()));
        workspace.setPromptText(Messages.get("gui.prefs.workspaceDefault"));
        Button browse = new Button(Messages.get("gui.prefs.browse"));
        browse.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            File f = dc.showDialog(getOwner());
            if (f != null) {
                workspace.setText(f.getAbsolutePath());
            }
        });
        HBox ws = new HBox(6, workspace, browse);
        HBox.setHgrow(workspace, Priority.ALWAYS);
        workspace.setId("prefWorkspace");
        Label wsInUse = new Label(inUse == null ? "" : Messages.get("ux.prefs.workspaceInUse",
                inUse.toAbsolutePath().normalize()));
        wsInUse.setId("prefWorkspaceInUse");
        wsInUse.getStyleClass().add("field-label");
        wsInUse.setWrapText(true);
        wsInUse.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (inUse != null && (p.workspace() == null || p.workspace().isBlank())) {
            workspace.setPromptText(Messages.get("ux.prefs.workspaceDefaultInUse", inUse.toAbsolutePath().normalize()));
        }
        Map<String, TextField> thresholdFields = new LinkedHashMap<>();
        if (!identityOnly) {
            g.addRow(row++, new Label(Messages.get("gui.prefs.language")), lang);
            g.addRow(row++, new Label(Messages.get("gui.prefs.scale")), scale);
            g.addRow(row++, new Label(Messages.get("gui.prefs.theme")), theme);
            g.addRow(row++, new Label(Messages.get("gui.prefs.workspace")), ws);
            if (inUse != null) {
                g.add(wsInUse, 1, row++);
            }
            for (String t : THRESHOLDS) {
                Long v = p.thresholds().get(t);
                TextField f = new TextField(v == null ? "" : v.toString());
                f.setPromptText(Messages.get("gui.prefs.thresholdDefault"));
                thresholdFields.put(t, f);
                g.addRow(row++, new Label(Messages.get("gui.prefs.threshold." + t)), f);
            }
            Label note = new Label(Messages.get("gui.prefs.restartNote"));
            note.getStyleClass().add("field-label");
            note.setWrapText(true);
            g.add(note, 0, row, 2, 1);
        }
        getDialogPane().setContent(g);
        getDialogPane().setPrefWidth(560);
        ButtonType ok = new ButtonType(Messages.get("gui.prefs.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).disableProperty().bind(name.textProperty().isEmpty()
                .or(role.valueProperty().isNull()));
        setResultConverter(b -> {
            if (b != ok) {
                return null;
            }
            Map<String, Long> thresholds = new LinkedHashMap<>(p.thresholds());
            thresholdFields.forEach((k, f) -> {
                String s = f.getText().strip();
                if (s.isEmpty()) {
                    thresholds.remove(k);
                } else if (s.matches("\\d{1,12}")) {
                    thresholds.put(k, Long.parseLong(s));
                }
            });
            return new Preferences(lang.getValue(), (int) Math.round(scale.getValue()), theme.getValue(),
                    workspace.getText().isBlank() ? null : workspace.getText().strip(),
                    new Preferences.Identity(name.getText().strip(), role.getValue(), org.getText().strip()),
                    Map.copyOf(thresholds), p.extra());
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
