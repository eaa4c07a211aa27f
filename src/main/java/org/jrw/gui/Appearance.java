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
    private static String monoFamily;

    private Appearance() {
    }

    private static String css(String path) {
        return Objects.requireNonNull(Appearance.class.getResource(path), path).toExternalForm();
    }

    static void setFontFamily(String family) {
        fontFamily = family;
    }

    static void setMonoFamily(String family) {
        monoFamily = family;
    }

    /**
     * A style for text whose digits should not move (timers): a monospaced family that also has
     * Chinese glyphs when one is installed (Noto Sans Mono CJK), otherwise nothing — never a Latin-only
     * monospace, which would show the Chinese as boxes.
     */
    public static String monoStyle() {
        return monoFamily == null ? "" : "-fx-font-family: \"" + monoFamily + "\";";
    }

    /**
     * Gives every window the application opens later (search, law library, training, dashboard,
     * dialogs and alerts) the theme, the UI scale and the CJK font of the main window, without
     * dropping the window's own stylesheets or style.
     */
    static void watchWindows(java.util.function.Supplier<Preferences> prefs) {
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) c -> {
            while (c.next()) {
                for (javafx.stage.Window w : c.getAddedSubList()) {
                    if (w.getScene() != null) {
                        inherit(w.getScene(), prefs.get());
                    }
                    w.sceneProperty().addListener((o, a, sc) -> {
                        if (sc != null) {
                            inherit(sc, prefs.get());
                        }
                    });
                }
            }
        });
    }

    /** Adds the theme's sheets in front of the scene's own and the font and scale to its root, if not set. */
    static void inherit(Scene scene, Preferences p) {
        localizeDialog(scene);
        Accessibility.watch(scene);
        java.util.List<String> want = p.theme() == Preferences.Theme.HIGH_CONTRAST
                ? java.util.List.of(LIGHT, HIGH_CONTRAST) : java.util.List.of(LIGHT);
        for (int i = want.size() - 1; i >= 0; i--) {
            if (!scene.getStylesheets().contains(want.get(i))) {
                scene.getStylesheets().add(0, want.get(i));
            }
        }
        if (scene.getRoot() != null) {
            String style = scene.getRoot().getStyle() == null ? "" : scene.getRoot().getStyle();
            if (!style.contains("-fx-font-family")) {
                scene.getRoot().setStyle(rootStyle(p) + " " + style);
            }
        }
    }

    /** A dialog's stock buttons in the UI language, now and whenever its buttons change. */
    static void localizeDialog(Scene scene) {
        if (scene.getRoot() == null) {
            return;
        }
        javafx.scene.Node n = scene.getRoot() instanceof javafx.scene.control.DialogPane dp ? dp
                : scene.getRoot().lookup(".dialog-pane");
        if (n instanceof javafx.scene.control.DialogPane pane && pane.getProperties().putIfAbsent(LOCALIZED, true) == null) {
            Labels.localizeButtons(pane);
            pane.getButtonTypes().addListener((javafx.collections.ListChangeListener<javafx.scene.control.ButtonType>) c ->
                    Labels.localizeButtons(pane));
        }
    }

    private static final String LOCALIZED = "jrw.localizedButtons";

    /** The UI scale (1.0 = 100 %) a root style set by {@link #apply} carries in its font size; 1 without one. */
    static double scaleOf(String rootStyle) {
        java.util.regex.Matcher m = rootStyle == null ? null
                : java.util.regex.Pattern.compile("-fx-font-size:\\s*([0-9.]+)px").matcher(rootStyle);
        return m != null && m.find() ? Math.max(1, Double.parseDouble(m.group(1)) / BASE_FONT_PX) : 1;
    }

    private static String rootStyle(Preferences p) {
        return String.format(java.util.Locale.ROOT, "-fx-font-family: \"%s\"; -fx-font-size: %.1fpx;", fontFamily,
                BASE_FONT_PX * p.scale());
    }

    public static void apply(Scene scene, Preferences p) {
        scene.getStylesheets().setAll(LIGHT);
        if (p.theme() == Preferences.Theme.HIGH_CONTRAST) {
            scene.getStylesheets().add(HIGH_CONTRAST);
        }
        scene.getRoot().setStyle(rootStyle(p));
    }
}
