package org.jrw.gui.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.jrw.logic.demo.DemoContent;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.evidence.AnnotationService;
import org.jrw.logic.task.Progress;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.Role;
import org.jrw.persistence.Workspace;
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
    private AppContext ctx;
    private MeetingViewModel vm;
    private PresenterConsole console;
    private static final Annotation.Rect FACE = new Annotation.Rect(640, 480, 320, 240);
    private static final Annotation.Rect SIGNATURE = new Annotation.Rect(100, 120, 200, 50);

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        ctx = new AppContext(tmp.resolve("ws-" + System.nanoTime()), tmp.resolve("cfg-" + System.nanoTime()));
        Workspace ws = ctx.openWorkspace();
        DemoContent.loadDemoDossier(ws, Progress.NONE);
        String caseId = new DossierService(ws).list().get(0).caseId();
        AnnotationService notes = new AnnotationService(ws);
        // the welder's face on the 1280 × 960 site photo, a signature on the inspection record
        notes.add(caseId, AnnotationService.Draft.region("e03", null, FACE, AnnotationKind.PERSONAL_DATA, "人脸",
                "周某主任", Role.CHAIR, null));
        notes.add(caseId, AnnotationService.Draft.region("d01", 1, SIGNATURE, AnnotationKind.PERSONAL_DATA, "签名",
                "周某主任", Role.CHAIR, null));
        notes.add(caseId, AnnotationService.Draft.region("e04", null, new Annotation.Rect(10, 10, 100, 100),
                AnnotationKind.QUESTION, "型号看不清", "刘某律", Role.LEGAL_ADVISER, null));
        vm = new MeetingViewModel(ctx, caseId);
        console = new PresenterConsole(vm);
        stage.setScene(new Scene(MeetingWindows.rehearsal(vm, console), 1280, 800));
        stage.show();
        vm.load(() -> vm.begin("周主任", "吴某记", "三楼会议室", List.of(), false, null));
    }

    @AfterEach
    void close() {
        vm.close();
        ctx.close();
    }

    private int numberOf(String id) {
        for (int i = 0; i < vm.items().size(); i++) {
            if (vm.items().get(i).id().equals(id)) {
                return i + 1;
            }
        }
        throw new AssertionError("no item " + id);
    }

    private void jump(FxRobot robot, String id) throws Exception {
        int n = numberOf(id);
        for (char c : String.valueOf(n).toCharArray()) {
            robot.type(KeyCode.getKeyCode(String.valueOf(c)));
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.contentProperty().get() != null
                && vm.contentProperty().get().item() == vm.items().get(n - 1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void regionsMarkedAsPersonalDataAreMaskedOnTheAudienceSide(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.startedProperty().get() && vm.contentProperty().get() != null);
        robot.interact(console::requestFocus);
        robot.interact(() -> console.setPreviewShown(true));

        // the photo: one mask, where the region is
        jump(robot, "e03");
        assertThat(vm.contentProperty().get().masks()).containsExactly(FACE);
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
        assertThat(vm.contentProperty().get().masks()).isEmpty();
        assertThat(audience.maskRectangles()).isEmpty();

        // the PDF page: the marked signature besides whatever the text search found
        jump(robot, "d01");
        assertThat(vm.contentProperty().get().masks()).contains(SIGNATURE);

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
