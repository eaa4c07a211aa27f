package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jrw.i18n.Messages;
import org.jrw.model.Finding;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 合法性审查 detail shows a chosen finding's whole message, not its first line cut with "…". */
class FindingDetailGuiTest extends DemoWindowGuiTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChosenFindingsMessageIsShownWhole(FxRobot robot) throws Exception {
        awaitDemoCase();
        WaitForAsyncUtils.waitForFxEvents();
        // a laptop's window: the detail pane is short, the article text below the message takes what room it can
        robot.interact(() -> stage.setHeight(640));
        robot.clickOn(Messages.get("gui.tab.checks"));
        TreeView<Object> tree = robot.lookup("#findingsTree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> first(tree) != null);
        TreeItem<Object> item = first(tree);
        robot.interact(() -> tree.getSelectionModel().select(item));
        // the article's text arrives after the selection and takes the room below the message
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#findingArticle").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#findingMessage").queryAs(Label.class);
        Text shown = (Text) message.lookup(".text");
        String full = ((Finding) item.getValue()).message();
        assertThat(full.length()).isGreaterThan(40); // longer than one line of the detail pane
        assertThat(shown.getText().replace("\n", "")).isEqualTo(full);
    }

    private static TreeItem<Object> first(TreeView<Object> tree) {
        if (tree.getRoot() == null) {
            return null;
        }
        for (TreeItem<Object> group : tree.getRoot().getChildren()) {
            for (TreeItem<Object> f : group.getChildren()) {
                if (f.getValue() instanceof Finding) {
                    return f;
                }
            }
        }
        return null;
    }
}
