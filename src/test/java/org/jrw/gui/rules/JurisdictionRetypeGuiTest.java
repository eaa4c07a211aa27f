package org.jrw.gui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first-start place question, refused, asks again with what was typed still there (it came back empty). */
@ExtendWith(ApplicationExtension.class)
class JurisdictionRetypeGuiTest {
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
    void aRefusedPlaceIsKeptForCorrection(FxRobot robot) throws Exception {
        Messages.setLanguage("zh");
        AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"));
        Platform.runLater(() -> JurisdictionPrompt.ask(stage, ctx, null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstJurisdiction").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#firstJurisdiction").queryAs(TextField.class).setText("陕西省西安市雁塔"));
        robot.clickOn(Messages.get("rules.gui.first.save"));
        // the second question carries the reason and the text as typed
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof Label l
                && l.getText() != null && l.getText().contains("不是可识别的地区")).tryQuery().isPresent());
        TextField again = robot.lookup("#firstJurisdiction").queryAs(TextField.class);
        assertThat(again.getText()).isEqualTo("陕西省西安市雁塔");
        robot.interact(() -> Window.getWindows().stream().filter(w -> w.getScene().getRoot() instanceof DialogPane)
                .toList().forEach(Window::hide));
        ctx.close();
    }
}
