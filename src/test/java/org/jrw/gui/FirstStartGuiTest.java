package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jrw.i18n.Messages;
import org.jrw.logic.settings.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23, first start and preferences: the identity and jurisdiction questions come one after
 * the other (the workspace opening while the identity dialog is up does not open the second on
 * top of it); the preferences name the workspace actually in use.
 */
@ExtendWith(ApplicationExtension.class)
class FirstStartGuiTest {
    @TempDir
    static Path tmp;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void theJurisdictionIsAskedOnlyAfterTheIdentityDialogClosed(FxRobot robot) throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        SimpleBooleanProperty ready = new SimpleBooleanProperty(false);
        robot.interact(() -> FirstStart.run(true, () -> {
            events.add("identity shown");
            ready.set(true); // the workspace opens while the user is still typing a name
            events.add("identity closed");
        }, ready, () -> events.add("jurisdiction")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(events).containsExactly("identity shown", "identity closed", "jurisdiction");

        // identity known: the jurisdiction when the workspace is open, once
        List<String> later = new CopyOnWriteArrayList<>();
        SimpleBooleanProperty ready2 = new SimpleBooleanProperty(false);
        robot.interact(() -> FirstStart.run(false, () -> later.add("identity"), ready2, () -> later.add("jurisdiction")));
        assertThat(later).isEmpty();
        robot.interact(() -> ready2.set(true));
        robot.interact(() -> ready2.set(false));
        robot.interact(() -> ready2.set(true));
        assertThat(later).containsExactly("jurisdiction");
    }

    @Test
    void thePreferencesShowTheWorkspaceInUse(FxRobot robot) throws Exception {
        Messages.setLanguage("zh");
        Path inUse = tmp.resolve("the-one-in-use");
        robot.interact(() -> new PreferencesDialog(stage, Preferences.defaults(), false, inUse).show());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#prefWorkspaceInUse").tryQuery().isPresent());
        Label l = robot.lookup("#prefWorkspaceInUse").queryAs(Label.class);
        assertThat(l.getText()).contains(inUse.toAbsolutePath().toString());
        assertThat(robot.lookup("#prefWorkspace").queryAs(TextField.class).getPromptText())
                .contains(inUse.toAbsolutePath().toString());
        robot.interact(ShownDialogs::hideAll);
    }
}
