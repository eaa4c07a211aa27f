package org.jrw.gui;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.jrw.i18n.Messages;

/** Tells the user an unexpected error happened and where its report was saved. */
final class CrashDialog {
    private static boolean showing;

    private CrashDialog() {
    }

    static void show(Stage owner, Throwable error, Path report) {
        if (showing) {
            return; // one dialog at a time, even if errors repeat
        }
        showing = true;
        ButtonType copy = new ButtonType(Messages.get("gui.crash.copy"));
        Alert a = new Alert(Alert.AlertType.ERROR, "", copy, ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle(Messages.get("gui.crash.title"));
        a.setHeaderText(Messages.get("gui.crash.header"));
        TextArea text = new TextArea(Messages.get("gui.crash.text", String.valueOf(error),
                report == null ? Messages.get("gui.crash.noReport") : report.toString()));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(6);
        a.getDialogPane().setContent(text);
        a.showAndWait().ifPresent(b -> {
            if (b == copy && report != null) {
                ClipboardContent c = new ClipboardContent();
                c.putString(report.toString());
                Clipboard.getSystemClipboard().setContent(c);
            }
        });
        showing = false;
    }
}
