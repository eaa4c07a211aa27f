package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jrw.i18n.Messages;
import org.jrw.logic.exchange.ExchangeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23: the preview of an adviser's response (导入反馈包) imports on Alt+I, with the conflicts the
 * user ticked; the adviser's texts in it are shown as written (an underscore in them is no mnemonic).
 */
@ExtendWith(ApplicationExtension.class)
class MergePreviewMnemonicGuiTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        owner = ShownDialogs.owner(stage);
    }

    @Test
    void altIImportsWithTheTickedConflicts(FxRobot robot) throws Exception {
        var conflict = new ExchangeService.Conflict("view:LAW:m2", "changedBoth", "从轻处罚", "不予处罚，见附件_2");
        var change = new ExchangeService.Change("annotation:a-1", "add", "询问笔录第2页");
        var result = new ExchangeService.MergeResult("c-1", "西应急罚〔2024〕66号", "rs-1", "rp-1", "李律师",
                "ab".repeat(32), 1, 0, 0, List.of(change), List.of(conflict), false, false, null, true);
        AtomicReference<MainViewModel.MergeChoice> choice = new AtomicReference<>();
        AtomicBoolean answered = new AtomicBoolean();
        Platform.runLater(() -> {
            choice.set(new ExchangeDialogs(() -> owner).confirmMerge(result));
            answered.set(true);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog() != null);
        DialogPane pane = dialog();
        robot.interact(() -> {
            Button importButton = (Button) pane.lookup("#exchangeImport");
            assertThat(importButton.getText()).isEqualTo("导入(_I)");
            assertThat(importButton.isMnemonicParsing()).isTrue();
            CheckBox take = (CheckBox) pane.lookup("#exchangeConflict-0");
            // the adviser's text is data: an underscore in it is shown, not taken as a mnemonic
            assertThat(take.isMnemonicParsing()).isFalse();
            assertThat(take.getText()).contains("见附件_2");
            take.setSelected(true);
            // the signer is not a registered adviser while registration is required: accepted explicitly
            ((CheckBox) pane.lookup("#exchangeAcceptUnknown")).setSelected(true);
            pane.getScene().getWindow().requestFocus();
            take.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ALT).press(KeyCode.I).release(KeyCode.I).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, answered::get);
        assertThat(choice.get()).as("Alt+I imports").isNotNull();
        assertThat(choice.get().takeTheirs()).containsExactly("view:LAW:m2");
        assertThat(choice.get().acceptUnregistered()).isTrue();
    }

    private DialogPane dialog() {
        return ShownDialogs.showing(owner);
    }
}
