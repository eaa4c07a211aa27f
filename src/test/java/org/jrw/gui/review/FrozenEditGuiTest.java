package org.jrw.gui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jrw.gui.AppContext;
import org.jrw.gui.MainViewModel;
import org.jrw.i18n.Messages;
import org.jrw.model.Role;
import org.jrw.model.review.Conclusion;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Recommendation;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23 item 1: after a signature, editing a view asks once whether to start a new version;
 * Cancel puts the stored view back without an error and a later focus or tab change asks nothing.
 */
@ExtendWith(ApplicationExtension.class)
class FrozenEditGuiTest {
    @TempDir
    static Path tmp;
    private AppContext ctx;
    private MainViewModel vm;
    private Path config;

    @Start
    void start(Stage stage) {
        ChairWindow w = ChairWindow.open(stage, tmp);
        ctx = w.ctx();
        vm = w.vm();
        config = w.config();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> c) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, c);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The dialogs on screen (confirmations and errors alike). */
    private static List<DialogPane> dialogs() throws Exception {
        List<DialogPane> out = new java.util.ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .forEach(w -> out.add((DialogPane) w.getScene().getRoot()))).get(10, TimeUnit.SECONDS);
        return out;
    }

    @Test
    void editingASignedViewAsksOnceAndCancelRestoresTheStoredView(FxRobot robot) throws Exception {
        waitFor("the demo case", () -> vm.overview().dossier() != null
                && robot.lookup("#overviewTabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#overviewTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "reviewTab".equals(t.getId())).findFirst().orElseThrow()));
        ReviewView view = robot.lookup("#reviewView").queryAs(ReviewView.class);
        ReviewViewModel rvm = view.viewModel();
        waitFor("the review", () -> rvm.review() != null && !rvm.isBusy());

        String[][] people = {{"李某华", "OFFICER"}, {"王某律师", "LEGAL_ADVISER"}, {"赵某工", "EXPERT"}};
        Path key = tmp.resolve("officer-" + System.nanoTime() + ".p12");
        for (int i = 0; i < 3; i++) {
            int n = i;
            Path k = i == 0 ? key : tmp.resolve("id-" + i + "-" + System.nanoTime() + ".p12");
            robot.interact(() -> rvm.createIdentity(people[n][0], "西安市应急管理局", Role.valueOf(people[n][1]), k,
                    ("secret-" + n).toCharArray()));
        }
        waitFor("three members", () -> rvm.members().size() == 3 && !rvm.isBusy());
        List<PanelMember> members = List.copyOf(rvm.members());
        for (PanelMember m : members) {
            for (ReviewPoint p : ReviewPoint.values()) {
                robot.interact(() -> rvm.recordView(m, p, ViewKind.SUPPLEMENT, "意见：" + m.name()));
            }
        }
        // item 4: a draft cannot be signed, and the button says so before anything is chosen
        waitFor("the views", () -> !rvm.isBusy() && rvm.review().openPoints().isEmpty());
        javafx.scene.control.Button signButton = robot.lookup("#signButton").queryButton();
        assertThat(rvm.draftProperty().get()).isTrue();
        assertThat(signButton.isDisabled()).isTrue();
        assertThat(signButton.getTooltip().getText()).startsWith("草稿不能签名").contains("尚无联审结论");
        assertThat(signButton.getAccessibleHelp()).isEqualTo(signButton.getTooltip().getText());
        robot.interact(() -> rvm.conclude(new Recommendation(Conclusion.APPROVE, "罚款人民币二万元", 20000L,
                "一万元以上五万元以下", null, List.of("初次违法"), List.of(), "情节一般", List.of())));
        waitFor("every point and the conclusion", () -> !rvm.isBusy() && rvm.review().openPoints().isEmpty()
                && rvm.review().recommendation().conclusion() != null);
        Path pdf = tmp.resolve("opinion-" + System.nanoTime() + ".pdf");
        robot.interact(() -> rvm.render(pdf));
        waitFor("the rendering", () -> !rvm.isBusy() && rvm.lastPdfProperty().get() != null);
        Path signed = tmp.resolve("signed-" + System.nanoTime() + ".pdf");
        robot.interact(() -> rvm.sign(members.get(0), pdf, key, "secret-0".toCharArray(), signed));
        waitFor("the signature", () -> !rvm.isBusy() && rvm.review().frozen());
        int version = rvm.review().version();
        assertThat(signButton.isDisabled()).isFalse();
        assertThat(signButton.getTooltip().getText()).isEqualTo(Messages.get("review.gui.action.signTip"));
        // item 4: the keystore is remembered across a restart (a new context on the same preferences)
        waitFor("the keystore remembered", () -> new AppContext(tmp.resolve("other"), config).preferences().extra()
                .containsKey(ReviewViewModel.KEYSTORES));
        assertThat(new ReviewViewModel(new AppContext(tmp.resolve("other"), config)).keystoreOf(members.get(0)))
                .isEqualTo(key.toAbsolutePath());
        assertThat(new ReviewViewModel(new AppContext(tmp.resolve("other"), config)).keystoreOf(members.get(1)))
                .isNotNull(); // created here, remembered too

        // the officer's own view on the subject: typed, then committed with Ctrl+Enter
        PanelMember officer = members.get(0);
        TextArea text = robot.lookup("#text-SUBJECT-" + officer.id()).queryAs(TextArea.class);
        String stored = rvm.review().view(ReviewPoint.SUBJECT, officer.id()).orElseThrow().text();
        assertThat(text.getText()).isEqualTo(stored);
        robot.interact(() -> {
            text.requestFocus();
            text.setText(stored + "，另补充一句");
        });
        Platform.runLater(() -> text.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER,
                false, true, false, false)));
        waitFor("the question", () -> !dialogs().isEmpty());
        Thread.sleep(1500); // a second question, if any, would be up by now
        WaitForAsyncUtils.waitForFxEvents();
        List<DialogPane> asked = dialogs();
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).getHeaderText()).isEqualTo(Messages.get("review.gui.frozen.title"));

        // Cancel: no error, the stored view on screen again
        robot.interact(() -> ((javafx.scene.control.Button) asked.get(0).lookupButton(ButtonType.CANCEL)).fire());
        waitFor("the dialog closed", () -> dialogs().isEmpty() && !rvm.isBusy());
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs()).as("no error after Cancel").isEmpty();
        assertThat(text.getText()).isEqualTo(stored);
        assertThat(rvm.review().frozen()).isTrue();
        assertThat(rvm.review().version()).isEqualTo(version);

        // focus and tab changes ask nothing more
        robot.interact(() -> view.select("reviewPanelTab"));
        robot.interact(() -> view.select("reviewPointsTab"));
        robot.interact(() -> tabs.getSelectionModel().select(0));
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs()).isEmpty();
        assertThat(rvm.review().frozen()).isTrue();
        assertThat(rvm.review().view(ReviewPoint.SUBJECT, officer.id()).orElseThrow().text()).isEqualTo(stored);
    }
}
