package org.jrw.gui.meeting;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import java.nio.file.Path;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.jrw.logic.demo.DemoContent;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.task.Progress;
import org.jrw.persistence.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the meeting GUI tests share: a workspace with the demo case, the meeting begun in rehearsal
 * mode (console and audience in one window), items by id, jumping by number.
 */
final class MeetingGuiFixture implements AutoCloseable {
    final AppContext ctx;
    final Workspace workspace;
    final String caseId;
    MeetingViewModel vm;
    PresenterConsole console;

    private MeetingGuiFixture(Path tmp) {
        Messages.setLanguage("zh");
        ctx = new AppContext(tmp.resolve("ws-" + System.nanoTime()), tmp.resolve("cfg-" + System.nanoTime()));
        workspace = ctx.openWorkspace();
        DemoContent.loadDemoDossier(workspace, Progress.NONE);
        caseId = new DossierService(workspace).list().get(0).caseId();
    }

    /** A new workspace under {@code tmp} holding the demo case. */
    static MeetingGuiFixture demo(Path tmp) {
        return new MeetingGuiFixture(tmp);
    }

    /** The panel of the meetings under test: an officer, a legal adviser and an expert. */
    MeetingGuiFixture withPanel() {
        org.jrw.logic.review.ReviewService review = new org.jrw.logic.review.ReviewService(workspace);
        review.addMember(caseId, "张某华", "市应急管理局", org.jrw.model.Role.OFFICER, null, false);
        review.addMember(caseId, "刘某律", "某律师事务所", org.jrw.model.Role.LEGAL_ADVISER, null, false);
        review.addMember(caseId, "陈某工", "某安全技术公司", org.jrw.model.Role.EXPERT, null, false);
        return this;
    }

    /** Opens the case's meeting in one rehearsal window on {@code stage} and begins it. */
    MeetingGuiFixture begin(Stage stage) {
        vm = new MeetingViewModel(ctx, caseId);
        console = new PresenterConsole(vm);
        stage.setScene(new Scene(MeetingWindows.rehearsal(vm, console), 1280, 800));
        stage.show();
        vm.load(() -> vm.begin("周主任", "吴某记", "三楼会议室", List.of(), false, null));
        return this;
    }

    @Override
    public void close() {
        if (vm != null) {
            vm.close();
        }
        ctx.close();
    }

    /** The item's number in the material list (1-based). */
    static int numberOf(MeetingViewModel vm, String id) {
        for (int i = 0; i < vm.items().size(); i++) {
            if (vm.items().get(i).id().equals(id)) {
                return i + 1;
            }
        }
        throw new AssertionError("no item " + id);
    }

    /** Types the number and Enter on the focused console and waits until the item is shown. */
    static void jump(FxRobot robot, MeetingViewModel vm, int n) throws Exception {
        for (char c : String.valueOf(n).toCharArray()) {
            robot.type(KeyCode.getKeyCode(String.valueOf(c)));
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.contentProperty().get() != null
                && vm.contentProperty().get().item() == vm.items().get(n - 1));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
