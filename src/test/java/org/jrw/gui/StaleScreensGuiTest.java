package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jrw.gui.cases.CaseListViewModel;
import org.jrw.i18n.Messages;
import org.jrw.logic.training.TrainingMaterial;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23 item 9: the case list says 正在打开工作区 while loading (not 没有符合条件的案件), a training
 * case appears without F5, and a screen rebuilt after a save keeps the focus instead of handing it
 * to the case filter.
 */
class StaleScreensGuiTest extends DemoWindowGuiTest {
    @Start
    void start(Stage stage) {
        show(stage, 1280, true);
    }

    @Test
    void loadingIsNotEmptyAndTrainingCasesAppearAtOnce(FxRobot robot) throws Exception {
        Label placeholder = robot.lookup("#caseListPlaceholder").queryAs(Label.class);
        assertThat(vm.cases().stateProperty().get()).isEqualTo(CaseListViewModel.State.LOADING);
        assertThat(placeholder.getText()).isEqualTo("正在打开工作区…").isNotEqualTo(Messages.get("gui.cases.empty"));
        robot.interact(() -> vm.start());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.cases().allCases().size() == 1
                && vm.cases().stateProperty().get() == CaseListViewModel.State.SHOWN);
        robot.interact(() -> vm.cases().textProperty().set("没有这个案件"));
        assertThat(vm.cases().stateProperty().get()).isEqualTo(CaseListViewModel.State.NO_MATCH);
        assertThat(placeholder.getText()).isEqualTo(Messages.get("gui.cases.empty"));
        robot.interact(() -> vm.cases().textProperty().set(""));

        // a training case made from the material is listed without a refresh
        var tvm = new org.jrw.gui.training.TrainingViewModel(ctx, null);
        TrainingMaterial.Item item = TrainingMaterial.list().stream()
                .filter(i -> !TrainingMaterial.DEMO.equals(i.id())).findFirst().orElseThrow();
        robot.interact(() -> tvm.start(item));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.cases().allCases().size() == 2);
        assertThat(vm.cases().allCases()).anyMatch(c -> c.caseNumber().equals(TrainingMaterial.caseNumber(item.id())));
    }

    @Test
    void aScreenRebuiltAfterASaveKeepsTheFocus(FxRobot robot) throws Exception {
        robot.interact(() -> vm.start());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.overview().dossier() != null
                && robot.lookup("#overviewTabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#overviewTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(0));
        // a field in the overview has the focus, then its content is replaced (as a form rebuilt after a save)
        TextField field = new TextField("x");
        field.setId("someField");
        javafx.scene.layout.VBox holder = new javafx.scene.layout.VBox(field);
        Node before = tabs.getSelectionModel().getSelectedItem().getContent();
        robot.interact(() -> {
            tabs.getSelectionModel().getSelectedItem().setContent(holder);
        });
        robot.interact(field::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.isFocused()).isTrue();
        TextField again = new TextField("y");
        again.setId("someField");
        robot.interact(() -> holder.getChildren().setAll(again));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        TextField filter = robot.lookup("#caseFilter").queryAs(TextField.class);
        assertThat(filter.isFocused()).as("the case filter took the focus").isFalse();
        assertThat(again.isFocused()).isTrue();
        robot.interact(() -> tabs.getSelectionModel().getSelectedItem().setContent(before));
    }
}
