package org.jrw.gui;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jrw.i18n.Messages;
import org.jrw.logic.exchange.TrustedAdvisers;
import org.jrw.model.Timestamps;

/**
 * 文件 → 受信任的法律顾问证书…: the registered adviser certificates (name, subject, SHA-256
 * fingerprint, when added), add one from a {@code .pem}/{@code .cer}/{@code .crt} file under a
 * name, remove one after confirmation, and export this workstation's certificate. Binds only; the
 * work is in {@link TrustedAdvisersViewModel}. The file choosers and the confirmation are a
 * {@link Choices} so tests can answer them.
 */
public final class TrustedAdvisersDialog {

    /** What the dialog asks the user: files to read and write, and whether to remove a registration. */
    public interface Choices {
        /** The certificate file to register, or null to cancel. */
        Path certificateToAdd(Window owner);

        /** Where to write this workstation's certificate, or null to cancel. */
        Path certificateTarget(Window owner);

        /** True when the user confirms removing the registration. */
        boolean confirmRemove(Window owner, TrustedAdvisers.Registered r);
    }

    private TrustedAdvisersDialog() {
    }

    /** Opens the dialog (window-modal on {@code owner}) and loads the list in the background. */
    public static Stage open(Window owner, TrustedAdvisersViewModel vm, Choices choices) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("exchange.trust.title"));
        Scene scene = new Scene(content(stage, vm, choices), 900, 520);
        SecondaryWindows.takeLook(owner, scene); // the theme, scale and CJK font of the window
        stage.setScene(scene);
        stage.show();
        vm.load();
        return stage;
    }

    static VBox content(Stage stage, TrustedAdvisersViewModel vm, Choices choices) {
        Label intro = new Label(Messages.get("exchange.trust.intro"));
        intro.setWrapText(true);

        TableView<TrustedAdvisers.Registered> table = new TableView<>(vm.advisers());
        table.setId("trustTable");
        table.setPlaceholder(new Label(Messages.get("exchange.trust.none")));
        table.getColumns().add(column("exchange.trust.col.name", 140, TrustedAdvisers.Registered::name));
        table.getColumns().add(column("exchange.trust.col.subject", 220, TrustedAdvisers.Registered::subject));
        table.getColumns().add(column("exchange.trust.col.sha256", 330, r -> colons(r.sha256())));
        table.getColumns().add(column("exchange.trust.col.added", 140, r -> Timestamps.local(r.addedAt(), "yyyy-MM-dd HH:mm")));
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField name = new TextField();
        name.setId("trustName");
        name.setPromptText(Messages.get("exchange.trust.namePrompt"));
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button(Mnemonics.label("exchange.trust.add"));
        add.setId("trustAdd");
        add.setOnAction(e -> {
            Path f = choices.certificateToAdd(stage);
            if (f != null) {
                vm.add(f, name.getText());
                name.clear();
            }
        });
        Label nameLabel = new Label(Messages.get("exchange.trust.name"));
        HBox addRow = new HBox(8, nameLabel, name, add);
        addRow.setAlignment(Pos.CENTER_LEFT);

        Button remove = new Button(Mnemonics.label("exchange.trust.remove"));
        remove.setId("trustRemove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(vm.busyProperty()));
        remove.setOnAction(e -> {
            TrustedAdvisers.Registered r = table.getSelectionModel().getSelectedItem();
            if (r != null && choices.confirmRemove(stage, r)) {
                vm.remove(r);
            }
        });
        Button export = new Button(Mnemonics.label("exchange.trust.exportOwn"));
        export.setId("trustExportOwn");
        export.setOnAction(e -> {
            Path f = choices.certificateTarget(stage);
            if (f != null) {
                vm.exportOwn(f);
            }
        });
        add.disableProperty().bind(vm.busyProperty());
        export.disableProperty().bind(vm.busyProperty());
        Button close = new Button(Mnemonics.label("exchange.trust.close"));
        close.setId("trustClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, remove, export, spacer, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("trustMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label error = new Label();
        error.setId("trustError");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b42318; -fx-font-weight: bold;");
        error.textProperty().bind(vm.errorProperty());
        for (Label l : new Label[] {message, error}) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
            l.visibleProperty().bind(l.managedProperty());
        }

        VBox box = new VBox(10, intro, table, addRow, buttons, message, error);
        box.setPadding(new Insets(12));
        box.setId("trustDialog");
        return box;
    }

    private static TableColumn<TrustedAdvisers.Registered, String> column(String key, double width,
            java.util.function.Function<TrustedAdvisers.Registered, String> value) {
        TableColumn<TrustedAdvisers.Registered, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    /** The fingerprint as pairs separated by colons, as certificate viewers show it. */
    static String colons(String sha) {
        if (sha == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sha.length(); i += 2) {
            if (i > 0) {
                b.append(':');
            }
            b.append(sha, i, Math.min(i + 2, sha.length()));
        }
        return b.toString().toUpperCase(java.util.Locale.ROOT);
    }

    /** The choices through the dialog service: file choosers (last folder remembered) and an OK/Cancel question. */
    static Choices interactive() {
        return new Choices() {
            @Override
            public Path certificateToAdd(Window owner) {
                return new FxDialogService(() -> owner).openFile(Messages.get("exchange.trust.add"), java.util.List.of(
                        DialogService.FileType.of(Messages.get("exchange.filter.certificate"), "*.pem", "*.cer", "*.crt"),
                        DialogService.FileType.of(Messages.get("gui.filter.all"), "*"))).orElse(null);
            }

            @Override
            public Path certificateTarget(Window owner) {
                Path p = new FxDialogService(() -> owner).saveFile(Messages.get("exchange.trust.exportOwn"),
                        Messages.get("exchange.trust.ownFileName") + ".pem", java.util.List.of(
                                DialogService.FileType.of(Messages.get("exchange.filter.certificate"), "*.pem")))
                        .orElse(null);
                if (p == null) {
                    return null;
                }
                String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                return n.endsWith(".pem") || n.endsWith(".cer") || n.endsWith(".crt") ? p
                        : p.resolveSibling(p.getFileName() + ".pem");
            }

            @Override
            public boolean confirmRemove(Window owner, TrustedAdvisers.Registered r) {
                return new FxDialogService(() -> owner).confirm(Messages.get("exchange.trust.remove"),
                        Messages.get("exchange.trust.confirmRemove", r.name(), colons(r.sha256())));
            }
        };
    }
}
