package org.jrw.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.jrw.gui.AppContext;
import org.jrw.logic.search.Hit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 全部相符 / 部分相符 answer search terms: the whole library listed with no term carries neither badge. */
@ExtendWith(ApplicationExtension.class)
class SearchBadgeGuiTest {
    @TempDir
    static Path tmp;
    private SearchWindow window;
    private AppContext ctx;
    private PrecedentSearchViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = SearchLibrary.workspace(tmp);
        window = SearchWindow.open(stage, dir, () -> null);
        ctx = window.ctx();
        vm = window.vm();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void noBadgeWithoutATermAndOneForEachHitOfATerm(FxRobot robot) throws Exception {
        ListView<Hit> results = robot.lookup("#searchResults").queryAs(ListView.class);
        robot.interact(() -> vm.queryProperty().set(""));
        robot.interact(vm::searchNow);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !results.getItems().isEmpty() && !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".match-all").queryAll()).isEmpty();
        assertThat(robot.lookup(".match-partial").queryAll()).isEmpty();

        robot.interact(() -> vm.queryProperty().set("无证焊接"));
        robot.interact(vm::searchNow);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.busyProperty().get()
                && !robot.lookup(".match-all").queryAll().isEmpty());
        assertThat(robot.lookup(".match-all").queryAll()).isNotEmpty();
    }
}
