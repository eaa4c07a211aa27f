package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.jrw.gui.task.TaskStatusBar;
import org.jrw.i18n.Messages;
import org.jrw.logic.task.CancelledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23 (ControlsFX): the main window's status bar is a ControlsFX StatusBar fed by the
 * TaskRunner: a running task's progress and message show, the task list (TaskProgressView) holds
 * it and the waiting one, and the status bar's cancel stops the running task.
 */
@ExtendWith(ApplicationExtension.class)
class TaskStatusBarGuiTest {
    @TempDir
    static Path tmp;
    private AppContext ctx;

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        ctx = new AppContext(tmp.resolve("ws-" + System.nanoTime()), tmp.resolve("cfg-" + System.nanoTime()));
        stage.setScene(new Scene(new MainView(new MainViewModel(ctx), stage::close), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void showsTheRunningTaskAndItsCancelStopsIt(FxRobot robot) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        AtomicReference<String> second = new AtomicReference<>();
        assertThat(robot.lookup("#taskCancel").tryQuery()).as("no task yet: the task controls are not built, "
                + "so the window's first frame does without them").isEmpty();
        robot.interact(() -> {
            ctx.tasks().run("长任务", p -> {
                started.countDown();
                while (!p.isCancelled()) {
                    p.update(3, 10, "第 3 步");
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                throw new CancelledException();
            }, v -> { }, outcome::set);
            ctx.tasks().run("第二项任务", p -> "done", second::set, t -> { });
        });
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
        StatusBar bar = robot.lookup("#statusBar").queryAs(StatusBar.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(bar.getProgress() - 0.3) < 1e-6);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#taskMessage").queryAs(Label.class).getText()).isEqualTo("长任务 · 第 3 步");
        TaskStatusBar tsb = (TaskStatusBar) bar;
        List<String> titles = new java.util.ArrayList<>();
        robot.interact(() -> tsb.taskList().getTasks().forEach(t -> titles.add(t.getTitle())));
        assertThat(titles).containsExactly("长任务", "第二项任务");
        assertThat(robot.lookup("#taskListButton").queryButton().getText()).isEqualTo(Messages.get("controls.tasks.count", 2));
        // the list (ControlsFX TaskProgressView) in its pop-over, its cancel buttons in the UI language
        robot.interact(() -> robot.lookup("#taskListButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tsb.taskList().getScene() != null
                && tsb.taskList().lookupAll(".task-cancel-button").size() >= 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tsb.taskList().lookupAll(".task-cancel-button")).allMatch(b -> b.isVisible()
                && Messages.get("gui.task.cancel").equals(((Button) b).getText()));
        robot.interact(() -> robot.lookup("#taskListButton").queryButton().fire());
        Button cancel = robot.lookup("#taskCancel").queryButton();
        assertThat(cancel.isVisible()).isTrue();
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outcome.get() != null && second.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(outcome.get()).isInstanceOf(CancelledException.class);
        assertThat(bar.getProgress()).isEqualTo(0.0);
        assertThat(tsb.taskList().getTasks()).isEmpty();
        assertThat(cancel.isVisible()).isFalse();
    }
}
