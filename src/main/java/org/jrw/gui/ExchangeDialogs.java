package org.jrw.gui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
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

/** The remote-review dialogs: a password, and the preview of a response with its conflicts. */
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

    @Override
    public Set<String> confirmMerge(ExchangeService.MergeResult p) {
        Dialog<Set<String>> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(Messages.get("exchange.preview.title"));
        d.setHeaderText(Messages.get("exchange.preview.header", p.adviser(), p.caseNumber(),
                p.adviserCertificateSha256().substring(0, 16), p.annotations(), p.views(), p.opinions(),
                p.conflicts().size()));
        VBox box = new VBox(8);
        if (p.alreadyImported()) {
            box.getChildren().add(new Label(Messages.get("exchange.preview.already")));
        }
        StringBuilder changes = new StringBuilder();
        for (ExchangeService.Change c : p.changes()) {
            changes.append(c.action()).append("  ").append(c.key()).append('\n').append("    ").append(c.summary())
                    .append('\n');
        }
        if (!p.changes().isEmpty()) {
            TextArea area = new TextArea(changes.toString());
            area.setId("exchangeChanges");
            area.setEditable(false);
            area.setPrefRowCount(Math.min(14, p.changes().size() * 2 + 1));
            box.getChildren().addAll(new Label(Messages.get("exchange.preview.changes")), area);
        }
        List<CheckBox> picks = new java.util.ArrayList<>();
        if (!p.conflicts().isEmpty()) {
            box.getChildren().add(new Label(Messages.get("exchange.preview.conflicts")));
            for (ExchangeService.Conflict c : p.conflicts()) {
                CheckBox cb = new CheckBox(c.key() + " — " + Messages.get("exchange.conflict." + c.reason())
                        + "\n  ours: " + (c.ours() == null ? "—" : c.ours()) + "\n  theirs: "
                        + (c.theirs() == null ? "—" : c.theirs()));
                cb.setUserData(c.key());
                cb.setWrapText(true);
                picks.add(cb);
                box.getChildren().add(cb);
            }
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 420);
        d.getDialogPane().setContent(scroll);
        ButtonType importButton = new ButtonType(Messages.get("exchange.preview.import"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != importButton) {
                return null;
            }
            Set<String> theirs = new LinkedHashSet<>();
            picks.stream().filter(CheckBox::isSelected).forEach(cb -> theirs.add((String) cb.getUserData()));
            return theirs;
        });
        return d.showAndWait().orElse(null);
    }
}
