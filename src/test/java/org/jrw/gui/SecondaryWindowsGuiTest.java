package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jrw.logic.settings.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23: a secondary window (precedent search, dashboard, typical case, training) is in the main
 * window's look — high contrast, scale and font — and the reading windows close on Escape unless a
 * control in them used the key (an open list closes first).
 */
@ExtendWith(ApplicationExtension.class)
class SecondaryWindowsGuiTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        Scene scene = new Scene(new StackPane(new Label("主窗口")), 400, 300);
        Preferences p = Preferences.defaults();
        Appearance.apply(scene, new Preferences(p.language(), 150, Preferences.Theme.HIGH_CONTRAST, p.workspace(),
                p.identity(), p.thresholds(), p.extra()));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aSecondaryWindowTakesTheMainWindowsLookAndEscapeClosesIt(FxRobot robot) {
        ComboBox<String> choices = new ComboBox<>(javafx.collections.FXCollections.observableArrayList("甲", "乙"));
        Stage[] w = new Stage[1];
        robot.interact(() -> {
            w[0] = SecondaryWindows.closeOnEscape(SecondaryWindows.create(owner, "类案检索", new VBox(choices), 500, 300));
            w[0].show();
        });
        Scene s = w[0].getScene();
        assertThat(s.getStylesheets()).isEqualTo(owner.getScene().getStylesheets())
                .anyMatch(css -> css.endsWith("high-contrast.css"));
        assertThat(s.getRoot().getStyle()).isEqualTo(owner.getScene().getRoot().getStyle()).contains("-fx-font-size");
        assertThat(w[0].getOwner()).isSameAs(owner);
        // asked 500 × 300 at 100 %: at the owner's 150 % it is 750 × 450 (Monocle's screen is larger)
        assertThat(s.getWidth()).isEqualTo(750);
        assertThat(s.getHeight()).isEqualTo(450);

        // an open list takes Escape first: the window stays
        robot.interact(() -> {
            w[0].requestFocus();
            choices.requestFocus();
            choices.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(choices.isShowing()).isFalse();
        assertThat(w[0].isShowing()).as("Escape closed the list, not the window").isTrue();
        // then Escape closes the window
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w[0].isShowing()).isFalse();
    }
}
