package org.jrw.gui.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.jrw.gui.task.TaskRunner;
import org.jrw.i18n.Messages;
import org.jrw.logic.law.LawVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The law library window shows the 安全生产法 in the version picked: 2014's 第九十六条 with its 2014
 * wording and a link to the 2021 article it became (第九十九条), and back; a citation with a date
 * opens the version in force on that date.
 */
@ExtendWith(ApplicationExtension.class)
class LawViewerGuiTest {
    /** Wording only the 2014 text has (2021 第九十九条: 责令限期改正，处五万元以下的罚款). */
    private static final String ONLY_2014 = "责令限期改正，可以处五万元以下的罚款";
    private TaskRunner tasks;
    private LawViewerViewModel vm;

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        tasks = new TaskRunner();
        vm = new LawViewerViewModel(tasks, () -> LocalDate.of(2026, 11, 25));
        stage.setScene(new Scene(new LawViewerView(vm), 1200, 800));
        stage.show();
        vm.load();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @Test
    void the2014VersionShowsItsOwnTextAndTheRenumbered2021Article(FxRobot robot) throws Exception {
        TextArea text = robot.lookup("#lawText").queryAs(TextArea.class);
        Label state = robot.lookup("#lawVersionState").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.articleProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat((Object) robot.lookup("#lawChoice").query()).isInstanceOf(org.controlsfx.control.SearchableComboBox.class);
        pick(robot, "#lawChoice", "中华人民共和国安全生产法");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.articleProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> versions = robot.lookup("#lawVersion").queryAs(ComboBox.class);
        assertThat(versions.isVisible()).isTrue();
        assertThat(versions.getItems()).hasSize(2);
        assertThat(vm.versionProperty().get().id()).isEqualTo("2021");
        assertThat(state.getText()).contains("2021年修正").contains("现行有效");

        pick(robot, "#lawVersion", "2014年修正 · 2014-12-01 至 2021-08-31");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "2014".equals(vm.versionProperty().get().id())
                && vm.articleProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getText()).contains("2014年修正").contains("已被修改").contains("2021-09-01");

        // go to 第九十六条 in the chosen (2014) version
        TextField cite = robot.lookup("#lawCite").queryAs(TextField.class);
        robot.interact(() -> cite.setText("第九十六条"));
        robot.clickOn(cite).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text.getText().contains("第九十六条 "));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.versionProperty().get().id()).isEqualTo("2014");
        assertThat(text.getText()).contains("第九十六条 生产经营单位有下列行为之一的").contains(ONLY_2014);
        Hyperlink to2021 = link(robot);
        assertThat(to2021.getText()).contains("2021年修正").contains("第九十九条");

        // and back: the 2021 article names the 2014 one
        robot.clickOn(to2021);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text.getText().contains("第九十九条 "));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.versionProperty().get().id()).isEqualTo("2021");
        assertThat(text.getText()).doesNotContain(ONLY_2014);
        assertThat(state.getText()).contains("现行有效");
        assertThat(link(robot).getText()).contains("2014年修正").contains("第九十六条");

        // opened from a finding of a 2019 case: the version in force then
        robot.interact(() -> vm.goTo("《安全生产法》第九十六条", LocalDate.of(2019, 5, 1)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text.getText().contains(ONLY_2014));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.versionProperty().get().id()).isEqualTo("2014");
        LawVersion shown = (LawVersion) versions.getValue();
        assertThat(shown.id()).isEqualTo("2014");
    }

    private static void pick(FxRobot robot, String combo, String item) {
        robot.clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".combo-box-popup .list-cell")
                .match((Labeled l) -> item.equals(l.getText())).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Hyperlink link(FxRobot robot) {
        FlowPane pane = robot.lookup("#lawCounterparts").queryAs(FlowPane.class);
        assertThat(pane.getChildren()).hasSize(1);
        return (Hyperlink) pane.getChildren().get(0);
    }
}
