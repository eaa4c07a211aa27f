package org.jrw.gui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.jrw.logic.intake.Classification;
import org.jrw.logic.intake.IntakeFixtures;
import org.jrw.model.Dossier;
import org.jrw.model.EvidenceKind;
import org.jrw.persistence.CaseDao;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.jrw.gui.FxWait;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The intake window: the files list with a type per file (changed with the combo box) and a
 * message per bad file; the fields with their sources; a conflict (the notice says 4万, the
 * decision 3万) shown side by side and resolved by choosing one; the draft case created with the
 * chosen fine. Snapshots of the window go to target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class IntakeGuiTest {
    @TempDir
    Path tmp;
    private AppContext ctx;
    private Stage owner;

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("host")), 800, 600));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(w -> (Stage) w).toList().forEach(Stage::close));
        if (ctx != null) {
            ctx.close();
        }
    }

    private static void waitFor(String what, Callable<Boolean> c) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, c);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(FxRobot robot, String id) {
        return (T) robot.lookup("#" + id).query();
    }

    @Test
    void filesConflictChoiceAndDraftCase(FxRobot robot) throws Exception {
        Path in = tmp.resolve("案卷材料");
        IntakeFixtures.docx(in.resolve("12-行政处罚决定书.docx"), IntakeFixtures.decision("渭某应急罚〔2024〕8号", "3万元"));
        IntakeFixtures.docx(in.resolve("10-行政处罚告知书.docx"), IntakeFixtures.notice("肆万元整"));
        Files.write(in.resolve("现场照片1.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 1, 2, 3});
        Files.write(in.resolve("空白.pdf"), new byte[0]);
        ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"));
        AtomicReference<String> created = new AtomicReference<>();
        AtomicReference<Stage> window = new AtomicReference<>();
        robot.interact(() -> window.set(IntakeView.open(owner, ctx, List.of(in), created::set)));

        TableView<IntakeViewModel.FileRow> files = lookup(robot, "intakeFiles");
        waitFor("files read", () -> files.getItems().size() == 4);
        TableView<IntakeViewModel.FieldRow> fields = lookup(robot, "intakeFields");
        waitFor("fields proposed", () -> !fields.getItems().isEmpty());
        IntakeViewModel.FileRow empty = files.getItems().stream().filter(r -> r.file().name().equals("空白.pdf")).findFirst().orElseThrow();
        assertThat(empty.messages()).contains("空文件");
        IntakeViewModel.FileRow photo = files.getItems().stream().filter(r -> r.file().name().equals("现场照片1.jpg")).findFirst().orElseThrow();
        assertThat(photo.typeProperty().get().evidenceKind()).isEqualTo(EvidenceKind.PHYSICAL);
        if (org.jrw.logic.training.Ocr.find().isEmpty()) {
            assertThat(photo.messages()).contains("待识别"); // no text recognition installed: said so
        }

        // change the photo's kind with its combo box
        List<ComboBox<Classification>> combos = robot.lookup(n -> n instanceof ComboBox).queryAll().stream()
                .map(n -> (ComboBox<Classification>) n).filter(c -> c.getParent() != null && c.isVisible()).toList();
        assertThat(combos).isNotEmpty();
        ComboBox<Classification> photoBox = combos.stream()
                .filter(c -> c.getValue() != null && c.getValue().evidenceKind() == EvidenceKind.PHYSICAL).findFirst().orElseThrow();
        robot.interact(() -> photoBox.setValue(IntakeViewModel.allTypes().stream()
                .filter(c -> c.evidenceKind() == EvidenceKind.DOCUMENTARY).findFirst().orElseThrow()));
        waitFor("type changed", () -> photo.typeProperty().get().evidenceKind() == EvidenceKind.DOCUMENTARY
                && !lookup(robot, "intakeStatus").toString().isEmpty());

        // the sources are shown with each value
        waitFor("party proposed", FxWait.onFx(() -> fields.getItems().stream().anyMatch(r -> r.value().equals("渭南某某建材有限公司"))));
        IntakeViewModel.FieldRow party = fields.getItems().stream().filter(r -> r.value().equals("渭南某某建材有限公司")).findFirst().orElseThrow();
        assertThat(party.source()).contains("12-行政处罚决定书.docx").contains("被处罚单位");

        // the conflict: both readings side by side
        TitledPane conflicts = lookup(robot, "intakeConflicts");
        waitFor("conflict shown", conflicts::isVisible);
        assertThat(fields.getItems()).anyMatch(r -> r.state() == IntakeViewModel.State.CONFLICT && r.label().equals("罚款（元）"));
        snapshot(robot, window.get(), "intake-conflict.png");
        Button use30000 = robot.lookup(n -> n instanceof Button b && ("intakeUse-violations[0].proposed.fineYuan-30000").equals(b.getId()))
                .query();
        assertThat(robot.lookup(n -> n instanceof Button b && b.getId() != null && b.getId().startsWith("intakeUse-violations[0].proposed.fineYuan-"))
                .queryAll()).hasSize(2);
        robot.clickOn(use30000);
        waitFor("conflict resolved", () -> !conflicts.isVisible());
        waitFor("fine chosen", FxWait.onFx(() -> fields.getItems().stream().anyMatch(r -> r.label().equals("罚款（元）") && r.value().equals("30000")
                && r.state() == IntakeViewModel.State.CHOSEN)));
        snapshot(robot, window.get(), "intake-list.png");

        // reject the address: the draft has none
        IntakeViewModel.FieldRow address = fields.getItems().stream().filter(r -> r.field().equals("parties[0].address")).findFirst().orElseThrow();
        robot.interact(() -> fields.getSelectionModel().select(address));
        robot.clickOn((Node) lookup(robot, "intakeReject"));
        waitFor("address rejected", FxWait.onFx(() -> fields.getItems().stream().anyMatch(r -> r.field().equals("parties[0].address")
                && r.state() == IntakeViewModel.State.REJECTED)));

        robot.clickOn((Node) lookup(robot, "intakeCreate"));
        waitFor("case created", () -> created.get() != null);
        Dossier d = ctx.openWorkspace().db().withConnection(c -> CaseDao.load(c, created.get())).orElseThrow();
        assertThat(d.caseInfo().draft()).isTrue();
        assertThat(d.caseInfo().caseNumber()).isEqualTo("渭某应急罚〔2024〕8号");
        assertThat(d.violations().get(0).proposed().fineYuan()).isEqualTo(30000L);
        assertThat(d.parties().get(0).address()).isNull();
        assertThat(d.evidence()).extracting(e -> e.typeText()).containsExactly("书证");
        assertThat(d.documents()).hasSize(2);
    }

    @Test
    void cancelAfterReadingLeavesNothing(FxRobot robot) throws Exception {
        Path in = tmp.resolve("in");
        IntakeFixtures.docx(in.resolve("决定书.docx"), IntakeFixtures.decision("渭某应急罚〔2024〕9号", "人民币叁万元整"));
        ctx = new AppContext(tmp.resolve("ws2"), tmp.resolve("config2"));
        AtomicReference<Stage> window = new AtomicReference<>();
        robot.interact(() -> window.set(IntakeView.open(owner, ctx, List.of(in), id -> { })));
        TableView<IntakeViewModel.FileRow> files = lookup(robot, "intakeFiles");
        waitFor("files read", () -> files.getItems().size() == 1);
        robot.clickOn((Node) lookup(robot, "intakeCancel"));
        waitFor("window closed", () -> !window.get().isShowing());
        waitFor("staging emptied", () -> {
            try (var s = Files.list(ctx.openWorkspace().tmpDir())) {
                return s.noneMatch(p -> p.getFileName().toString().startsWith("stage-"));
            } catch (IOException e) {
                return true;
            }
        });
        assertThat(ctx.openWorkspace().vault().list()).isEmpty();
        assertThat(ctx.dossiers().count()).isZero();
    }

    /**
     * The list appears before text recognition: scans are marked 识别中…, then refined one by one
     * (a scanned decision becomes a 行政处罚决定书), with the recognition's own progress shown;
     * cancelling the intake while recognition runs leaves nothing behind. A stand-in tesseract
     * (shell script, 3 s per picture) makes this the same with tesseract installed or not.
     */
    @Test
    void listFirstThenRecognitionAndCancelDuringItLeavesNothing(FxRobot robot) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win"));
        var fake = org.jrw.logic.intake.FakeTesseract.create(tmp.resolve("ocr"), List.of("渭南市某某区应急管理局", "行政处罚决定书",
                "渭某应急罚〔2024〕15号", "被处罚单位：渭南某某化工有限公司"), 3000);
        Path in = tmp.resolve("in3");
        IntakeFixtures.docx(in.resolve("10-行政处罚告知书.docx"), IntakeFixtures.notice("贰万元"));
        for (int i = 1; i <= 6; i++) {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(30 + i, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
            Files.createDirectories(in);
            ImageIO.write(img, "png", in.resolve("扫描件-0" + i + ".png").toFile());
        }
        ctx = new AppContext(tmp.resolve("ws3"), tmp.resolve("config3"));
        IntakeViewModel vm = new IntakeViewModel(ctx);
        vm.ocrEngine(fake::engine);
        AtomicReference<Stage> window = new AtomicReference<>();
        robot.interact(() -> {
            Stage st = new Stage();
            st.initOwner(owner);
            st.setScene(new Scene(new IntakeView(vm, ctx, id -> { }), 1280, 800));
            st.show();
            window.set(st);
            vm.start(List.of(in));
        });
        TableView<IntakeViewModel.FileRow> files = lookup(robot, "intakeFiles");
        waitFor("list shown", () -> files.getItems().size() == 7);
        assertThat(vm.ocrRunningProperty().get()).isTrue();
        List<IntakeViewModel.FileRow> waiting = files.getItems().stream().filter(IntakeViewModel.FileRow::recognising).toList();
        assertThat(waiting).isNotEmpty().allMatch(r -> r.messages().equals("识别中…"), "marked 识别中…");
        assertThat(((Node) lookup(robot, "intakeOcrStop")).isVisible()).isTrue();
        assertThat(((Node) lookup(robot, "intakeCreate")).isDisabled()).isTrue();
        waitFor("first scan recognised", FxWait.onFx(() -> files.getItems().stream().anyMatch(r -> r.file().name().endsWith(".png")
                && !r.recognising() && r.typeProperty().get().documentType() == org.jrw.model.DocumentType.PENALTY_DECISION)));
        assertThat(((Label) lookup(robot, "intakeOcrStatus")).getText()).startsWith("文字识别");
        snapshot(robot, window.get(), "intake-ocr.png");

        AtomicReference<Boolean> runningAtCancel = new AtomicReference<>();
        robot.interact(() -> {
            runningAtCancel.set(vm.ocrRunningProperty().get());
            vm.cancel();
        });
        assertThat(runningAtCancel.get()).as("cancelled while recognition was running").isTrue();
        waitFor("recognition stopped", () -> !vm.ocrRunningProperty().get());
        Thread.sleep(3500); // the picture being read when cancelled finishes: nothing may come of it
        waitFor("staging emptied", () -> {
            try (var st = Files.list(ctx.openWorkspace().tmpDir())) {
                return st.noneMatch(p -> p.getFileName().toString().startsWith("stage-"));
            } catch (IOException e) {
                return true;
            }
        });
        assertThat(ctx.openWorkspace().vault().list()).isEmpty();
        assertThat(ctx.dossiers().count()).isZero();
        assertThat(files.getItems()).isEmpty();
        assertThat(fake.calls()).isLessThan(6);
    }

    /**
     * The demo dossier's 23 files, loose: the list with every type proposed appears first; with
     * tesseract installed its pictures are then recognised (识别中… until each is read) and stay the
     * photographs their names say. Snapshots while recognising (when installed) and after.
     */
    @Test
    void demoFilesListThenRecognition(FxRobot robot) throws Exception {
        Path in = org.jrw.logic.intake.DemoLooseFiles.write(tmp.resolve("demo"));
        ctx = new AppContext(tmp.resolve("ws4"), tmp.resolve("config4"));
        AtomicReference<Stage> window = new AtomicReference<>();
        robot.interact(() -> window.set(IntakeView.open(owner, ctx, List.of(in), id -> { })));
        TableView<IntakeViewModel.FileRow> files = lookup(robot, "intakeFiles");
        waitFor("list shown", () -> files.getItems().size() == 23);
        IntakeViewModel vm = (IntakeViewModel) window.get().getProperties().get(IntakeViewModel.class);
        if (org.jrw.logic.training.Ocr.find().isPresent() && vm.ocrRunningProperty().get()) {
            snapshot(robot, window.get(), "intake-demo-recognising.png");
        }
        waitFor("recognition ended", () -> !vm.ocrRunningProperty().get());
        waitFor("fields proposed", () -> !((TableView<?>) lookup(robot, "intakeFields")).getItems().isEmpty());
        assertThat(files.getItems()).noneMatch(IntakeViewModel.FileRow::recognising);
        assertThat(files.getItems()).filteredOn(r -> r.file().name().contains("照片"))
                .allMatch(r -> r.typeProperty().get().isEvidence());
        snapshot(robot, window.get(), "intake-demo-files.png");
    }

    private static void snapshot(FxRobot robot, Stage stage, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        AtomicReference<javafx.scene.image.WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(stage.getScene().snapshot(null)));
        var fx = img.get();
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, fx.getPixelReader().getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", dir.resolve(name).toFile());
    }
}
