package org.jrw.gui.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.jrw.gui.KeyboardPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23, the presenter console with the keyboard: Tab goes round the recording form (speaker,
 * view, record, decision, settle, carry over) and reaches everything Tab may reach; the agenda, the
 * material and ending the meeting are on the console's own keys (ConsoleShortcuts, F1 shows them),
 * deliberately outside the Tab path so a chair typing a view never lands on 结束会议.
 */
@ExtendWith(ApplicationExtension.class)
class MeetingKeyboardPathGuiTest {
    @TempDir
    static Path tmp;
    private MeetingGuiFixture fx;

    @Start
    void start(Stage stage) {
        fx = MeetingGuiFixture.demo(tmp).withPanel();
        fx.begin(stage);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theConsoleIsWalkedInReadingOrderAndComesRound(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx.vm.startedProperty().get()
                && fx.vm.contentProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        KeyboardPath p = KeyboardPath.walk(robot, robot.lookup("#viewMember").query(), 60);
        int last = -1;
        for (String id : new String[] {"viewMember", "viewText", "recordViewButton", "decisionText", "settleButton",
                "carryButton"}) {
            int at = p.indexOf(id);
            assertThat(at).as("%s on the path %s", id, p.ids()).isGreaterThan(last);
            last = at;
        }
        assertThat(p.cycled).as("no trap: %s", p.ids()).isTrue();
        assertThat(p.unreached(fx.console)).as("controls Tab never reaches").isEmpty();
    }
}
