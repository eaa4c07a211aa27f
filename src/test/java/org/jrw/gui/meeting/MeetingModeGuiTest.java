package org.jrw.gui.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.model.meeting.AgendaItem;
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
 * A whole meeting on the demo case in rehearsal mode (console and audience in one window), driven
 * by the keyboard as the chair would: the agenda, navigation, the mirrored audience screen, the
 * privacy mask, live views and the minutes.
 */
@ExtendWith(ApplicationExtension.class)
class MeetingModeGuiTest {
    @TempDir
    static Path tmp;
    private MeetingGuiFixture fx;
    private MeetingViewModel vm;
    private PresenterConsole console;

    @Start
    void start(Stage stage) {
        fx = MeetingGuiFixture.demo(tmp).withPanel();
        fx.begin(stage);
        vm = fx.vm;
        console = fx.console;
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private void waitStarted() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.startedProperty().get() && vm.contentProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void focusConsole(FxRobot robot) {
        robot.interact(console::requestFocus);
    }

    private int numberOf(String id) {
        return MeetingGuiFixture.numberOf(vm, id);
    }

    private void jump(FxRobot robot, int n) throws Exception {
        MeetingGuiFixture.jump(robot, vm, n);
    }

    @Test
    void theMeetingStartsOnTheSevenReviewPointsAndTheTimerRuns(FxRobot robot) throws Exception {
        waitStarted();
        assertThat(vm.agenda()).extracting(AgendaItem::point).containsExactly(ReviewPoint.values());
        Label point = robot.lookup("#audiencePoint").queryAs(Label.class);
        assertThat(point.getText()).contains("主体是否适格");
        Label title = robot.lookup("#meetingTitle").queryAs(Label.class);
        assertThat(title.getText()).contains("西应急罚〔2024〕37号");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.pointSecondsProperty().get() >= 1);
        WaitForAsyncUtils.waitForFxEvents(); // the timer's label follows the seconds in their listener
        Label timer = robot.lookup("#meetingTimer").queryAs(Label.class);
        assertThat(timer.getText()).contains("00:0").contains("本项");
        // its Chinese words need a font with Chinese glyphs: the generic monospace has none here
        assertThat(timer.getFont().getFamily()).isNotIn("Monospaced", "DejaVu Sans Mono", "Liberation Mono");
        assertThat(vm.meeting().attendees()).extracting(a -> a.name()).contains("周主任", "张某华", "刘某律", "陈某工");
    }

