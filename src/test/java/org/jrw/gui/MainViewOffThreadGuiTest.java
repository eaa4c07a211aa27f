package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jrw.gui.task.TaskRunner;
import org.jrw.i18n.Messages;
import org.jrw.logic.task.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start-up builds the main window on the JavaFX launcher thread while the JavaFX thread reads
 * the theme ({@code WorkbenchApp.init}): the view-model, the view and the first case must be
 * buildable off the JavaFX thread (nothing in them may create a window or need that thread), and
 * the window shows them once it is put in a stage.
 */
@ExtendWith(ApplicationExtension.class)
class MainViewOffThreadGuiTest {
    @TempDir
    static Path tmp;
    private Stage stage;
    private AppContext ctx;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (ctx != null) {
            ctx.close();
        }
    }

    @Test
    void theWindowBuiltOffTheJavaFxThreadShowsTheCase(FxRobot robot) throws Exception {
        Messages.setLanguage("zh");
        Path ws = tmp.resolve("ws");
        try (AppContext demo = new AppContext(ws, tmp.resolve("config"), TaskRunner.sameThread())) {
            demo.loadDemoDossier(Progress.NONE);
        }
        AtomicReference<MainView> built = new AtomicReference<>();
        AtomicReference<MainViewModel> model = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread builder = new Thread(() -> {
            try {
                ctx = new AppContext(ws, tmp.resolve("config"));
                MainViewModel vm = new MainViewModel(ctx);
                MainView view = new MainView(vm, Platform::exit);
                vm.start(CompletableFuture.completedFuture(EarlyStart.read(ctx)));
                model.set(vm);
                built.set(view);
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "builder");
        builder.start();
        builder.join(60_000);
        assertThat(failure.get()).as("built off the JavaFX thread without an error").isNull();
        assertThat(model.get().overview().dossier()).as("the case read early is in the view before it is shown").isNotNull();
        String caseNumber = model.get().overview().dossier().caseInfo().caseNumber();
        robot.interact(() -> {
            stage.setScene(new Scene(built.get(), 1280, 800));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#caseNumberLabel").tryQuery().isPresent());
        assertThat(robot.lookup("#caseNumberLabel").queryAs(Label.class).getText()).isEqualTo(caseNumber);
        assertThat(robot.lookup("#caseList").tryQuery()).isPresent();
    }
}
