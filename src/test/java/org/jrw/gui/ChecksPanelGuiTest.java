package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.jrw.gui.checks.ChecksViewModel;
import org.jrw.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 合法性审查 tab checks the open case in the background; the law library opens at an article. */
class ChecksPanelGuiTest extends DemoWindowGuiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theDemoCasePassesTheLegalityReviewAndTheLawLibraryShowsArticles(FxRobot robot) throws Exception {
        awaitDemoCase();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(Messages.get("gui.tab.checks"));
        Label summary = robot.lookup("#checksSummary").queryAs(Label.class);
        // no error; the demo's first offence, corrected in time, gets the one warning of 第三十三条第一款
        // (可以不予行政处罚, a warning as the contract has it), and notes say which local rules are not imported
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> summary.getText().startsWith(Messages.get("gui.checks.summary", 0, 1, 0)));
        // the notes (local rules not imported) are counted on their own, never as 提示 0 项 above three notes
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> summary.getText().contains("未核对事项"));
        Label notes = robot.lookup("#checksNotes").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.getText().contains("本地裁量基准未导入"));
        assertThat(ChecksViewModel.CATEGORIES).hasSize(6);

        robot.interact(() -> org.jrw.gui.law.LawViewerView.show(null, ctx.tasks(), "《安全生产法》第九十七条第七项"));
        @SuppressWarnings("unchecked")
        ListView<Object> toc = robot.lookup("#lawToc").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> toc.getSelectionModel().getSelectedItem() != null
                && toc.getSelectionModel().getSelectedItem().toString().startsWith("第九十七条"));
        javafx.scene.control.TextArea text = robot.lookup("#lawText").queryAs(javafx.scene.control.TextArea.class);
        assertThat(text.getText()).contains("特种作业人员未按照规定经专门的安全作业培训");
    }
}
