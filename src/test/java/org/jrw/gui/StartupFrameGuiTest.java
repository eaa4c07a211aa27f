package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
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
 * The workbench's first usable frame (issue 23, bench/startup): the start-up probe speaks only
 * once the case list is filled and the case's overview is laid out, and that frame holds only the
 * shown tab: the other tabs of the overview are built when first selected.
 */
@ExtendWith(ApplicationExtension.class)
class StartupFrameGuiTest {
    @TempDir
    static Path tmp;
    private AppContext ctx;
    private MainViewModel vm;
    private MainView view;
    private Scene scene;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream out;

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        ctx = new AppContext(tmp.resolve("ws-" + System.nanoTime()), tmp.resolve("config-" + System.nanoTime()));
        vm = new MainViewModel(ctx);
        view = new MainView(vm, stage::close);
        scene = new Scene(view, 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        System.clearProperty("jrw.startupProbe");
        if (out != null) {
            System.setOut(out);
        }
        ctx.close();
    }

    @Test
    void theProbeSpeaksOnlyOnceTheListIsFilledAndTheOverviewLaidOut(FxRobot robot) throws Exception {
        System.clearProperty("jrw.startupProbe.exit");
        System.setProperty("jrw.startupProbe", "true");
        out = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        robot.interact(() -> StartupProbe.usable(scene, StartupProbe.caseShown(vm, view)));
        // frames go by with the window empty (workspace not opened yet): no usable frame
        for (int i = 0; i < 5; i++) {
            robot.interact(view::requestLayout);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("JRW_USABLE");

        robot.interact(() -> vm.start());
        // the CPU times follow the mark (reading them is not part of the measured start)
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> printed.toString(StandardCharsets.UTF_8).contains("JRW_CPU fx "));
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).containsOnlyOnce("JRW_USABLE").contains("JRW_CPU fx ");
        assertThat(text.indexOf("JRW_USABLE")).as("the mark before the CPU times").isLessThan(text.indexOf("JRW_CPU"));
        assertThat(vm.cases().shownCases()).isNotEmpty();
        assertThat(vm.overview().dossier()).isNotNull();
        TabPane tabs = robot.lookup("#overviewTabs").queryAs(TabPane.class);
        assertThat(tabs.getWidth()).as("laid out").isPositive();
        assertThat(robot.lookup("#caseNumberLabel").tryQuery()).isPresent();
    }

    @Test
    void theHiddenTabsOfTheOverviewAreBuiltWhenFirstSelected(FxRobot robot) throws Exception {
        robot.interact(() -> vm.start());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.overview().dossier() != null
                && robot.lookup("#overviewTabs").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#overviewTabs").queryAs(TabPane.class);
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        assertThat(shown.getId()).isEqualTo("summaryTab");
        assertThat(robot.lookup("#summaryPane").tryQuery()).isPresent();
        List<Tab> hidden = tabs.getTabs().stream().filter(t -> t != shown).toList();
        assertThat(hidden).extracting(Tab::getId).contains("checksTab", "editTab", "documentsTab", "evidenceTab",
                "evidenceWorkspaceTab", "evidenceMatrixTab", "reviewTab", "evaluationTab");
        assertThat(hidden).allSatisfy(t -> assertThat(t.getContent()).as(t.getId()).isNull());
        for (String id : List.of("#checksSummary", "#editForms", "#evaluationView", "#reviewView", "#evidenceMatrix",
                "#documentTree", "#evidenceTree")) {
            assertThat(robot.lookup(id).tryQuery()).as(id + " not in the first frame").isEmpty();
        }

        // selected: built, in the window, and showing what its view-model holds
        robot.interact(() -> tabs.getSelectionModel().select(tab(tabs, "reviewTab")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#reviewGrid .point-name").tryQuery().isPresent());
        assertThat(robot.lookup("#reviewView").tryQuery()).isPresent();
        robot.interact(() -> tabs.getSelectionModel().select(tab(tabs, "checksTab")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#checksSummary").tryQuery().isPresent());
        robot.interact(() -> tabs.getSelectionModel().select(tab(tabs, "evidenceMatrixTab")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#evidenceMatrix .check-box").tryQuery().isPresent());
        robot.interact(() -> tabs.getSelectionModel().select(tab(tabs, "documentsTab")));
        assertThat(robot.lookup("#documentTree").tryQuery()).isPresent();
        assertThat(tab(tabs, "checksTab").getContent()).as("built once, kept").isNotNull();
    }

    @Test
    void workThatCanWaitRunsOnceAfterTheFirstFrameInWhichTheWindowIsReady(FxRobot robot) throws Exception {
        java.util.concurrent.atomic.AtomicBoolean ready = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> StartupProbe.afterFrameWhere(scene, ready::get, ran::incrementAndGet));
        for (int i = 0; i < 3; i++) {
            robot.interact(view::requestLayout);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(ran).as("not before the window is ready").hasValue(0);
        ready.set(true);
        assertThat(ran).as("not before a frame is laid out").hasValue(0);
        for (int i = 0; i < 3; i++) {
            robot.interact(view::requestLayout);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(ran).as("once").hasValue(1);
    }

    private static Tab tab(TabPane tabs, String id) {
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }
}
