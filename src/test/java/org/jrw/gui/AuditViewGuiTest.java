package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The audit window lists the demo import for the open case and verifies the chain. */
class AuditViewGuiTest extends DemoWindowGuiTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAuditWindowShowsTheImportAndVerifiesTheChain(FxRobot robot) throws Exception {
        awaitDemoCase();
        var d = vm.overview().dossier();
        robot.interact(() -> org.jrw.gui.audit.AuditView.show(null, ctx, d.caseId(), d.caseInfo().caseNumber()));
        TableView<org.jrw.logic.audit.Audit.Line> table = robot.lookup("#auditTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertThat(table.getItems()).allSatisfy(r -> assertThat(r.caseId()).isEqualTo(d.caseId()));
        assertThat(table.getItems().get(0).action()).isEqualTo("case.import");
        // the action and details columns read as words, not codes or JSON (issue 23 item 8)
        assertThat(table.getColumns().get(4).getCellObservableValue(0).getValue()).isEqualTo("导入案卷");
        assertThat(String.valueOf(table.getColumns().get(6).getCellObservableValue(0).getValue())).doesNotContain("{", "\"");
        robot.clickOn("#auditVerify");
        Label verdict = robot.lookup("#auditVerdict").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !verdict.getText().isEmpty());
        assertThat(verdict.getText()).contains("哈希链无误");
    }

    /** 对照外发文件核验…: the anchor of an opinion rendered here is found in the history (ADR 0091). */
    @Test
    void theAuditWindowChecksAnOpinionSentOutAgainstTheHistory(FxRobot robot) throws Exception {
        awaitDemoCase();
        var d = vm.overview().dossier();
        Path pdf = tmp.resolve("anchored-" + System.nanoTime() + ".pdf");
        java.util.concurrent.CompletableFuture<Object> done = new java.util.concurrent.CompletableFuture<>();
        ctx.tasks().run("render", p -> new org.jrw.logic.review.ReviewService(ctx.openWorkspace())
                .renderOpinion(d.caseId(), pdf), done::complete, done::completeExceptionally);
        done.get(60, TimeUnit.SECONDS);
        FakeDialogs dialogs = new FakeDialogs().choose(pdf);
        robot.interact(() -> org.jrw.gui.audit.AuditView.show(null, ctx, d.caseId(), d.caseInfo().caseNumber(), dialogs));
        robot.clickOn("#auditAgainst");
        Label verdict = robot.lookup("#auditVerdict").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> verdict.getText().contains("外发文件"));
        assertThat(verdict.getText()).contains("审计记录与外发文件一致", "仍在本工作区历史中", pdf.getFileName().toString());
        assertThat(dialogs.choosers).containsExactly(org.jrw.i18n.Messages.get("gui.seats.audit.choose"));
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> {
            // the window opened without an owner has no theme; give the picture a CJK font
            verdict.getScene().getRoot().setStyle("-fx-font-family: 'Noto Sans CJK SC';");
            verdict.getScene().getRoot().applyCss();
            verdict.getScene().getRoot().layout();
            shot[0] = verdict.getScene().getRoot().snapshot(null, null);
        });
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage((int) shot[0].getWidth(),
                (int) shot[0].getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, shot[0].getPixelReader().getArgb(x, y));
            }
        }
        java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
        javax.imageio.ImageIO.write(img, "png", Path.of("target", "screenshots", "audit-anchors.png").toFile());
    }
}
