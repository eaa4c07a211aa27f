package org.jrw.gui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The workbench's secondary windows (precedent search, dashboard, typical case, training, audit,
 * law texts): owned by the main window and in its look — theme, high contrast, scale and CJK font
 * (its stylesheets and root style) — so a user who chose high contrast gets it in every window.
 */
public final class SecondaryWindows {
    private SecondaryWindows() {
    }

    /** A window owned by {@code owner} (may be null), showing {@code root}, in the owner's look. */
    public static Stage create(Window owner, String title, Parent root, double width, double height) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        if (title != null) {
            stage.setTitle(title);
        }
        // the size asked for is at 100 %: at the user's larger scale the window grows with its text (up to the
        // screen), or a toolbar laid out for 1280 px cuts its buttons short
        double scale = owner != null && owner.getScene() != null
                ? Appearance.scaleOf(owner.getScene().getRoot().getStyle()) : 1;
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(width * scale, screen.getWidth()),
                Math.min(height * scale, screen.getHeight()));
        takeLook(owner, scene);
        stage.setScene(scene);
        return stage;
    }

    /** Gives {@code scene} the look of {@code owner}'s (its stylesheets and root style); nothing without an owner. */
    public static void takeLook(Window owner, Scene scene) {
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scene.getRoot().setStyle(owner.getScene().getRoot().getStyle());
        }
    }

    /**
     * Escape closes a window the user only reads or searches in, when no control in it used the key
     * first (an open list or menu closes itself and keeps the window). Not for windows with typing
     * that would be lost.
     */
    public static Stage closeOnEscape(Stage stage) {
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                stage.hide();
            }
        });
        return stage;
    }
}
