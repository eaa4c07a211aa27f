package org.jrw.gui.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.jrw.logic.evidence.AnnotationService;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The privacy mask also covers what text search cannot find: regions marked 个人信息 (PERSONAL_DATA
 * annotations) on a photo or a PDF page are painted over on the audience window, outlined on the
 * console, and follow the mask key; other annotations hide nothing.
 */
@ExtendWith(ApplicationExtension.class)
class MeetingPhotoMaskGuiTest {
    @TempDir
    static Path tmp;
    private MeetingGuiFixture fx;
    private static final Annotation.Rect FACE = new Annotation.Rect(640, 480, 320, 240);
    private static final Annotation.Rect SIGNATURE = new Annotation.Rect(100, 120, 200, 50);

    @Start
    void start(Stage stage) {
        fx = MeetingGuiFixture.demo(tmp);
        String caseId = fx.caseId;
        AnnotationService notes = new AnnotationService(fx.workspace);
        // the welder's face on the 1280 × 960 site photo, a signature on the inspection record
        notes.add(caseId, AnnotationService.Draft.region("e03", null, FACE, AnnotationKind.PERSONAL_DATA, "人脸",
                "周某主任", Role.CHAIR, null));
        notes.add(caseId, AnnotationService.Draft.region("d01", 1, SIGNATURE, AnnotationKind.PERSONAL_DATA, "签名",
                "周某主任", Role.CHAIR, null));
        notes.add(caseId, AnnotationService.Draft.region("e04", null, new Annotation.Rect(10, 10, 100, 100),
                AnnotationKind.QUESTION, "型号看不清", "刘某律", Role.LEGAL_ADVISER, null));
        fx.begin(stage);
    }

    @AfterEach
    void closeMeeting() {
        fx.close();
    }

    private void jump(FxRobot robot, String id) throws Exception {
        MeetingGuiFixture.jump(robot, fx.vm, MeetingGuiFixture.numberOf(fx.vm, id));
    }

    @Test
    void regionsMarkedAsPersonalDataAreMaskedOnTheAudienceSide(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx.vm.startedProperty().get() && fx.vm.contentProperty().get() != null);
        robot.interact(fx.console::requestFocus);
        robot.interact(() -> fx.console.setPreviewShown(true));

        // the photo: one mask, where the region is
        jump(robot, "e03");
        assertThat(fx.vm.contentProperty().get().masks()).containsExactly(FACE);
        SharedScreenView audience = robot.lookup("#audienceView").queryAs(SharedScreenView.class);
        SharedScreenView preview = robot.lookup("#previewView").queryAs(SharedScreenView.class);
        List<Rectangle> painted = audience.maskRectangles();
        assertThat(painted).singleElement().satisfies(r -> assertThat(r.getFill()).isEqualTo(Color.web("#2b2b2b")));
        assertThat(preview.maskRectangles()).singleElement()
                .satisfies(r -> assertThat(r.getFill()).isEqualTo(Color.TRANSPARENT));
        ImageView picture = audience.lookupAll(".image-view").stream().filter(n -> n instanceof ImageView iv
                && iv.getImage() != null).map(n -> (ImageView) n).findFirst().orElseThrow();
        Bounds img = picture.localToScene(picture.getBoundsInLocal());
        Rectangle m = painted.get(0);
        Bounds mb = m.localToScene(m.getBoundsInLocal());
        // the region's centre (800, 600) of 1280 × 960 is at 62.5 % of the picture both ways
        assertThat((mb.getCenterX() - img.getMinX()) / img.getWidth()).isCloseTo(0.625, org.assertj.core.data.Offset.offset(0.01));
        assertThat((mb.getCenterY() - img.getMinY()) / img.getHeight()).isCloseTo(0.625, org.assertj.core.data.Offset.offset(0.01));

        // a question on the next photo hides nothing
        jump(robot, "e04");
        assertThat(fx.vm.contentProperty().get().masks()).isEmpty();
        assertThat(audience.maskRectangles()).isEmpty();

        // the PDF page: the marked signature besides whatever the text search found
        jump(robot, "d01");
        assertThat(fx.vm.contentProperty().get().masks()).contains(SIGNATURE);

        // the mask key lifts it on the audience side too
        jump(robot, "e03");
        robot.type(KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(audience.maskRectangles()).isEmpty();
        robot.type(KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(audience.maskRectangles()).hasSize(1);
    }
}
