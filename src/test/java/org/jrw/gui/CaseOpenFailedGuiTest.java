package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jrw.gui.ListState.Kind;
import org.jrw.model.CaseSummary;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window while a case opens and when it cannot be read: the overview says it is opening the
 * selected case, and on failure shows neither the previous case under the new selection nor "select a
 * case", but why it failed; selecting a readable case shows it again.
 */
class CaseOpenFailedGuiTest extends DemoWindowGuiTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    @Test
    void aCaseThatCannotBeReadIsTheOverviewsFailedStateNotThePreviousCase(FxRobot robot) throws Exception {
        awaitDemoCase();
        CaseSummary demo = vm.cases().selectedProperty().get();
        java.util.List<Kind> states = new java.util.ArrayList<>();
        robot.interact(() -> vm.overview().caseState().kindProperty().addListener((o, a, k) -> states.add(k)));
        CaseSummary gone = new CaseSummary("no-such-case", "西应急罚〔2099〕1号", "已删除的案件", null, null, null, null);
        robot.interact(() -> vm.cases().selectedProperty().set(gone));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.overview().caseState().kind() == Kind.FAILED);
        // the placeholder takes its error style in a listener of that state: let the event finish
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(states).startsWith(Kind.LOADING);
        assertThat(vm.overview().dossier()).isNull();
        Label placeholder = robot.lookup("#overviewPlaceholder").queryAs(Label.class);
        assertThat(placeholder.getText()).startsWith("加载失败：").contains("no-such-case");
        assertThat(placeholder.getStyleClass()).contains("placeholder-error");
        // the error dialog is shown as before; close it
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));

        robot.interact(() -> vm.cases().selectedProperty().set(demo));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.overview().dossier() != null);
        WaitForAsyncUtils.waitForFxEvents(); // the states follow the dossier in its listener
        assertThat(vm.overview().caseState().kind()).isEqualTo(Kind.SHOWN);
        assertThat(vm.overview().documentsState().kind()).isEqualTo(Kind.SHOWN);
    }

    /** An open given up without a result (cancelled) leaves no spinner over the case still shown. */
    @Test
    void anOpenThatEndsWithoutAResultLeavesNoSpinner(FxRobot robot) throws Exception {
        awaitDemoCase();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> ctx.tasks().tasks().isEmpty());
        // a task holds the runner, so the open below waits in the queue and is cancelled there
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        robot.interact(() -> ctx.tasks().run("busy", p -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }, x -> { }, t -> { }));
        CaseSummary other = new CaseSummary("queued-case", "西应急罚〔2099〕2号", "排队中的案件", null, null, null, null);
        robot.interact(() -> vm.cases().selectedProperty().set(other));
        assertThat(vm.overview().documentsState().kind()).isEqualTo(Kind.LOADING);
        robot.interact(() -> ctx.tasks().tasks().get(ctx.tasks().tasks().size() - 1).cancel());
        release.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.overview().isOpening());
        WaitForAsyncUtils.waitForFxEvents(); // the case's state is set first, the trees' states just after
        assertThat(vm.overview().caseState().kind()).isEqualTo(Kind.SHOWN);
        assertThat(vm.overview().documentsState().kind()).isEqualTo(Kind.SHOWN);
        assertThat(vm.overview().dossier()).as("the case still shown").isNotNull();
    }
}
