package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jrw.i18n.Messages;
import org.jrw.logic.demo.DemoContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * First start (issue 23): the demo case is listed as soon as it is imported, with the progress in
 * the status bar; the precedent corpus is indexed afterwards, in its own background task.
 */
@ExtendWith(ApplicationExtension.class)
class DemoFirstStartGuiTest {
    @TempDir
    static Path tmp;
    private AppContext ctx;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        ctx = new AppContext(tmp.resolve("ws-" + System.nanoTime()), tmp.resolve("config-" + System.nanoTime()));
        vm = new MainViewModel(ctx);
        stage.setScene(new Scene(new MainView(vm, stage::close), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        ctx.close();
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
        assertThat(progress).as("the status bar said what was loading")
                .anyMatch(m -> m != null && m.contains(Messages.get("gui.task.loadingDemo")));
        // … and then they are in, with the case open meanwhile
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !ctx.tasks().runningProperty().get()
                && vm.overview().dossier() != null && DemoContent.precedentCount(ctx.openWorkspace()) > 0);
    }
}
