package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jrw.logic.settings.Preferences;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23: with high contrast chosen, the precedent search and training windows opened from the main window
 * are in high contrast too (they were in the default light theme), at the main window's scale; the search
 * window closes on Escape.
 */
class SecondaryWindowsLookGuiTest extends DemoWindowGuiTest {
    @Start
    void start(Stage stage) {
        open(stage);
        Preferences p = Preferences.defaults();
        Appearance.apply(stage.getScene(), new Preferences(p.language(), 150, Preferences.Theme.HIGH_CONTRAST,
                p.workspace(), p.identity(), p.thresholds(), p.extra()));
    }

    @Test
    void searchAndTrainingWindowsTakeTheMainWindowsLook(FxRobot robot) throws Exception {
        awaitDemoCase();
        Window main = view.getScene().getWindow();
        robot.interact(view::openPrecedentSearch);
        Stage search = other(main, "gui.search.window");
        assertThat(search.getScene().getStylesheets()).anyMatch(css -> css.endsWith("high-contrast.css"));
        assertThat(search.getScene().getRoot().getStyle()).isEqualTo(view.getScene().getRoot().getStyle());
        robot.interact(search::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !search.isShowing());

        robot.interact(view::openTraining);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showingOthers(main).size() == 1);
        Stage training = showingOthers(main).get(0);
        assertThat(training.getScene().getStylesheets()).anyMatch(css -> css.endsWith("high-contrast.css"));
        assertThat(training.getScene().getRoot().getStyle()).isEqualTo(view.getScene().getRoot().getStyle());
        robot.interact(training::hide);
    }

    private static Stage other(Window main, String titleKey) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showingOthers(main).stream()
                .anyMatch(s -> org.jrw.i18n.Messages.get(titleKey).equals(s.getTitle())));
        return showingOthers(main).stream().filter(s -> org.jrw.i18n.Messages.get(titleKey).equals(s.getTitle()))
                .findFirst().orElseThrow();
    }

    private static List<Stage> showingOthers(Window main) {
        return List.copyOf(Window.getWindows()).stream().filter(w -> w != main && w.isShowing() && w instanceof Stage)
                .map(w -> (Stage) w).toList();
    }
}
