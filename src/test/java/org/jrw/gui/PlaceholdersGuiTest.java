package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import org.jrw.i18n.Messages;
import org.jrw.model.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A list's placeholder from its state: spinner and "loading" while loading, the hint when empty, the reason when failed. */
@ExtendWith(ApplicationExtension.class)
class PlaceholdersGuiTest {
    private final ListState state = new ListState("screens.training.material.loading", "screens.training.material.empty");
    private ListView<String> list;

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        list = new ListView<>();
        list.setId("demoList");
        Placeholders.install(list, state);
        Scene scene = new Scene(list, 600, 300);
        scene.getStylesheets().add(Appearance.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void loadingEmptyAndFailedAreThreeDifferentPlaceholders(FxRobot robot) throws Exception {
        Label text = robot.lookup("#demoListPlaceholder").queryAs(Label.class);
        ProgressIndicator spinner = robot.lookup(n -> n instanceof ProgressIndicator).queryAs(ProgressIndicator.class);
        assertThat(text.getText()).isEqualTo(Messages.get("screens.training.material.empty"));
        assertThat(spinner.isVisible()).isFalse();

        robot.interact(state::loading);
        assertThat(text.getText()).isEqualTo("正在读取培训素材…");
        assertThat(spinner.isVisible()).isTrue();

        robot.interact(() -> state.failed(new BadInputException("import.file.missing", "案卷.jrcase")));
        assertThat(text.getText()).startsWith("加载失败：").contains("案卷.jrcase");
        assertThat(text.getStyleClass()).contains("placeholder-error");
        assertThat(spinner.isVisible()).isFalse();
        KeyboardPathGuiTest.snapshot(robot, list, "placeholder-failed");

        robot.interact(() -> state.loaded(0));
        assertThat(text.getText()).isEqualTo(Messages.get("screens.training.material.empty"));
        assertThat(text.getStyleClass()).doesNotContain("placeholder-error");
        robot.interact(() -> {
            list.getItems().add("一行");
            state.loaded(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.kind()).isEqualTo(ListState.Kind.SHOWN);
    }
}
