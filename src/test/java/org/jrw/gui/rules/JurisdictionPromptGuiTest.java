package org.jrw.gui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jrw.gui.AppContext;
import org.jrw.gui.ShownDialogs;
import org.jrw.i18n.Messages;
import org.jrw.logic.settings.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 23: the first-start jurisdiction prompt shows its whole explanation in high contrast (it was cut off). */
@ExtendWith(ApplicationExtension.class)
class JurisdictionPromptGuiTest {
    @TempDir
    static Path tmp;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @Test
    void aJurisdictionReadAtStartNeedsNoLookupAndNoneSetIsAskedAtOnce(FxRobot robot) throws Exception {
        Messages.setLanguage("zh");
        try (AppContext ctx = new AppContext(tmp.resolve("ws-known"), tmp.resolve("config-known"))) {
            robot.interact(() -> JurisdictionPrompt.askIfMissing(stage, ctx, java.util.Optional.of("陕西省西安市")));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(ctx.tasks().tasks()).as("no lookup task while the window opens").isEmpty();
            assertThat(robot.lookup("#firstJurisdiction").tryQuery()).as("set: nothing asked").isEmpty();
            robot.interact(() -> JurisdictionPrompt.askIfMissing(stage, ctx, java.util.Optional.empty()));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstJurisdiction").tryQuery().isPresent());
            assertThat(ctx.tasks().tasks()).isEmpty();
            robot.interact(ShownDialogs::hideAll);
        }
    }

    @Test
    void theExplanationIsNotCutOffInHighContrast(FxRobot robot) throws Exception {
        Messages.setLanguage("zh");
        AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"));
        Preferences hc = new Preferences("zh", 100, Preferences.Theme.HIGH_CONTRAST, null, null, Map.of(), Map.of());
        robot.interact(() -> org.jrw.gui.Appearance.apply(stage.getScene(), hc));
        // Appearance.watchWindows gives every new window the theme, as in the workbench
        java.lang.reflect.Method watch = org.jrw.gui.Appearance.class.getDeclaredMethod("watchWindows",
                java.util.function.Supplier.class);
        watch.setAccessible(true);
        robot.interact(() -> {
            try {
                watch.invoke(null, (java.util.function.Supplier<Preferences>) () -> hc);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        Platform.runLater(() -> JurisdictionPrompt.ask(stage, ctx, "所属地区“火星省”不是中国的省级行政区"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstJurisdictionText").tryQuery().isPresent());
        Label text = robot.lookup("#firstJurisdictionText").queryAs(Label.class);
        // the dialog settles its size over a few layout pulses (a fixed 500 ms pause was too short for them on a
        // loaded machine): wait until it shows the label whole, then say what is cut if it never does
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                Text t = (Text) text.lookup(".text");
                return t != null && t.getText().replace("\n", "").equals(text.getText().replace("\n", ""))
                        && text.getHeight() >= text.prefHeight(text.getWidth()) - 0.5;
            }).get());
        } catch (java.util.concurrent.TimeoutException stillCut) {
            // reported by the assertions below
        }
        WaitForAsyncUtils.waitForFxEvents();
        // a cut-off label shows an ellipsis instead of its end
        Text shown = (Text) text.lookup(".text");
        assertThat(shown.getText().replace("\n", "")).isEqualTo(text.getText().replace("\n", ""));
        assertThat(text.getHeight()).isGreaterThanOrEqualTo(text.prefHeight(text.getWidth()) - 0.5);
        robot.interact(ShownDialogs::hideAll);
        ctx.close();
    }
}
