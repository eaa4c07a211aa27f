package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jrw.gui.cases.CaseOverviewView;
import org.jrw.i18n.Messages;
import org.jrw.logic.settings.Preferences;
import org.jrw.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23 item 7 and the English walkthrough: at the default 1280×800, in English and in Chinese,
 * every tab of the case overview shows its whole name inside the tab row (no overflow menu), and
 * the evidence reader's title and its 批注 heading are not cut.
 */
@ExtendWith(ApplicationExtension.class)
class NarrowWindowGuiTest {
    @TempDir
    static Path tmp;
    private final List<Runnable> cleanup = new ArrayList<>();

    @AfterEach
    void close(FxRobot robot) {
        cleanup.forEach(Runnable::run);
        Messages.setLanguage("zh");
        java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void englishAt1280x800(FxRobot robot) throws Exception {
        check(robot, "en", 1280, 800);
    }

    @Test
    void chineseAt1280x800(FxRobot robot) throws Exception {
        check(robot, "zh", 1280, 800);
    }

    private void check(FxRobot robot, String lang, int w, int h) throws Exception {
        Messages.setLanguage(lang);
        java.util.Locale.setDefault(lang.equals("en") ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE);
        Preferences prefs = new Preferences(lang, 100, Preferences.Theme.LIGHT, null,
                new Preferences.Identity("Wang Ming", Role.OFFICER, "Xi'an"), Map.of(), Map.of());
        AppContext ctx = new AppContext(tmp.resolve("ws-" + lang), tmp.resolve("cfg-" + lang));
        ctx.savePreferences(prefs);
        MainViewModel vm = new MainViewModel(ctx);
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            Scene scene = new Scene(new MainView(vm, () -> { }), w, h);
            Appearance.apply(scene, prefs);
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            vm.start();
        });
        cleanup.add(() -> {
            robot.interact(() -> stage[0].close());
            ctx.close();
        });
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> vm.overview().dossier() != null
                && robot.lookup("#overviewTabs").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#overviewTabs").queryAs(TabPane.class);
        // the tabs that compute are added a moment after the first ones
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tabs.getTabs().size() >= 9
                && header(tabs).lookupAll(".tab").size() == tabs.getTabs().size());
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        Node menu = header(tabs).lookup(".control-buttons-tab");
        double right = tabs.localToScene(tabs.getLayoutBounds()).getMaxX();
        if (menu != null && menu.isVisible()) {
            right = Math.min(right, menu.localToScene(menu.getLayoutBounds()).getMinX());
        }
        int seen = 0;
        for (Node tab : header(tabs).lookupAll(".tab")) {
            Labeled label = (Labeled) tab.lookup(".tab-label");
            Bounds b = tab.localToScene(tab.getLayoutBounds());
            seen++;
            if (b.getMaxX() > right + 0.5) {
                problems.add("tab '" + label.getText() + "' ends at " + b.getMaxX() + " past " + right);
            }
            whole(label, "tab", problems);
        }
        assertThat(seen).isEqualTo(tabs.getTabs().size());
        // the case list's entries wrap inside the list: no text past its edge, no sideways scrolling
        javafx.scene.control.ListView<?> cases = robot.lookup("#caseList").queryAs(javafx.scene.control.ListView.class);
        double listRight = cases.localToScene(cases.getLayoutBounds()).getMaxX();
        for (Node title : cases.lookupAll(".case-title")) {
            double end = title.localToScene(title.getLayoutBounds()).getMaxX();
            if (end > listRight + 0.5) {
                problems.add("case title '" + ((Labeled) title).getText() + "' ends at " + end + " past the list's edge " + listRight);
            }
        }
        for (Node bar : cases.lookupAll(".scroll-bar")) {
            if (bar instanceof javafx.scene.control.ScrollBar sb && sb.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                    && sb.isVisible()) {
                problems.add("the case list scrolls sideways");
            }
        }

        CaseOverviewView overview = (CaseOverviewView) robot.lookup(n -> n instanceof CaseOverviewView).query();
        String doc = vm.overview().dossier().documents().stream()
                .filter(d -> d.file() != null && d.file().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"))
                .map(d -> d.id()).findFirst().orElseThrow();
        robot.interact(() -> overview.openItem(doc));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#evidenceTitle").tryQuery()
                .map(n -> !((Labeled) n).getText().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        whole(robot.lookup("#evidenceTitle").queryAs(Labeled.class), "evidence title", problems);
        whole(robot.lookup("#annotationHeading").queryAs(Labeled.class), "annotation heading", problems);
        assertThat(problems).as(lang + " at " + w + "×" + h).isEmpty();
    }

    /** This pane's own tab row (a lookup would also find the rows of tab panes inside its tabs). */
    private static Node header(TabPane tabs) {
        return tabs.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("tab-header-area"))
                .findFirst().orElseThrow();
    }

    /** The label shows its whole text (not cut with an ellipsis) and is laid out. */
    private static void whole(Labeled l, String what, List<String> problems) {
        Text shown = (Text) l.lookup(".text");
        String s = shown == null ? "" : shown.getText();
        if (!s.equals(l.getText())) {
            problems.add(what + " '" + l.getText() + "' shown as '" + s + "' in " + l.getWidth() + " px");
        }
    }
}
