package org.jrw.gui.rules;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;

/**
 * First start: where the bureau sits. Asked once the workspace is open and has no jurisdiction; a
 * small dialog (skippable — the checks then apply national rules only and say what is missing).
 */
public final class JurisdictionPrompt {
    private JurisdictionPrompt() {
    }

    /**
     * Asks for the jurisdiction when it is not set: {@code known} is what the start-up already read
     * (empty: none set), or null when it has not been read; then it is looked up in the background.
     */
    public static void askIfMissing(Window owner, AppContext ctx, java.util.Optional<String> known) {
        if (ctx.lockedBy() != null) {
            return;
        }
        if (known != null) {
            if (known.isEmpty()) {
                // after the window's first frame, as when the lookup's task answers
                javafx.application.Platform.runLater(() -> ask(owner, ctx, null));
            }
            return;
        }
        ctx.tasks().run(Messages.get("rules.gui.loading"), p -> ctx.ruleSources().jurisdiction(),
                j -> {
                    if (j.isEmpty()) {
                        ask(owner, ctx, null);
                    }
                }, t -> { });
    }

    static void ask(Window owner, AppContext ctx, String problem) {
        ask(owner, ctx, problem, null);
    }

    /** Asks again after a refusal with what was typed still in the field, to be corrected rather than retyped. */
    static void ask(Window owner, AppContext ctx, String problem, String typed) {
        TextField field = new TextField(typed == null ? "" : typed);
        field.setId("firstJurisdiction");
        field.setPromptText(Messages.get("rules.gui.jurisdiction.prompt"));
        Label text = new Label(Messages.get("rules.gui.first.text"));
        text.setId("firstJurisdictionText");
        text.setWrapText(true);
        // a wrapped label in a dialog gets one line's height unless told otherwise (cut off with
        // larger or bolder faces, as in high contrast)
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(8, text, field);
        if (problem != null) {
            Label err = new Label(problem);
            err.setWrapText(true);
            err.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            err.getStyleClass().add("severity-error");
            box.getChildren().add(err);
        }
        box.setPrefWidth(480);
        ButtonType save = new ButtonType(Messages.get("rules.gui.first.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(Messages.get("rules.gui.first.later"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.NONE, "", save, later);
        a.initOwner(owner);
        a.setTitle(Messages.get("rules.gui.first.title"));
        a.setHeaderText(Messages.get("rules.gui.first.header"));
        a.getDialogPane().setContent(box);
        a.showAndWait().filter(b -> b == save).ifPresent(b -> {
            RuleSourcesViewModel vm = new RuleSourcesViewModel(ctx);
            vm.errorProperty().addListener((o, x, err) -> {
                if (err != null && !err.isEmpty()) {
                    ask(owner, ctx, err, field.getText());
                }
            });
            vm.saveJurisdiction(field.getText(), null);
        });
    }
}