    @Test
    void theChairNavigatesWithKeysAndTheAudienceMirrorsEveryMove(FxRobot robot) throws Exception {
        waitStarted();
        focusConsole(robot);
        int record = numberOf("d06"); // an inquiry record of several pages
        jump(robot, record);
        assertThat(vm.contentProperty().get().pages()).isGreaterThan(1);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.contentProperty().get().page() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        Label footer = robot.lookup("#audienceFooter").queryAs(Label.class);
        EvidenceItem shown = vm.items().get(record - 1);
        assertThat(footer.getText()).contains("材料 " + record + "/" + vm.items().size(), shown.title(), "第 2/");
        ImageView audienceImage = robot.lookup("#audienceImage").queryAs(ImageView.class);
        assertThat(audienceImage.getImage()).isSameAs(vm.contentProperty().get().image());

        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.contentProperty().get().item() == vm.items().get(record));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(footer.getText()).contains("材料 " + (record + 1) + "/");

        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.currentPointProperty().get()).isEqualTo(1);
        assertThat(robot.lookup("#audiencePoint").queryAs(Label.class).getText()).contains("事实是否清楚");

        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#audienceBlank").query().isVisible()).isTrue();
        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#audienceBlank").query().isVisible()).isFalse();

        jump(robot, 1);
        robot.interact(() -> vm.highlight(new org.jrw.model.Annotation.Rect(100, 150, 200, 60)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#audienceHighlight").tryQuery()).isPresent();
        double fullWidth = audienceImage.getViewport().getWidth();
        robot.type(KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.screenProperty().get().callout()).isTrue();
        assertThat(audienceImage.getViewport().getWidth()).isLessThan(fullWidth / 2);
    }

    @Test
    void theMaskHidesTheIdNumberOnTheAudienceSideOnly(FxRobot robot) throws Exception {
        waitStarted();
        focusConsole(robot);
        jump(robot, numberOf("d06")); // 询问笔录 with the legal representative's 身份证号码
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.contentProperty().get().masks().isEmpty());
        // the console shows the audience view in rehearsal; show the hidden preview too
        robot.interact(() -> console.setPreviewShown(true));
        WaitForAsyncUtils.waitForFxEvents();
        SharedScreenView audience = robot.lookup("#audienceView").queryAs(SharedScreenView.class);
        SharedScreenView preview = robot.lookup("#previewView").queryAs(SharedScreenView.class);
        List<Rectangle> painted = audience.maskRectangles();
        assertThat(painted).isNotEmpty().allSatisfy(r -> assertThat(r.getFill()).isEqualTo(Color.web("#2b2b2b")));
        assertThat(preview.maskRectangles()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getFill()).isEqualTo(Color.TRANSPARENT));

        // the pixels: dark on the audience side, the page (light) on the console's preview
        Rectangle a = painted.get(0);
        WritableImage shot = snapshot(robot, audience);
        Bounds b = audience.sceneToLocal(a.localToScene(a.getBoundsInLocal()));
        Color c = shot.getPixelReader().getColor((int) b.getCenterX(), (int) b.getCenterY());
        assertThat(c.getBrightness()).isLessThan(0.25);
        Rectangle p = preview.maskRectangles().get(0);
        WritableImage pshot = snapshot(robot, preview);
        Bounds pb = preview.sceneToLocal(p.localToScene(p.getBoundsInLocal()));
        double bright = 0;
        for (int dx = -3; dx <= 3; dx++) {
            bright = Math.max(bright, pshot.getPixelReader().getColor((int) pb.getCenterX() + dx, (int) pb.getCenterY())
                    .getBrightness());
        }
        assertThat(bright).as("the preview shows the page under the outline").isGreaterThan(0.8);

        robot.type(KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(audience.maskRectangles()).isEmpty();
        robot.type(KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(audience.maskRectangles()).isNotEmpty();
    }

    private static WritableImage snapshot(FxRobot robot, javafx.scene.Node n) {
        WritableImage[] out = new WritableImage[1];
        robot.interact(() -> out[0] = n.snapshot(null, null));
        return out[0];
    }

    @Test
    void viewsRecordedLiveAndDecisionsEndUpInTheMinutes(FxRobot robot) throws Exception {
        waitStarted();
        Path minutes = tmp.resolve("minutes-" + System.nanoTime() + ".pdf");
        console.setMinutesTarget(() -> minutes);
        focusConsole(robot);
        // 刘某律 objects (2), 张某华 agrees (1)
        robot.type(KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#viewMember").queryComboBox().getSelectionModel().select(1));
        robot.type(KeyCode.DIGIT2).type(KeyCode.TAB);
        robot.write("ID proof lacks the seal");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.pointViews().size() == 1);
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> robot.lookup("#viewMember").queryComboBox().getSelectionModel().select(0));
        robot.type(KeyCode.V).type(KeyCode.DIGIT1).type(KeyCode.TAB).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.pointViews().size() == 2);
        assertThat(vm.pointViews()).extracting(v -> v.kind()).containsExactlyInAnyOrder(ViewKind.OBJECT, ViewKind.AGREE);
        // the decision, settled with Ctrl+Enter; the next point carried over with C
        robot.type(KeyCode.ESCAPE).type(KeyCode.D);
        robot.write("Subject confirmed");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.currentPointProperty().get()).isEqualTo(1);
        robot.type(KeyCode.ESCAPE).type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.agenda().get(6).point()).isEqualTo(ReviewPoint.FACTS);
        assertThat(vm.agenda().get(6).state()).isEqualTo(AgendaItem.State.CARRIED);

        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(minutes));
        String text;
        try (PDDocument d = Loader.loadPDF(minutes.toFile())) {
            text = new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
        assertThat(text).contains("联审会议记录", "周主任", "吴某记", "三楼会议室", "主体是否适格",
                "刘某律（法律顾问）：有异议，IDprooflackstheseal", "张某华（执法业务骨干）：同意",
                "会议意见：Subjectconfirmed", "遗留事项", "事实是否清楚",
                "刘某律（法律顾问）对“主体是否适格”持保留意见");
        assertThat(new org.jrw.logic.meeting.MeetingService(fx.workspace).list(fx.caseId))
                .hasSize(1).allSatisfy(m -> assertThat(m.ended()).isTrue());
        // issue 23 item 10: the audience screen no longer shows the case once the meeting ended
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#audienceEnded").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents(); // the screen is shown ended first, then emptied
        assertThat(robot.lookup("#audienceImage").tryQuery().map(n -> ((ImageView) n).getImage())).isEmpty();
        assertThat(robot.lookup("#audienceFooter").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#audiencePoint").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void f1ShowsTheShortcutsAndEscapeClosesThem(FxRobot robot) throws Exception {
        waitStarted();
        focusConsole(robot);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(console.helpShown()).isTrue();
        assertThat(robot.lookup("#helpOverlay").lookup(Messages.get("meeting.key.blank")).tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(console.helpShown()).isFalse();
        // typing a number that does not exist says so and keeps the screen
        int before = vm.screenProperty().get().itemIndex();
        robot.type(KeyCode.DIGIT9, KeyCode.DIGIT9).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.screenProperty().get().itemIndex()).isEqualTo(before);
        assertThat(robot.lookup("#meetingStatus").queryAs(Label.class).getText()).contains("99");
    }
}
