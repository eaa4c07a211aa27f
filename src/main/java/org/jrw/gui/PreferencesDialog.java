package org.jrw.gui;

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

    private final Preferences p;
    private final GridPane g = new GridPane();
    private int row;
    private final TextField name = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final TextField org = new TextField();
    private final ComboBox<String> lang = new ComboBox<>();
    private final Slider scale;
    private final ComboBox<Preferences.Theme> theme = new ComboBox<>();
    private final TextField workspace = new TextField();
    private final Map<String, TextField> thresholdFields = new LinkedHashMap<>();

    /** {@code inUse}: the workspace this session actually opened (shown; the field sets the next one). */
    PreferencesDialog(Window owner, Preferences p, boolean identityOnly, java.nio.file.Path inUse) {
        this.p = p;
        this.scale = new Slider(Preferences.MIN_SCALE, Preferences.MAX_SCALE, p.uiScalePercent());
        lang.setValue(p.language());
        theme.setValue(p.theme());
        workspace.setText(nz(p.workspace())); // kept as it is when only the identity is asked
        initOwner(owner);
        setTitle(Messages.get(identityOnly ? "gui.prefs.identityTitle" : "gui.prefs.title"));
        setHeaderText(Messages.get(identityOnly ? "gui.prefs.identityHeader" : "gui.prefs.header"));
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(12));
        identityRows();
        if (!identityOnly) {
            appearanceRows();
            workspaceRows(inUse);
            thresholdRows();
        }
        getDialogPane().setContent(g);
        getDialogPane().setPrefWidth(560);
        buttons();
    }

    /** Name, role and organisation: who signs and records views. */
    private void identityRows() {
        name.setText(p.identity() == null ? "" : nz(p.identity().name()));
        name.setId("prefName");
        role.setId("prefRole");
        role.getItems().setAll(Role.values());
        role.setConverter(converter(r -> Messages.get("gui.role." + r.name()), s -> null));
        role.setValue(p.identity() == null ? null : p.identity().role());
        org.setText(p.identity() == null ? "" : nz(p.identity().organisation()));
        org.setId("prefOrganisation");
        addRow("gui.prefs.name", name);
        addRow("gui.prefs.role", role);
        addRow("gui.prefs.organisation", org);
    }

    /** Language, scale and theme. */
    private void appearanceRows() {
        lang.setId("prefLanguage");
        lang.getItems().setAll("zh", "en");
        lang.setConverter(converter(s -> Messages.get("gui.prefs.lang." + s), s -> s));
        scale.setMajorTickUnit(25);
        scale.setMinorTickCount(0);
        scale.setSnapToTicks(true);
        scale.setShowTickLabels(true);
        scale.setId("prefScale");
        theme.setId("prefTheme");
        theme.getItems().setAll(Preferences.Theme.values());
        theme.setConverter(converter(t -> Messages.get("gui.prefs.theme." + t.name()), s -> null));
        addRow("gui.prefs.language", lang);
        addRow("gui.prefs.scale", scale);
        addRow("gui.prefs.theme", theme);
    }

    /** The workspace for the next start, with the one in use shown below it. */
    private void workspaceRows(java.nio.file.Path inUse) {
        workspace.setPromptText(Messages.get("gui.prefs.workspaceDefault"));
        workspace.setId("prefWorkspace");
        Button browse = new Button(Mnemonics.label("gui.prefs.browse"));
        browse.setId("prefBrowse");
        browse.setTooltip(new javafx.scene.control.Tooltip(Messages.get("screens.prefs.browse.help")));
        DialogService dialogs = new FxDialogService(() -> getDialogPane().getScene() == null ? getOwner()
                : getDialogPane().getScene().getWindow());
        browse.setOnAction(e -> dialogs.chooseFolder(Messages.get("gui.prefs.workspace"))
                .ifPresent(f -> workspace.setText(f.toAbsolutePath().toString())));
        HBox ws = new HBox(6, workspace, browse);
        HBox.setHgrow(workspace, Priority.ALWAYS);
        Label wsLabel = addRow("gui.prefs.workspace", ws);
        wsLabel.setLabelFor(workspace);
        if (inUse == null) {
            return;
        }
        Label wsInUse = new Label(Messages.get("ux.prefs.workspaceInUse", inUse.toAbsolutePath().normalize()));
        wsInUse.setId("prefWorkspaceInUse");
        wsInUse.getStyleClass().add("field-label");
        wsInUse.setWrapText(true);
        wsInUse.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (p.workspace() == null || p.workspace().isBlank()) {
            workspace.setPromptText(Messages.get("ux.prefs.workspaceDefaultInUse", inUse.toAbsolutePath().normalize()));
        }
        g.add(wsInUse, 1, row++);
    }

    /** The hearing thresholds (empty: the law's default) and the note that some changes need a restart. */
    private void thresholdRows() {
        for (String t : THRESHOLDS) {
            Long v = p.thresholds().get(t);
            TextField f = new TextField(v == null ? "" : v.toString());
            f.setId("prefThreshold-" + t);
            f.setPromptText(Messages.get("gui.prefs.thresholdDefault"));
            thresholdFields.put(t, f);
            addRow("gui.prefs.threshold." + t, f);
        }
        Label note = new Label(Messages.get("gui.prefs.restartNote"));
        note.getStyleClass().add("field-label");
        note.setWrapText(true);
        g.add(note, 0, row, 2, 1);
    }

    /** Save (only with a name and role) and Cancel; the result is the new preferences. */
    private void buttons() {
        ButtonType ok = new ButtonType(Mnemonics.label("gui.prefs.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).disableProperty().bind(name.textProperty().isEmpty()
                .or(role.valueProperty().isNull()));
        setResultConverter(b -> b == ok ? result() : null);
    }

    private Preferences result() {
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
    }

    private Label addRow(String key, javafx.scene.Node field) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        g.addRow(row++, l, field);
        return l;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show,
                                                    java.util.function.Function<String, T> parse) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : show.apply(t);
            }

            @Override
            public T fromString(String s) {
                return parse.apply(s);
            }
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
