package org.jrw.gui;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The dialog service of the screens: JavaFX alerts owned by the screen's window (relabelled in
 * the UI language by {@link Appearance}), notes as a ControlsFX notification at the window's
 * lower right that fades by itself.
 */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void error(String title, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setMinWidth(460);
        a.show();
    }

    @Override
    public boolean confirm(String title, String text) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setMinWidth(460);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public void inform(String text) {
        Window w = owner.get();
        if (w == null || !w.isShowing()) {
            return;
        }
        org.controlsfx.control.Notifications.create().owner(w).text(text)
                .hideAfter(javafx.util.Duration.seconds(4)).position(javafx.geometry.Pos.BOTTOM_RIGHT).show();
    }
}
