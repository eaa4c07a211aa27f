package org.jrw.gui;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Test helpers for dialogs opened by the code under test: an owner window, the dialog shown, closing them all. */
public final class ShownDialogs {
    private ShownDialogs() {
    }

    /** Shows {@code stage} as an empty owner window for the dialogs a test opens. */
    public static Stage owner(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        return stage;
    }

    /** The pane of a dialog shown now (a window other than {@code owner} whose root is a dialog pane), or null. */
    public static DialogPane showing(Window owner) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.isShowing() && w != owner && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p) {
                return p;
            }
        }
        return null;
    }

    /** Hides every dialog window (on the JavaFX thread). */
    public static void hideAll() {
        List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .forEach(Window::hide);
    }
}
