package org.jrw.gui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jrw.i18n.Messages;
import org.jrw.logic.exchange.ExchangeService;

/**
 * The remote-review dialogs: a password, and the preview of a response with what it adds, its
 * conflicts (a tick takes the adviser's version) and whether its signer is a registered adviser
 * (when advisers are registered, an unregistered signer must be accepted explicitly). Every text
 * comes from the i18n bundles.
 */
final class ExchangeDialogs implements MainViewModel.ExchangeDialogs {
    private final Supplier<Window> owner;

    ExchangeDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public char[] password(String prompt) {
        Dialog<char[]> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(Messages.get("exchange.password.title"));
        d.setHeaderText(prompt);
        PasswordField field = new PasswordField();
        field.setId("exchangePassword");
        d.getDialogPane().setContent(field);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        field.requestFocus();
        char[] r = d.showAndWait().orElse(null);
        field.clear();
        return r;
    }

    /** The preview's content, built apart from the dialog. */
    static final class Preview {
        final VBox box = new VBox(8);
        final List<CheckBox> picks = new ArrayList<>();
        CheckBox acceptUnknown;

        Set<String> takeTheirs() {
            Set<String> theirs = new LinkedHashSet<>();
            picks.stream().filter(CheckBox::isSelected).forEach(cb -> theirs.add((String) cb.getUserData()));
            return theirs;
        }

        boolean blocked() {
            return acceptUnknown != null && !acceptUnknown.isSelected();
        }
    }

    static Preview preview(ExchangeService.MergeResult p) {
        Preview v = new Preview();
        Label summary = new Label(Messages.get("exchange.preview.header", p.adviser(), p.caseNumber(),
                shortSha(p.adviserCertificateSha256()), p.annotations(), p.views(), p.opinions(),
                p.conflicts().size()));
        summary.setId("exchangePreviewSummary");
        summary.setWrapText(true);
        v.box.getChildren().add(summary);
        Label trust;
        if (p.adviserRegistered()) {
            trust = new Label(Messages.get("exchange.preview.registered", p.registeredAdviser()));
            trust.getStyleClass().add("exchange-trusted");
        } else if (p.registrationRequired()) {
            trust = new Label(Messages.get("exchange.preview.unregisteredRequired", p.adviser()));
            trust.setStyle("-fx-text-fill: #b42318; -fx-font-weight: bold;");
            v.acceptUnknown = new CheckBox(Messages.get("exchange.preview.acceptUnknown"));
            v.acceptUnknown.setId("exchangeAcceptUnknown");
            v.acceptUnknown.setWrapText(true);
        } else {
            trust = new Label(Messages.get("exchange.preview.unregistered", p.adviser()));
            trust.setStyle("-fx-text-fill: #9a6700;");
        }
        trust.setId("exchangePreviewTrust");
        trust.setWrapText(true);
        v.box.getChildren().add(trust);
        if (v.acceptUnknown != null) {
            v.box.getChildren().add(v.acceptUnknown);
        }
        if (p.alreadyImported()) {
            v.box.getChildren().add(new Label(Messages.get("exchange.preview.already")));
        }
        StringBuilder changes = new StringBuilder();
        for (ExchangeService.Change c : p.changes()) {
            changes.append(Messages.get("exchange.change." + c.action())).append("  ").append(c.key()).append('\n')
                    .append("    ").append(c.summary()).append('\n');
        }
        if (!p.changes().isEmpty()) {
            TextArea area = new TextArea(changes.toString());
            area.setId("exchangeChanges");
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(Math.min(14, p.changes().size() * 2 + 1));
            v.box.getChildren().addAll(new Label(Messages.get("exchange.preview.changes")), area);
        } else {
            v.box.getChildren().add(new Label(Messages.get("exchange.preview.none")));
        }
        if (!p.conflicts().isEmpty()) {
            v.box.getChildren().add(new Label(Messages.get("exchange.preview.conflicts")));
            int i = 0;
            for (ExchangeService.Conflict c : p.conflicts()) {
                CheckBox cb = new CheckBox(Messages.get("exchange.preview.conflict", c.key(),
                        Messages.get("exchange.conflict." + c.reason()), c.ours() == null ? "—" : c.ours(),
                        c.theirs() == null ? "—" : c.theirs()));
                cb.setId("exchangeConflict-" + i++);
                cb.setMnemonicParsing(false); // the texts are the adviser's and the case's: an underscore is text
                cb.setUserData(c.key());
                cb.setWrapText(true);
                cb.setDisable(!c.takeable()); // shown, but a refusal cannot be overridden
                v.picks.add(cb);
                v.box.getChildren().add(cb);
            }
        }
        return v;
    }

    private static String shortSha(String sha) {
        return sha == null ? "" : sha.substring(0, Math.min(16, sha.length()));
    }

    @Override
    public MainViewModel.MergeChoice confirmMerge(ExchangeService.MergeResult p) {
        Dialog<MainViewModel.MergeChoice> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(Messages.get("exchange.preview.title"));
        d.setHeaderText(Messages.get("exchange.preview.title"));
        Preview v = preview(p);
        ScrollPane scroll = new ScrollPane(v.box);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(680, 440);
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().setId("exchangePreview");
        ButtonType importButton = new ButtonType(Mnemonics.label("exchange.preview.import"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        Node button = d.getDialogPane().lookupButton(importButton);
        button.setId("exchangeImport");
        if (v.acceptUnknown != null) {
            button.disableProperty().bind(v.acceptUnknown.selectedProperty().not());
        }
        if (owner.get() != null && owner.get().getScene() != null) {
            // dialogs are separate scenes: give them the theme, scale and CJK font of the window
            d.getDialogPane().getStylesheets().setAll(owner.get().getScene().getStylesheets());
            d.getDialogPane().setStyle(owner.get().getScene().getRoot().getStyle());
        }
        d.setResultConverter(b -> b != importButton || v.blocked() ? null
                : new MainViewModel.MergeChoice(v.takeTheirs(), v.acceptUnknown != null && v.acceptUnknown.isSelected()));
        return d.showAndWait().orElse(null);
    }
}
