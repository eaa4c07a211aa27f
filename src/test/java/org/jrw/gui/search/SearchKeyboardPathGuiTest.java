package org.jrw.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.jrw.gui.AppContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.jrw.gui.KeyboardPath;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 23, the search window with the keyboard: the query, the actions, facets and results in order, no trap. */
@ExtendWith(ApplicationExtension.class)
class SearchKeyboardPathGuiTest {
    @TempDir
    static Path tmp;
    private SearchWindow window;
    private AppContext ctx;
    private PrecedentSearchViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
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
    void queryThenActionsThenResultsAndRound(FxRobot robot) throws Exception {
        robot.interact(() -> vm.queryProperty().set("焊接"));
        robot.interact(vm::searchNow);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.hits().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        KeyboardPath p = KeyboardPath.walk(robot, robot.lookup("#searchQuery").query(), 150);
        assertThat(p.indexOf("searchResults")).as("path %s", p.ids()).isGreaterThan(0);
        assertThat(p.cycled).as("no trap: %s", p.ids()).isTrue();
        assertThat(p.unreached(stage.getScene().getRoot())).as("controls Tab never reaches").isEmpty();
    }
}
