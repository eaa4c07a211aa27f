package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jrw.gui.evaluation.EvaluationViewModel;
import org.jrw.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 案卷评查 tab grades the demo case 96, 优秀, item by item. */
class EvaluationTabGuiTest extends DemoWindowGuiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theEvaluationTabGradesTheDemoCase(FxRobot robot) throws Exception {
        awaitDemoCase();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(Messages.get("gui.eval.tab"));
        Label score = robot.lookup("#evaluationScore").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "96".equals(score.getText())); // 自由裁量 −4 (第三十三条第一款)
        WaitForAsyncUtils.waitForFxEvents(); // the grade and the table are filled after the score, in the same event
        Label grade = robot.lookup("#evaluationGrade").queryAs(Label.class);
        assertThat(grade.getText()).isEqualTo("优秀");
        TableView<?> table = robot.lookup("#evaluationTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(7);

        // item 6: the built-in model is an example patterned on other provinces: a visible caveat names
        // them and the case's own place
        Label caveat = robot.lookup("#evaluationCaveat").queryAs(Label.class);
        assertThat(caveat.isVisible()).isTrue();
        assertThat(caveat.getText()).contains("山东省、浙江省", "示例", "西安市", "仅供参考");
        assertThat(caveat.getText()).doesNotContain("【知】", "http", "鲁司");

        // item 6: recorded, then after a restart the stored evaluation is shown as recorded
        robot.interact(() -> robot.lookup("#evaluationRecord").queryButton().fire());
        EvaluationViewModel evm = ((org.jrw.gui.evaluation.EvaluationView) robot.lookup("#evaluationView").query())
                .viewModel();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> evm.resultProperty().get() != null
                && evm.resultProperty().get().stored());
        org.jrw.model.Dossier shown = vm.overview().dossier();
        ctx.close();
        AppContext again = new AppContext(ctx.workspaceDir());
        try {
            EvaluationViewModel restarted = new EvaluationViewModel(again);
            robot.interact(() -> restarted.dossierProperty().set(shown));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> restarted.resultProperty().get() != null);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(restarted.resultProperty().get().stored()).isTrue();
            assertThat(restarted.statusProperty().get()).contains("已于").doesNotContain("尚未记录");
            assertThat(restarted.resultProperty().get().evaluation().score()).isEqualTo(96);
            assertThat(restarted.caveatProperty().get()).contains("示例");
        } finally {
            again.close();
        }
    }

    /** A model of the case's own place, not an example, carries no caveat; another place's does. */
    @Test
    void aLocalModelAppliesAndAnotherPlacesDoesNot() throws Exception {
        var json = org.jrw.codec.Json.parse(org.jrw.logic.evaluation.EvaluationModel.builtIn().json().toString()
                .replace("\"example\":true", "\"example\":false")
                .replace("\"jurisdiction\":\"山东省、浙江省\"", "\"jurisdiction\":\"陕西省\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var local = new org.jrw.logic.evaluation.EvaluationModel(json);
        var xian = org.jrw.logic.jurisdiction.Region.parse("陕西省西安市雁塔区");
        assertThat(local.appliesTo(xian)).isTrue();
        assertThat(local.appliesTo(org.jrw.logic.jurisdiction.Region.parse("山东省济南市"))).isFalse();
        assertThat(org.jrw.logic.evaluation.EvaluationModel.builtIn().appliesTo(xian)).isFalse();
    }
}
