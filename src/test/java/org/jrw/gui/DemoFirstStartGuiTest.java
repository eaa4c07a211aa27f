package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.jrw.i18n.Messages;
import org.jrw.logic.demo.DemoContent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * First start (issue 23): the demo case is listed as soon as it is imported, with the progress in
 * the status bar; the precedent corpus is indexed afterwards, in its own background task.
 */
class DemoFirstStartGuiTest extends DemoWindowGuiTest {
    @Start
    void start(Stage stage) {
        show(stage, 1280, true);
    }

    @Test
    void theDemoCaseIsListedBeforeThePrecedentsAreIndexed(FxRobot robot) throws Exception {
        AtomicInteger precedentsWhenListed = new AtomicInteger(-1);
        List<String> progress = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            ctx.tasks().messageProperty().addListener((o, a, m) -> progress.add(m));
            vm.cases().shownCases().addListener((javafx.collections.ListChangeListener<org.jrw.model.CaseSummary>) c -> {
                if (!vm.cases().shownCases().isEmpty() && precedentsWhenListed.get() < 0) {
                    precedentsWhenListed.set(DemoContent.precedentCount(ctx.openWorkspace()));
                }
            });
            vm.start();
        });
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> precedentsWhenListed.get() >= 0);
        assertThat(precedentsWhenListed).as("precedents indexed when the demo case was listed").hasValue(0);
        // the loading task is queued right after the list is filled; its message reaches the status
        // bar on the JavaFX thread a moment later
        String loading = Messages.get("gui.task.loadingDemo");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> progress.stream().anyMatch(m -> m != null && m.contains(loading)));
        assertThat(progress).as("the status bar said what was loading")
                .anyMatch(m -> m != null && m.contains(Messages.get("gui.task.loadingDemo")));
        // … and then they are in, with the case open meanwhile
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !ctx.tasks().runningProperty().get()
                && vm.overview().dossier() != null && DemoContent.precedentCount(ctx.openWorkspace()) > 0);
    }
}
