package org.jrw.gui.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.jrw.i18n.Messages;
import org.jrw.model.Role;
import org.jrw.model.review.PanelMember;

/**
 * The review screen's dialogs: a member's signing identity (create a new PKCS#12 or import one)
 * and a signature (member, keystore, password). Passwords are read from the field once into a
 * {@code char[]} the caller clears, and the field is emptied; they are never stored or logged.
 */
final class ReviewDialogs {
    private ReviewDialogs() {
    }

    /** A member's identity: create (new file, password twice) or import (existing file, password). */
    record IdentityRequest(boolean create, String name, String organisation, Role role, Path file, char[] password) {
    }

    /** A signature: who, with which keystore and password. */
    record SignRequest(PanelMember member, Path keystore, char[] password) {
    }

    static Optional<IdentityRequest> identity(Window owner, boolean create, String name, String organisation,
                                              Role role) {
        Dialog<IdentityRequest> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get(create ? "review.gui.identity.createTitle" : "review.gui.identity.importTitle"));
        d.setHeaderText(Messages.get(create ? "review.gui.identity.createHeader" : "review.gui.identity.importHeader"));
        TextField nameField = new TextField(name == null ? "" : name);
        nameField.setId("identityName");
        TextField orgField = new TextField(organisation == null ? "" : organisation);
        orgField.setId("identityOrg");
        ComboBox<Role> roleBox = roleBox();
        roleBox.setValue(role);
        TextField file = new TextField();
        file.setId("identityFile");
        file.setPrefColumnCount(28);
        Button browse = browse(d, file, () -> create
                ? (nameField.getText().isBlank() ? "identity" : nameField.getText().strip()) + ".p12" : null);
        PasswordField pw = new PasswordField();
        pw.setId("identityPassword");
        PasswordField pw2 = new PasswordField();
        pw2.setId("identityPassword2");
        Label hint = new Label(Messages.get(create ? "review.gui.identity.passwordHint" : "review.gui.identity.importHint"));
        hint.getStyleClass().add("review-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        GridPane g = grid();
        int row = 0;
        g.addRow(row++, new Label(Messages.get("review.gui.member.name")), nameField);
        g.addRow(row++, new Label(Messages.get("review.gui.member.org")), orgField);
        g.addRow(row++, new Label(Messages.get("review.gui.member.role")), roleBox);
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        g.addRow(row++, new Label(Messages.get("review.gui.identity.file")), fileRow);
        g.addRow(row++, new Label(Messages.get("review.gui.identity.password")), pw);
        if (create) {
            g.addRow(row++, new Label(Messages.get("review.gui.identity.password2")), pw2);
        }
        g.add(hint, 0, row, 2, 1);
        d.getDialogPane().setContent(g);
        ButtonType ok = new ButtonType(org.jrw.gui.Mnemonics.label(create ? "review.gui.identity.create" : "review.gui.identity.import"),
                ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String problem = identityProblem(create, nameField, roleBox, file, pw, pw2);
            if (problem != null) {
                hint.setText(problem);
                hint.getStyleClass().add("review-error");
                e.consume();
            }
        });
        d.setResultConverter(b -> {
            IdentityRequest r = b == ok ? new IdentityRequest(create, nameField.getText().strip(), orgField.getText().strip(),
                    roleBox.getValue(), Path.of(file.getText().strip()), pw.getText().toCharArray()) : null;
            pw.clear();
            pw2.clear();
            return r;
        });
        return d.showAndWait();
    }

    /** What is missing or wrong in the identity form, or null. */
    private static String identityProblem(boolean create, TextField name, ComboBox<Role> role, TextField file,
                                          PasswordField pw, PasswordField pw2) {
        if (name.getText().isBlank()) {
            return Messages.get("review.member.nameMissing");
        } else if (role.getValue() == null) {
            return Messages.get("review.member.roleMissing");
        } else if (file.getText().isBlank()) {
            return Messages.get("review.gui.identity.fileMissing");
        } else if (create && pw.getText().length() < 6) {
            return Messages.get("signing.password.tooShort");
        } else if (create && !pw.getText().equals(pw2.getText())) {
            return Messages.get("review.gui.identity.mismatch");
        }
        return null;
    }

    /**
     * The browse button of a keystore field: a PKCS#12 chooser through the dialog service, owned by
     * the dialog; {@code saveAs} gives the name of a file to create, or null to open an existing one.
     */
    private static Button browse(Dialog<?> d, TextField target, java.util.function.Supplier<String> saveAs) {
        Button browse = new Button(org.jrw.gui.Mnemonics.label("review.gui.browse"));
        browse.setTooltip(new javafx.scene.control.Tooltip(Messages.get("screens.review.browse.help")));
        org.jrw.gui.DialogService dialogs = new org.jrw.gui.FxDialogService(() -> d.getDialogPane().getScene().getWindow());
        List<org.jrw.gui.DialogService.FileType> p12 = List.of(org.jrw.gui.DialogService.FileType.of(
                "PKCS#12 (*.p12, *.pfx)", "*.p12", "*.pfx"));
        browse.setOnAction(e -> {
            String name = saveAs.get();
            String title = Messages.get("review.gui.identity.file");
            (name != null ? dialogs.saveFile(title, name, p12) : dialogs.openFile(title, p12))
                    .ifPresent(f -> target.setText(f.toString()));
        });
        return browse;
    }

    /** A certificate renewal: the member's new PKCS#12, its password and the reason (ADR 0090). */
    record RenewRequest(Path file, char[] password, String reason) {
    }

    static Optional<RenewRequest> renewal(Window owner, PanelMember m) {
        Dialog<RenewRequest> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("gui.seats.renew.title"));
        d.setHeaderText(Messages.get("gui.seats.renew.header", m.name(), ReviewViewModel.roleLabel(m.role()),
                m.certificateSha256() == null ? "—" : m.certificateSha256().substring(0, 16) + "…"));
        TextField file = new TextField();
        file.setId("renewFile");
        file.setPrefColumnCount(28);
        Button browse = browse(d, file, () -> null);
        PasswordField pw = new PasswordField();
        pw.setId("renewPassword");
        TextField reason = new TextField();
        reason.setId("renewReason");
        reason.setPromptText(Messages.get("gui.seats.renew.reasonPrompt"));
        Label hint = new Label(Messages.get("gui.seats.renew.hint"));
        hint.getStyleClass().add("review-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        GridPane g = grid();
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        g.addRow(0, new Label(Messages.get("review.gui.identity.file")), fileRow);
        g.addRow(1, new Label(Messages.get("review.gui.identity.password")), pw);
        g.addRow(2, new Label(Messages.get("gui.seats.renew.reason")), reason);
        g.add(hint, 0, 3, 2, 1);
        d.getDialogPane().setContent(g);
        ButtonType ok = new ButtonType(org.jrw.gui.Mnemonics.label("gui.seats.renew.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String problem = file.getText().isBlank() ? Messages.get("seats.renew.certificateMissing")
                    : reason.getText().isBlank() ? Messages.get("seats.renew.reasonMissing") : null;
            if (problem != null) {
                hint.setText(problem);
                hint.getStyleClass().add("review-error");
                e.consume();
            }
        });
        d.setResultConverter(b -> {
            RenewRequest r = b == ok ? new RenewRequest(Path.of(file.getText().strip()), pw.getText().toCharArray(),
                    reason.getText().strip()) : null;
            pw.clear();
            return r;
        });
        return d.showAndWait();
    }

    static Optional<SignRequest> sign(Window owner, List<PanelMember> members, PanelMember preferred, Path pdf,
                                      java.util.function.Function<PanelMember, Path> keystoreOf) {
        Dialog<SignRequest> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("review.gui.sign.title"));
        d.setHeaderText(Messages.get("review.gui.sign.header", pdf.getFileName()));
        ComboBox<PanelMember> member = new ComboBox<>();
        member.setId("signMember");
        // members with a registered certificate first; the service signs a seat only with its
        // registered certificate (ADR 0090)
        List<PanelMember> seats = new java.util.ArrayList<>(members.stream().filter(m -> m.certificateSha256() != null)
                .toList());
        members.stream().filter(m -> m.certificateSha256() == null).forEach(seats::add);
        member.getItems().setAll(seats);
        member.setConverter(ReviewViewModel.MEMBER_LABEL);
        TextField keystore = new TextField();
        keystore.setId("signKeystore");
        keystore.setPrefColumnCount(28);
        member.valueProperty().addListener((o, a, m) -> {
            Path k = keystoreOf.apply(m);
            keystore.setText(k == null ? "" : k.toString());
        });
        member.setValue(preferred != null && seats.contains(preferred) ? preferred : seats.isEmpty() ? null : seats.get(0));
        Button browse = browse(d, keystore, () -> null);
        PasswordField pw = new PasswordField();
        pw.setId("signPassword");
        Label hint = new Label(Messages.get("review.gui.sign.hint"));
        hint.getStyleClass().add("review-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        GridPane g = grid();
        g.addRow(0, new Label(Messages.get("review.gui.sign.member")), member);
        HBox ksRow = new HBox(6, keystore, browse);
        HBox.setHgrow(keystore, Priority.ALWAYS);
        g.addRow(1, new Label(Messages.get("review.gui.sign.keystore")), ksRow);
        g.addRow(2, new Label(Messages.get("review.gui.identity.password")), pw);
        g.add(hint, 0, 3, 2, 1);
        d.getDialogPane().setContent(g);
        ButtonType ok = new ButtonType(org.jrw.gui.Mnemonics.label("review.gui.action.sign"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        ((Button) d.getDialogPane().lookupButton(ok)).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (member.getValue() == null || keystore.getText().isBlank() || pw.getText().isEmpty()) {
                hint.setText(Messages.get("review.gui.sign.incomplete"));
                hint.getStyleClass().add("review-error");
                e.consume();
            }
        });
        d.setResultConverter(b -> {
            SignRequest r = b == ok ? new SignRequest(member.getValue(), Path.of(keystore.getText().strip()),
                    pw.getText().toCharArray()) : null;
            pw.clear();
            return r;
        });
        javafx.application.Platform.runLater(pw::requestFocus);
        return d.showAndWait();
    }

    static ComboBox<Role> roleBox() {
        ComboBox<Role> box = new ComboBox<>();
        box.getItems().setAll(Role.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role r) {
                return r == null ? "" : ReviewViewModel.roleLabel(r);
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Role r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? Messages.get("review.gui.member.role") : ReviewViewModel.roleLabel(r));
            }
        });
        return box;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(12));
        return g;
    }
}
