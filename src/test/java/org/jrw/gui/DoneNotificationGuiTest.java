package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jrw.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23 (ControlsFX): a finished export is confirmed by a notification that fades by itself
 * (ControlsFX Notifications), not by a modal dialog the user must close.
 */
@ExtendWith(ApplicationExtension.class)
class DoneNotificationGuiTest {
    @TempDir
    static Path tmp;
    private AppContext ctx;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        ctx = new AppContext(tmp.resolve("ws-" + System.nanoTime()), tmp.resolve("cfg-" + System.nanoTime()));
        vm = new MainViewModel(ctx);
        stage.setScene(new Scene(new MainView(vm, stage::close), 1280, 800));
        stage.show();
        vm.start();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w instanceof PopupWindow || w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .forEach(Window::hide));
        ctx.close();
    }

    private static List<String> texts(Node n) {
        List<String> out = new ArrayList<>();
        if (n instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
        }
        return out;
    }

    private static List<String> notificationTexts() {
        List<String> out = new ArrayList<>();
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w instanceof PopupWindow && w.isShowing() && w.getScene() != null
                    && w.getScene().getRoot().lookup(".notification-bar") != null) {
                out.addAll(texts(w.getScene().getRoot()));
            }
        }
        return out;
    }

    @Test
    void anExportIsConfirmedByANotificationNotADialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> vm.overview().dossier() != null
                && !ctx.tasks().runningProperty().get());
        Path out = tmp.resolve("export-" + System.nanoTime() + ".jrcase");
        robot.interact(() -> vm.exportCurrent(out));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(out) && !ctx.tasks().runningProperty().get());
        List<String>[] shown = new List[1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            robot.interact(() -> shown[0] = notificationTexts());
            return shown[0].contains(Messages.get("gui.export.title"));
        });
        assertThat(String.join("\n", shown[0])).contains(out.getFileName().toString());
        boolean[] dialog = new boolean[1];
        robot.interact(() -> dialog[0] = Window.getWindows().stream().anyMatch(w -> w.isShowing()
                && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane));
        assertThat(dialog[0]).as("no modal dialog for a finished export").isFalse();
    }
}
