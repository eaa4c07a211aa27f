package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.AnnotationService;
import org.jrw.logic.review.ReviewService;
import org.jrw.model.Annotation;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;
import org.jrw.testing.CliRunner;
import org.jrw.testing.EvidenceFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The remote-review screens in the window: 导入反馈包 shows the adviser's additions, the signer
 * (not a registered adviser, while the host registered another one: the import stays disabled
 * until the user accepts it) and a conflict, every label in Chinese; ticking the conflict and
 * importing merges the adviser's annotation and view. 导出批注用 PDF and 导入 PDF 批注 run in the
 * background and bring a reviewer's comment onto the case.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeGuiTest {
    static final String CASE = "西应急罚〔2024〕66号";
    @TempDir
    static Path tmp;
    static Path host;
    static Path response;
    private AppContext ctx;
    private MainViewModel vm;

    private static void ok(Path ws, String... args) {
        List<String> a = new ArrayList<>(List.of("--workspace", ws.toString()));
        a.addAll(List.of(args));
        CliRunner.Run r = CliRunner.run(a.toArray(String[]::new));
        assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
    }

    private static void as(String name, String role) {
        System.setProperty("jrw.user", name);
        System.setProperty("jrw.role", role);
    }

    /** Host sends a review package; the adviser adds a note and disputes a point the host meanwhile changed. */
    @BeforeAll
    static void twoWorkspaces() throws Exception {
        host = tmp.resolve("host");
        Path adviser = tmp.resolve("adviser");
        as("王建国", "OFFICER");
        ok(host, "case", "import", EvidenceFixtures.pkg(CASE).writeZip(tmp.resolve("in.jrcase")).toString());
        ok(host, "review", "member", CASE, "--name", "王建国", "--role", "OFFICER");
        ok(host, "review", "member", CASE, "--name", "李律师", "--role", "LEGAL_ADVISER");
        ok(host, "review", "member", CASE, "--name", "赵工", "--role", "EXPERT");
        Path review = tmp.resolve("r.jrreview");
        ok(host, "package", "export-review", CASE, "--out", review.toString());
        as("李律师", "LEGAL_ADVISER");
        ok(adviser, "package", "open", review.toString());
        String caseId = caseId(adviser);
        ok(adviser, "annotation", "add", caseId, "--target", "e1", "--author", "李律师", "--role", "LEGAL_ADVISER",
                "--note", "照片未注明拍摄时间和地点", "--kind", "DEFECT", "--rect", "10,20,100,50");
        ok(adviser, "review", "view", caseId, "--member", "李律师", "--point", "LAW", "--view", "有异议", "--text",
                "应适用第九十七条第七项");
        response = tmp.resolve("r.jrresponse");
        ok(adviser, "package", "export-response", caseId, "--out", response.toString());
        // meanwhile on the host: the same view recorded differently, and another adviser registered
        as("王建国", "OFFICER");
        ok(host, "review", "view", CASE, "--member", "李律师", "--point", "LAW", "--view", "同意");
        Path stranger = tmp.resolve("other-adviser.pem");
        ok(tmp.resolve("other"), "package", "certificate", "--out", stranger.toString());
        ok(host, "package", "trust", "add", stranger.toString(), "--name", "别的顾问");
        System.clearProperty("jrw.user");
        System.clearProperty("jrw.role");
    }

    private static String caseId(Path ws) throws Exception {
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "case", "list", "--json");
        return org.jrw.codec.Json.parse(r.out()).get("cases").get(0).get("caseId").asText();
    }

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        ctx = new AppContext(host, tmp.resolve("config-" + System.nanoTime()));
        vm = new MainViewModel(ctx);
        stage.setScene(new Scene(new MainView(vm, stage::close), 1200, 800));
        stage.show();
        vm.start();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(w -> (Stage) w).toList().forEach(Stage::close));
        ctx.close();
    }

    private static void waitFor(String what, Callable<Boolean> c) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, c);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void importResponsePreviewShowsTheAdditionsAndAConflictAndTheAcceptPathMergesThem(FxRobot robot)
            throws Exception {
        waitFor("the case", () -> vm.overview().dossier() != null);
        robot.interact(() -> vm.importResponse(response));
        waitFor("the preview", () -> robot.lookup("#exchangeImport").tryQuery().isPresent());

        String summary = robot.lookup("#exchangePreviewSummary").queryAs(Label.class).getText();
        assertThat(summary).contains("李律师", CASE, "批注 1 条", "冲突 1 项");
        String trust = robot.lookup("#exchangePreviewTrust").queryAs(Label.class).getText();
        assertThat(trust).contains("李律师", "不是已登记的顾问");
        String changes = robot.lookup("#exchangeChanges").queryAs(TextArea.class).getText();
        assertThat(changes).contains("新增", "照片未注明拍摄时间和地点", "法律顾问", "待处理");
        assertThat(changes).doesNotContain("add ", "[open]");
        CheckBox conflict = robot.lookup("#exchangeConflict-0").queryAs(CheckBox.class);
        assertThat(conflict.getText()).contains("view:LAW:m2", "双方都修改了同一项", "本方：", "对方：",
                "适用法律是否正确", "有异议", "应适用第九十七条第七项");
        assertThat(conflict.getText()).doesNotContain("ours", "theirs");

        // the signer is not registered while another adviser is: import only after accepting explicitly
        Node importButton = robot.lookup("#exchangeImport").query();
        assertThat(importButton.isDisabled()).isTrue();
        robot.clickOn("#exchangeAcceptUnknown");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(importButton.isDisabled()).isFalse();
        robot.clickOn("#exchangeConflict-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(conflict.isSelected()).isTrue();
        robot.clickOn("#exchangeImport");

        AnnotationService annotations = new AnnotationService(ctx.openWorkspace());
        waitFor("the merge", () -> annotations.list(CASE).stream().anyMatch(a -> a.author().equals("李律师")));
        Annotation theirs = annotations.list(CASE).stream().filter(a -> a.author().equals("李律师")).findFirst()
                .orElseThrow();
        assertThat(theirs.note()).isEqualTo("照片未注明拍摄时间和地点");
        assertThat(theirs.targetId()).isEqualTo("e1");
        assertThat(theirs.rects()).containsExactly(new Annotation.Rect(10, 20, 100, 50));
        var view = new ReviewService(ctx.openWorkspace()).load(CASE).view(ReviewPoint.LAW, "m2").orElseThrow();
        assertThat(view.kind()).isEqualTo(ViewKind.OBJECT);
        assertThat(view.text()).isEqualTo("应适用第九十七条第七项");
    }

    @Test
    void commentPdfIsExportedAndAReviewersCommentImportedFromTheMenuActions(FxRobot robot) throws Exception {
        waitFor("the case", () -> vm.overview().dossier() != null);
        Path pdf = tmp.resolve("gui-dossier-" + System.nanoTime() + ".pdf");
        robot.interact(() -> vm.exportCommentPdf(pdf));
        waitFor("the PDF", () -> Files.exists(pdf) && !ctx.tasks().runningProperty().get());
        Path reviewed = tmp.resolve("gui-reviewed-" + System.nanoTime() + ".pdf");
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDPage first = d.getPage(0); // d1 page 1
            PDAnnotationSquare box = new PDAnnotationSquare();
            box.setRectangle(new PDRectangle(100, first.getMediaBox().getHeight() - 250, 150, 50));
            box.setContents("审批表缺少负责人签字");
            box.setTitlePopup("周顾问");
            List<PDAnnotation> l = new ArrayList<>(first.getAnnotations());
            l.add(box);
            first.setAnnotations(l);
            d.save(reviewed.toFile());
        }
        robot.interact(() -> vm.importComments(reviewed));
        AnnotationService annotations = new AnnotationService(ctx.openWorkspace());
        waitFor("the comment", () -> annotations.list(CASE).stream().anyMatch(a -> a.author().equals("周顾问")));
        Annotation a = annotations.list(CASE).stream().filter(x -> x.author().equals("周顾问")).findFirst().orElseThrow();
        assertThat(a.targetId()).isEqualTo("d1");
        assertThat(a.page()).isEqualTo(1);
        assertThat(a.role()).isEqualTo(org.jrw.model.Role.LEGAL_ADVISER);
        assertThat(a.rects().get(0).x()).isCloseTo(100, org.assertj.core.api.Assertions.within(1.0));
        assertThat(a.rects().get(0).y()).isCloseTo(200, org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void everyPreviewLabelIsInTheUsersLanguage(FxRobot robot) {
        var conflict = new org.jrw.logic.exchange.ExchangeService.Conflict("view:LAW:m2", "changedBoth", "A", "B");
        var change = new org.jrw.logic.exchange.ExchangeService.Change("annotation:a-1", "add", "X");
        var result = new org.jrw.logic.exchange.ExchangeService.MergeResult("c-1", "N-1", "rs-1", "rp-1", "Li",
                "ab".repeat(32), 1, 0, 0, List.of(change), List.of(conflict), false, false, null, true);
        List<String> texts = new ArrayList<>();
        try {
            Messages.setLanguage("en");
            robot.interact(() -> {
                ExchangeDialogs.Preview v = ExchangeDialogs.preview(result);
                for (Node n : v.box.getChildren()) {
                    if (n instanceof javafx.scene.control.Labeled l) {
                        texts.add(l.getText());
                    } else if (n instanceof TextArea t) {
                        texts.add(t.getText());
                    }
                }
            });
        } finally {
            Messages.setLanguage("zh");
        }
        assertThat(texts).isNotEmpty();
        assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContainPattern("[\\u3000-\\u9fff\\uff00-\\uffef]"));
        assertThat(String.join("\n", texts)).contains("ours: A", "theirs: B", "add  annotation:a-1",
                "not a registered adviser", "I have confirmed");
    }

    /** Refusals are listed in the preview but cannot be ticked; conflicts can. */
    @Test
    void refusalsInThePreviewCannotBeTaken(FxRobot robot) {
        var both = new org.jrw.logic.exchange.ExchangeService.Conflict("view:LAW:m2", "changedBoth", "A", "B");
        var forged = new org.jrw.logic.exchange.ExchangeService.Conflict("annotation:a-9", "notTheirs", null, "X");
        var result = new org.jrw.logic.exchange.ExchangeService.MergeResult("c-1", "N-1", "rs-1", "rp-1", "Li",
                "ab".repeat(32), 0, 0, 0, List.of(), List.of(both, forged), false, false, "李律师", true);
        robot.interact(() -> {
            ExchangeDialogs.Preview v = ExchangeDialogs.preview(result);
            assertThat(v.picks).hasSize(2);
            assertThat(v.picks.get(0).isDisable()).isFalse();
            assertThat(v.picks.get(1).isDisable()).isTrue();
            assertThat(v.picks.get(1).getText()).contains("以他人名义");
        });
    }
}
