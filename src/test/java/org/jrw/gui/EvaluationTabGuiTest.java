package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jrw.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 案卷评查 tab grades the demo case 96, 优秀, item by item. */
@ExtendWith(ApplicationExtension.class)
class EvaluationTabGuiTest {
    @TempDir
    static Path tmp;
    private AppContext ctx;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        ctx = new AppContext(tmp.resolve("ws-" + System.nanoTime()));
        vm = new MainViewModel(ctx);
        stage.setScene(new Scene(new MainView(vm, stage::close), 1200, 800));
        stage.show();
        vm.start();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void theEvaluationTabGradesTheDemoCase(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.overview().dossier() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(Messages.get("gui.eval.tab"));
        Label score = robot.lookup("#evaluationScore").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "96".equals(score.getText())); // 自由裁量 −4 (第三十三条第一款)
        Label grade = robot.lookup("#evaluationGrade").queryAs(Label.class);
        assertThat(grade.getText()).isEqualTo("优秀");
        TableView<?> table = robot.lookup("#evaluationTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(7);
    }
}
