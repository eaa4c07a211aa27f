package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A hidden tab's content is built, and joins the scene, only when the tab is first selected. */
@ExtendWith(ApplicationExtension.class)
class LazyTabTest {
    private TabPane pane;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        pane = new TabPane();
        s.setScene(new Scene(pane, 400, 300));
        s.show();
    }

    @Test
    void aBuiltTabCallsItsFactoryOnlyWhenFirstSelected(FxRobot robot) {
        AtomicInteger built = new AtomicInteger();
        Label heavy = new Label("heavy");
        heavy.setId("heavy");
        robot.interact(() -> {
            Tab first = LazyTab.build(new Tab("first"), () -> new Label("first"));
            Tab second = LazyTab.build(new Tab("second"), () -> {
                built.incrementAndGet();
                return heavy;
            });
            pane.getTabs().addAll(first, second);
        });
        robot.interact(() -> pane.getSelectionModel().select(0));
        Tab first = pane.getTabs().get(0);
        Tab second = pane.getTabs().get(1);
        assertThat(first.isSelected()).isTrue();
        assertThat(second.getContent()).isNull();
        assertThat(LazyTab.isBuilt(second)).isFalse();
        assertThat(built).hasValue(0);
        assertThat(stage.getScene().lookup("#heavy")).isNull();

        robot.interact(() -> pane.getSelectionModel().select(second));
        assertThat(built).hasValue(1);
        assertThat(second.getContent()).isSameAs(heavy);
        assertThat(heavy.getScene()).isSameAs(stage.getScene());
        robot.interact(() -> pane.getSelectionModel().select(first));
        robot.interact(() -> pane.getSelectionModel().select(second));
        assertThat(built).as("built once").hasValue(1);
    }

    @Test
    void aSelectedTabIsBuiltAtOnce() {
        Tab tab = new Tab("t");
        setSelected(tab);
        LazyTab.build(tab, () -> new Label("now"));
        assertThat(tab.getContent()).isInstanceOf(Label.class);
    }

    @Test
    void deferredContentLeavesTheSceneUntilItsTabIsSelected(FxRobot robot) {
        Label shown = new Label("shown");
        Label hidden = new Label("hidden");
        hidden.setId("hidden");
        robot.interact(() -> {
            pane.getTabs().setAll(new Tab("a", shown), new Tab("b", hidden));
            pane.getSelectionModel().select(0);
            pane.getTabs().forEach(LazyTab::defer);
        });
        assertThat(pane.getTabs().get(0).getContent()).isSameAs(shown);
        assertThat(pane.getTabs().get(1).getContent()).isNull();
        assertThat(hidden.getScene()).isNull();
        robot.interact(() -> pane.getSelectionModel().select(1));
        assertThat(pane.getTabs().get(1).getContent()).isSameAs(hidden);
        assertThat(hidden.getScene()).isSameAs(stage.getScene());
    }

    @Test
    void contentSetWhileHeldBackIsKept(FxRobot robot) {
        Label old = new Label("old");
        Label replaced = new Label("new");
        robot.interact(() -> {
            pane.getTabs().setAll(new Tab("a", new Label("a")), new Tab("b", old));
            pane.getSelectionModel().select(0);
            LazyTab.defer(pane.getTabs().get(1));
            pane.getTabs().get(1).setContent(replaced); // e.g. the summary rebuilt after an edit
            pane.getSelectionModel().select(1);
        });
        assertThat(pane.getTabs().get(1).getContent()).isSameAs(replaced);
    }

    private static void setSelected(Tab tab) {
        try {
            java.lang.reflect.Method m = Tab.class.getDeclaredMethod("setSelected", boolean.class);
            m.setAccessible(true);
            m.invoke(tab, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
