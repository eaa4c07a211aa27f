package org.jrw.gui;

import java.util.Objects;
import javafx.scene.Scene;
import org.jrw.logic.settings.Preferences;

/** Applies theme, UI scale and the CJK font to a scene. */
public final class Appearance {
    static final double BASE_FONT_PX = 14;
    private static final String LIGHT = css("/org/jrw/gui/workbench.css");
    private static final String HIGH_CONTRAST = css("/org/jrw/gui/high-contrast.css");
    private static String fontFamily = "System";

    private Appearance() {
    }

    private static String css(String path) {
        return Objects.requireNonNull(Appearance.class.getResource(path), path).toExternalForm();
    }

    static void setFontFamily(String family) {
        fontFamily = family;
    }

    public static void apply(Scene scene, Preferences p) {
        scene.getStylesheets().setAll(LIGHT);
        if (p.theme() == Preferences.Theme.HIGH_CONTRAST) {
            scene.getStylesheets().add(HIGH_CONTRAST);
        }
        scene.getRoot().setStyle(String.format(java.util.Locale.ROOT, "-fx-font-family: \"%s\"; -fx-font-size: %.1fpx;",
                fontFamily, BASE_FONT_PX * p.scale()));
    }
}
