package org.jrw.gui.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
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

/**
 * The meeting's view-model without a console or audience window (the toolkit only, for its timer):
 * the agenda of the seven points, a view recorded through the joint review, a point decided, one
 * carried over to the end, the meeting ended and its minutes written.
 */
@ExtendWith(ApplicationExtension.class)
class MeetingViewModelTest {
    @TempDir
    static Path tmp;
    private MeetingGuiFixture fx;

    @Start
    void start(Stage stage) {
        fx = MeetingGuiFixture.demo(tmp).withPanel();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void agendaViewDecisionCarryOverAndMinutes(FxRobot robot) throws Exception {
        MeetingViewModel vm = new MeetingViewModel(fx.ctx, fx.caseId);
        fx.vm = vm;
        robot.interact(() -> vm.load(() -> vm.begin("周主任", "吴某记", "三楼会议室", List.of(), false, null)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.startedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.agenda()).hasSize(ReviewPoint.values().length);
        assertThat(vm.members()).hasSize(3);
        ReviewPoint first = vm.currentPointValue();
        assertThat(first).isNotNull();

        // a view recorded on the current point shows among the point's views
        PanelMember adviser = vm.members().stream().filter(m -> m.role() == Role.LEGAL_ADVISER).findFirst().orElseThrow();
        AtomicReference<Boolean> recorded = new AtomicReference<>(false);
        robot.interact(() -> vm.recordView(adviser, ViewKind.AGREE, "事实清楚", () -> recorded.set(true)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, recorded::get);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.pointViews()).anySatisfy(v -> assertThat(v.text()).isEqualTo("事实清楚"));
        // an incomplete view is refused with a message, nothing recorded
        robot.interact(() -> vm.recordView(null, ViewKind.AGREE, "x", null));
        assertThat(vm.messageProperty().get()).isNotBlank();

        // decided: the next point is current; carried over: that point goes to the end of the agenda
        robot.interact(() -> vm.decide("一致同意"));
        ReviewPoint second = vm.currentPointValue();
        assertThat(second).isNotEqualTo(first);
        robot.interact(vm::carryOver);
        assertThat(vm.currentPointValue()).isNotEqualTo(second);
        assertThat(vm.agenda().get(vm.agenda().size() - 1).point()).isEqualTo(second);

        Path minutes = tmp.resolve("会议记录.pdf");
        AtomicReference<Path> written = new AtomicReference<>();
        robot.interact(() -> vm.end(minutes, written::set));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> written.get() != null);
        assertThat(vm.endedProperty().get()).isTrue();
        assertThat(Files.readAllBytes(written.get())).startsWith("%PDF".getBytes());
    }
}
