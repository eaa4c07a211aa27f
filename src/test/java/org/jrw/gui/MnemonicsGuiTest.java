package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23: Alt+letter reaches every menu and menu item of the main window (Alt+F opens 文件; with Alt held, E then P
 * opens 偏好设置) and the main buttons of the 联审 toolbar, the preferences, the trusted adviser certificates and the
 * new-case window; no letter twice in one menu, one dialog, or among the menu bar and the buttons of the main window.
 */
class MnemonicsGuiTest extends DemoWindowGuiTest {
    @Start
    void start(Stage stage) {
        open(stage, 1280, false);
    }

    @Test
    void menusAndMainButtonsHaveMnemonicsWithoutDuplicates(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.overview().dossier() != null
                && robot.lookup("#overviewTabs").tryQuery().isPresent());
        List<String> problems = new ArrayList<>();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Map<Character, String> window = new LinkedHashMap<>();
        for (Menu m : bar.getMenus()) {
            add(window, m.getText(), m.isMnemonicParsing(), "menu bar", problems);
        }
        // Alt+F opens 文件 (the letter works, not only its mark)
        Menu file = bar.getMenus().get(0);
        robot.press(javafx.scene.input.KeyCode.ALT).press(javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F).release(javafx.scene.input.KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, file::isShowing);
        robot.interact(file::hide);
        // Alt held: E opens 编辑, P chooses 偏好设置 (the dialog opens)
        robot.press(javafx.scene.input.KeyCode.ALT).press(javafx.scene.input.KeyCode.E).release(javafx.scene.input.KeyCode.E);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, bar.getMenus().get(1)::isShowing);
        robot.press(javafx.scene.input.KeyCode.P).release(javafx.scene.input.KeyCode.P).release(javafx.scene.input.KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogPane() != null);
        robot.interact(() -> ((javafx.scene.control.Button) dialogPane().lookupButton(
                javafx.scene.control.ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogPane() == null);
        TabPane tabs = robot.lookup("#overviewTabs").queryAs(TabPane.class);
        Tab review = tabs.getTabs().stream().filter(t -> "reviewTab".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(review));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#renderButton").tryQuery().isPresent());
        for (String id : List.of("#renderButton", "#signButton", "#verifyButton")) {
            ButtonBase b = robot.lookup(id).queryAs(ButtonBase.class);
            add(window, b.getText(), b.isMnemonicParsing(), "main window", problems);
        }
        // an open menu's letters join the window's: one used twice there moves the focus instead of choosing
        for (Menu m : bar.getMenus()) {
            Map<Character, String> inMenu = new LinkedHashMap<>(window);
            for (MenuItem i : m.getItems()) {
                if (!(i instanceof SeparatorMenuItem)) {
                    add(inMenu, i.getText(), i.isMnemonicParsing(), "menu " + Mnemonics.plain(m.getText()), problems);
                }
            }
        }

        Window owner = view.getScene().getWindow();
        PreferencesDialog[] prefs = new PreferencesDialog[1];
        robot.interact(() -> prefs[0] = new PreferencesDialog(owner, ctx.preferences(), false, ctx.workspaceDir()));
        ButtonBase save = (ButtonBase) prefs[0].getDialogPane().lookupButton(prefs[0].getDialogPane().getButtonTypes().stream()
                .filter(t -> t.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
        need(save, "preferences", problems);
        problems.addAll(duplicates(prefs[0].getDialogPane(), "preferences"));

        Stage[] trust = new Stage[1];
        robot.interact(() -> trust[0] = TrustedAdvisersDialog.open(owner, new TrustedAdvisersViewModel(ctx),
                TrustedAdvisersDialog.interactive()));
        for (String id : List.of("#trustAdd", "#trustRemove", "#trustExportOwn", "#trustClose")) {
            need((ButtonBase) trust[0].getScene().lookup(id), "trusted adviser certificates", problems);
        }
        problems.addAll(duplicates(trust[0].getScene().getRoot(), "trusted adviser certificates"));
        robot.interact(trust[0]::close);

        Stage[] intake = new Stage[1];
        robot.interact(() -> intake[0] = org.jrw.gui.intake.IntakeView.open(owner, ctx, List.of(), id -> { }));
        for (String id : List.of("#intakeChooseFiles", "#intakeChooseFolder", "#intakeCreate", "#intakeCancel")) {
            need((ButtonBase) intake[0].getScene().lookup(id), "new case", problems);
        }
        problems.addAll(duplicates(intake[0].getScene().getRoot(), "new case"));
        robot.interact(intake[0]::close);
        assertThat(problems).isEmpty();
    }

    /** A main button of a dialog: a problem when it has no mnemonic. */
    private static void need(ButtonBase b, String where, List<String> problems) {
        if (!b.isMnemonicParsing() || Mnemonics.letter(b.getText()) == 0) {
            problems.add(where + ": '" + b.getText() + "' has no mnemonic");
        }
    }

    /** The dialog showing over the main window, if any. */
    private static javafx.scene.control.DialogPane dialogPane() {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane p) {
                return p;
            }
        }
        return null;
    }

    /** Records a text's letter in {@code seen}: a problem when it has none or the letter is taken. */
    private static void add(Map<Character, String> seen, String text, boolean parsing, String where, List<String> problems) {
        char c = Mnemonics.letter(text);
        if (!parsing || c == 0) {
            problems.add(where + ": '" + text + "' has no mnemonic");
        } else if (seen.putIfAbsent(c, text) != null) {
            problems.add(where + ": '" + text + "' and '" + seen.get(c) + "' both use Alt+" + c);
        }
    }

    /** Buttons of one window or dialog that share a mnemonic letter. */
    private static List<String> duplicates(Node root, String where) {
        Map<Character, String> seen = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        walk(root, b -> {
            char c = b.isMnemonicParsing() ? Mnemonics.letter(b.getText()) : 0;
            if (c != 0 && seen.putIfAbsent(c, b.getText()) != null) {
                out.add(where + ": '" + b.getText() + "' and '" + seen.get(c) + "' both use Alt+" + c);
            }
        });
        return out;
    }

    private static void walk(Node n, java.util.function.Consumer<ButtonBase> f) {
        if (n instanceof ButtonBase b) {
            f.accept(b);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(k -> walk(k, f));
        }
    }
}
