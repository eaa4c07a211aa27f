package org.jrw.gui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.jrw.gui.AppContext;
import org.jrw.gui.MainViewModel;
import org.jrw.i18n.Messages;
import org.jrw.model.Role;
import org.jrw.model.review.PanelMember;
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

/** A point where a member added a 补充意见 is not marked 意见一致 (the opinion does not call it 一致 either). */
@ExtendWith(ApplicationExtension.class)
class PointStateGuiTest {
    @TempDir
    static Path tmp;
    private AppContext ctx;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        ChairWindow w = ChairWindow.open(stage, tmp);
        ctx = w.ctx();
        vm = w.vm();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aSupplementedPointIsNotCalledUnanimous(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.overview().dossier() != null
                && robot.lookup("#overviewTabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#overviewTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "reviewTab".equals(t.getId())).findFirst().orElseThrow()));
        ReviewViewModel rvm = robot.lookup("#reviewView").queryAs(ReviewView.class).viewModel();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> rvm.review() != null && !rvm.isBusy());
        String[][] people = {{"李某华", "OFFICER"}, {"王某律师", "LEGAL_ADVISER"}, {"赵某工", "EXPERT"}};
        for (int i = 0; i < 3; i++) {
            int n = i;
            Path key = tmp.resolve("id-" + i + "-" + System.nanoTime() + ".p12");
            robot.interact(() -> rvm.createIdentity(people[n][0], "西安市应急管理局", Role.valueOf(people[n][1]), key,
                    ("secret-" + n).toCharArray()));
        }
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> rvm.members().size() == 3 && !rvm.isBusy());
        List<PanelMember> members = List.copyOf(rvm.members());
        for (ReviewPoint p : ReviewPoint.values()) {
            for (PanelMember m : members) {
                boolean supplement = p == ReviewPoint.DOCUMENTS && m.role() == Role.EXPERT;
                robot.interact(() -> rvm.recordView(m, p, supplement ? ViewKind.SUPPLEMENT : ViewKind.AGREE,
                        supplement ? "询问笔录应载明询问地点" : ""));
            }
        }
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !rvm.isBusy() && rvm.review().openPoints().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Label documents = robot.lookup("#state-DOCUMENTS").queryAs(Label.class);
        Label subject = robot.lookup("#state-SUBJECT").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> subject.getText().equals(Messages.get("review.gui.point.agreed")));
        assertThat(documents.getText()).isEqualTo("无异议，有补充意见");
    }
}
