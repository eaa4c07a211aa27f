package org.jrw.gui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.jrw.gui.Mnemonics;
import org.jrw.gui.ShownDialogs;
import org.jrw.i18n.Messages;
import org.jrw.model.Role;
import org.jrw.model.review.PanelMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23: the 联审 dialogs — create and import a signing identity, renew a certificate, sign — have their
 * main button on an Alt+letter and no letter twice in one dialog.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewDialogsMnemonicsGuiTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        owner = ShownDialogs.owner(stage);
    }

    @Test
    void everyReviewDialogHasItsMainButtonOnALetter(FxRobot robot) throws Exception {
        PanelMember m = new PanelMember("m1", "王某明", "西安市应急管理局", Role.OFFICER, null, null);
        List<String> problems = new ArrayList<>();
        problems.addAll(check(robot, "identity (create)", () -> ReviewDialogs.identity(owner, true, "王某明", "局", Role.OFFICER)));
        problems.addAll(check(robot, "identity (import)", () -> ReviewDialogs.identity(owner, false, "王某明", "局", Role.OFFICER)));
        problems.addAll(check(robot, "renew", () -> ReviewDialogs.renewal(owner, m)));
        problems.addAll(check(robot, "sign", () -> ReviewDialogs.sign(owner, List.of(m), m, Path.of("意见书.pdf"), x -> null)));
        assertThat(problems).isEmpty();
    }

    /** Opens a dialog (it waits for its answer on a nested loop), reads its buttons, and cancels it. */
    private List<String> check(FxRobot robot, String what, Runnable show) throws Exception {
        Platform.runLater(show);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog() != null);
        DialogPane pane = dialog();
        List<String> out = new ArrayList<>();
        robot.interact(() -> {
            ButtonType ok = pane.getButtonTypes().stream()
                    .filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
            String text = ((Button) pane.lookupButton(ok)).getText();
            if (Mnemonics.letter(text) == 0) {
                out.add(what + ": '" + text + "' has no mnemonic");
            }
            Map<Character, String> seen = new LinkedHashMap<>();
            walk(pane, b -> {
                char c = b.isMnemonicParsing() ? Mnemonics.letter(b.getText()) : 0;
                if (c != 0 && seen.putIfAbsent(c, b.getText()) != null) {
                    out.add(what + ": '" + b.getText() + "' and '" + seen.get(c) + "' both use Alt+" + c);
                }
            });
            ((Button) pane.lookupButton(ButtonType.CANCEL)).fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog() == null);
        return out;
    }

    private DialogPane dialog() {
        return ShownDialogs.showing(owner);
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
