package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23, the keyboard path of the main window: from the case filter through the list into the
 * case's tabs and back round without a trap; on the evaluation tab the actions come in reading order.
 */
class MainKeyboardPathGuiTest extends DemoWindowGuiTest {
    @Start
    void start(Stage stage) {
        open(stage, 1280, true);
    }

    private void ready(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> vm.overview().dossier() != null
                && robot.lookup("#overviewTabs").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fromTheCaseFilterThroughTheListToTheCaseTabsAndRound(FxRobot robot) throws Exception {
        ready(robot);
        Node filter = robot.lookup("#caseFilter").query();
        KeyboardPath p = KeyboardPath.walk(robot, filter, 120);
        int list = p.indexOf("caseList");
        int tabs = p.indexOf("overviewTabs");
        assertThat(p.indexOf("caseStatusFilter")).as("path %s", p.ids()).isGreaterThan(0);
        assertThat(list).as("path %s", p.ids()).isGreaterThan(p.indexOf("caseDistrictFilter"));
        assertThat(tabs).as("the case's tabs after the list: %s", p.ids()).isGreaterThan(list);
        assertThat(p.cycled).as("Tab comes back to the filter (no trap): %s", p.ids()).isTrue();
    }

    @Test
    void theEvaluationTabsActionsInReadingOrder(FxRobot robot) throws Exception {
        ready(robot);
        TabPane tabs = robot.lookup("#overviewTabs").queryAs(TabPane.class);
        Tab eval = tabs.getTabs().stream().filter(t -> "evaluationTab".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(eval));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#evaluationRecord").queryButton().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        KeyboardPath p = KeyboardPath.walk(robot, robot.lookup("#evaluationRecord").query(), 120);
        int last = -1;
        for (String id : new String[] {"evaluationRecord", "evaluationReport", "typicalOpen", "dashboardOpen",
                "evaluationTable"}) {
            int at = p.indexOf(id);
            assertThat(at).as("%s on the path %s", id, p.ids()).isGreaterThan(last);
            last = at;
        }
        assertThat(p.cycled).as("no trap: %s", p.ids()).isTrue();
        robot.interact(() -> Accessibility.describe(view));
        var missing = new java.util.ArrayList<String>();
        robot.interact(() -> missing.addAll(AccessibilityGuiTest.unnamed(eval.getContent(), "evaluation")));
        assertThat(missing).isEmpty();
    }

    /**
     * Waits until the screen's background load has reached it (a fixed pause was not enough on a loaded machine:
     * the review's controls, the render button the walk starts from among them, are disabled or not built until
     * the review is loaded, and controls appearing during the walk were reported as never reached).
     */
    private static void loaded(FxRobot robot, String screenId) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + screenId).tryQuery().isPresent());
        Node screen = robot.lookup("#" + screenId).query();
        if (screen instanceof org.jrw.gui.review.ReviewView review) {
            org.jrw.gui.review.ReviewViewModel rvm = review.viewModel();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> rvm.review() != null && !rvm.isBusy());
        } else if (screen instanceof org.jrw.gui.evidence.EvidenceWorkspaceView reader) {
            org.jrw.gui.evidence.EvidenceWorkspaceViewModel ev = reader.viewModel();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !ev.items().isEmpty()
                    && ev.annotationsState().kind() != ListState.Kind.LOADING);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theReviewAndEvidenceTabsHaveNoTrapAndNothingUnreached(FxRobot robot) throws Exception {
        ready(robot);
        TabPane tabs = robot.lookup("#overviewTabs").queryAs(TabPane.class);
        for (String[] screen : new String[][] {{"reviewTab", "renderButton", "reviewView"},
                {"evidenceWorkspaceTab", "evidenceItems", "evidenceWorkspace"}}) {
            Tab tab = tabs.getTabs().stream().filter(t -> screen[0].equals(t.getId())).findFirst().orElseThrow();
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            loaded(robot, screen[2]);
            KeyboardPath p = KeyboardPath.walk(robot, robot.lookup("#" + screen[1]).query(), 200);
            assertThat(p.cycled).as("%s: Tab comes round (no trap): %s", screen[0], p.ids()).isTrue();
            javafx.scene.Parent root = robot.lookup("#" + screen[2]).queryParent();
            assertThat(p.unreached(root)).as("%s: controls Tab never reaches", screen[0]).isEmpty();
        }
    }
}
