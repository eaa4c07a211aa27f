package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23: every control a user acts on carries an accessible text, on every tab of the main
 * window (case list, overview, documents, evidence, checks, review with its sub-tabs, editing,
 * evaluation); every menu item has a name and the menus a mnemonic for the keyboard path.
 */
class AccessibilityGuiTest extends DemoWindowGuiTest {
    @Start
    void start(Stage stage) {
        open(stage, 1280, true);
    }

    @Test
    void everyActionableControlOfEveryTabHasAnAccessibleText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.overview().dossier() != null
                && robot.lookup("#overviewTabs").tryQuery().isPresent());
        List<String> missing = new ArrayList<>();
        List<TabPane> panes = new ArrayList<>();
        TabPane main = robot.lookup("#overviewTabs").queryAs(TabPane.class);
        for (Tab t : List.copyOf(main.getTabs())) {
            robot.interact(() -> main.getSelectionModel().select(t));
            settle();
            // the tab's own sub-tabs (evidence: reader and matrix; review: points, panel, conclusion, opinion)
            robot.interact(() -> collectTabPanes(t.getContent(), panes));
            for (TabPane sub : List.copyOf(panes)) {
                for (Tab s : List.copyOf(sub.getTabs())) {
                    robot.interact(() -> sub.getSelectionModel().select(s));
                    settle();
                    missing.addAll(unnamedOnceDescribed(robot, view.getScene().getRoot(), t.getText() + " / " + s.getText()));
                }
            }
            panes.clear();
            missing.addAll(unnamedOnceDescribed(robot, view.getScene().getRoot(), t.getText()));
        }
        assertThat(missing.stream().distinct().toList()).as("controls without accessible text").isEmpty();

        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (Menu m : bar.getMenus()) {
            assertThat(m.isMnemonicParsing() && m.getText().contains("_")).as("menu %s has a mnemonic", m.getText()).isTrue();
            for (MenuItem i : m.getItems()) {
                if (!(i instanceof SeparatorMenuItem)) {
                    assertThat(i.getText()).as("a menu item of %s", m.getText()).isNotBlank();
                }
            }
        }
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400); // the describing pass runs 250 ms after the layout that shows new nodes
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The controls still without accessible text once the describing pass has caught up with what the last
     * layout showed. The pass runs up to 250 ms after that layout, on a timer thread and then the JavaFX
     * thread: content a background load adds just after a walk is described only then, later still on a
     * loaded machine, so one look after a fixed pause could see it undescribed. A control the pass never
     * names is still reported (after 10 s).
     */
    private static List<String> unnamedOnceDescribed(FxRobot robot, Node root, String where) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<String> now = new ArrayList<>();
        while (true) {
            now.clear();
            robot.interact(() -> now.addAll(unnamed(root, where)));
            if (now.isEmpty() || System.nanoTime() > until) {
                return now;
            }
            Thread.sleep(100);
        }
    }

    private static void collectTabPanes(Node n, List<TabPane> out) {
        if (n instanceof TabPane tp) {
            out.add(tp);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectTabPanes(c, out));
        }
    }

    /** Actionable controls that are showing and have no accessible text. */
    static List<String> unnamed(Node n, String where) {
        List<String> out = new ArrayList<>();
        if (!n.isVisible()) {
            return out;
        }
        if (n instanceof Control c && Accessibility.actionable(c) && !inSkin(c)
                && (c.getAccessibleText() == null || c.getAccessibleText().isBlank())) {
            out.add(where + ": " + c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId())
                    + (c instanceof Button b ? " '" + b.getText() + "'" : ""));
        }
        if (n instanceof Parent p) {
            for (Node k : p.getChildrenUnmodifiable()) {
                out.addAll(unnamed(k, where));
            }
        }
        return out;
    }

    /** Parts of another control's skin (the arrow button of a spinner, a scroll bar's buttons…). */
    private static boolean inSkin(Control c) {
        for (Parent p = c.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Control owner && owner.getSkin() != null && !(owner instanceof javafx.scene.control.ScrollPane)
                    && !(owner instanceof javafx.scene.control.SplitPane) && !(owner instanceof TabPane)
                    && !(owner instanceof javafx.scene.control.TitledPane) && !(owner instanceof javafx.scene.control.ToolBar)
                    && !(owner instanceof javafx.scene.control.ButtonBar) && !(owner instanceof javafx.scene.control.Accordion)
                    ) {
                return Accessibility.actionable(owner) || owner instanceof javafx.scene.control.ListView<?>
                        || owner instanceof javafx.scene.control.TableView<?> || owner instanceof javafx.scene.control.TreeView<?>;
            }
        }
        return false;
    }
}
