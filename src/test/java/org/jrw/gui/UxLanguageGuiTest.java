package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.jrw.i18n.Messages;
import org.jrw.logic.evaluation.Evaluation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 23 item 8: one language on screen, whatever the JVM's default locale, and no internal codes. */
@ExtendWith(ApplicationExtension.class)
class UxLanguageGuiTest {
    @Start
    void start(Stage stage) {
        Appearance.watchWindows(org.jrw.logic.settings.Preferences::defaults);
    }

    @AfterEach
    void chinese() {
        Messages.setLanguage("zh");
    }

    private String[] stockButtons(FxRobot robot, String lang) {
        Messages.setLanguage(lang);
        String[] texts = new String[2];
        robot.interact(() -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, "?", ButtonType.OK, ButtonType.CANCEL);
            a.show();
            texts[0] = ((Button) a.getDialogPane().lookupButton(ButtonType.OK)).getText();
            texts[1] = ((Button) a.getDialogPane().lookupButton(ButtonType.CANCEL)).getText();
            a.close();
        });
        return texts;
    }

    /** JavaFX took the words from the JVM default locale at class-init; both UI languages must win. */
    @Test
    void stockDialogButtonsSpeakTheUiLanguage(FxRobot robot) {
        assertThat(stockButtons(robot, "zh")).containsExactly("确定", "取消");
        assertThat(stockButtons(robot, "en")).containsExactly("OK", "Cancel");
    }

    @Test
    void codesBecomeWordsInTheUiLanguage() {
        Messages.setLanguage("zh");
        assertThat(Labels.auditAction("annotation.add")).isEqualTo("添加批注");
        assertThat(Labels.auditAction("case.import")).isEqualTo("导入案卷");
        assertThat(Labels.auditAction("some.future.action")).isEqualTo("其他操作");
        assertThat(Labels.auditDetails("{\"file\":\"a.pdf\",\"encrypted\":true,\"annotations\":[\"x\",\"y\"]}"))
                .isEqualTo("文件：a.pdf；加密：是；批注：x、y").doesNotContain("{", "\"");
        assertThat(Labels.checkCategory("程序")).isEqualTo("程序");
        assertThat(Labels.checkCategory("文书规范")).isEqualTo("文书规范");
        Messages.setLanguage("en");
        assertThat(Labels.auditAction("annotation.add")).isEqualTo("Annotation added");
        assertThat(Labels.checkCategory("程序")).isEqualTo("Procedure");
        assertThat(Labels.checkCategory("事实证据")).isEqualTo("Facts and evidence");
        assertThat(Labels.checkCategory("归档")).isEqualTo("Filing"); // evaluation categories too
        assertThat(Labels.checkCategory("文书规范")).isEqualTo("Documents");
        assertThat(Labels.grade(Evaluation.Grade.EXCELLENT)).isEqualTo("Excellent");
    }

    @Test
    void englishCountsAgreeWithTheirNouns() {
        assertThat(Messages.get(Locale.ENGLISH, "gui.status.workspace", "w", 1)).isEqualTo("Workspace: w · 1 case");
        assertThat(Messages.get(Locale.ENGLISH, "gui.status.workspace", "w", 3)).isEqualTo("Workspace: w · 3 cases");
        assertThat(Messages.get(Locale.ENGLISH, "gui.import.done", "A", 1, 2))
                .isEqualTo("Imported case A: 1 document, 2 evidence items");
        assertThat(Messages.get(Locale.ENGLISH, "audit.verify.intact", 1)).startsWith("Audit trail intact: 1 entry,");
        assertThat(Messages.get(Messages.CHINESE, "gui.status.workspace", "w", 1)).contains("1");
    }
}
