package org.jrw.gui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.jrw.gui.AppContext;
import org.jrw.gui.MainViewModel;
import org.jrw.logic.signing.OpinionVerifier;
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
 * A joint review meeting on the demo case, chaired live: three members get signing identities,
 * every review point is filled (some through the grid's cells, one dissent), the panel concludes,
 * the opinion is rendered and signed by the three in turn; verification shows 3 / 3 valid. A
 * wrong password is refused with a clear message and writes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewGuiTest {
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

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> c) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, c);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void threeMembersReviewConcludeRenderSignThriceAndVerifyAllValid(FxRobot robot) throws Exception {
        waitFor("the demo case", () -> vm.overview().dossier() != null
                && robot.lookup("#overviewTabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#overviewTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "reviewTab".equals(t.getId())).findFirst().orElseThrow()));
        ReviewView view = robot.lookup("#reviewView").queryAs(ReviewView.class);
        ReviewViewModel rvm = view.viewModel();
        waitFor("the review", () -> rvm.review() != null && !rvm.isBusy());
        assertThat(rvm.compositionProperty().get()).contains("执法业务骨干", "法律顾问", "行业领域专家");
        assertThat(rvm.draftProperty().get()).isTrue();
        assertThat(rvm.findingsErrorProperty().get()).isNull(); // the legality checks ran on the demo case

        // the panel: three members, each with a new signing identity
        String[][] people = {{"李某华", "OFFICER"}, {"王某律师", "LEGAL_ADVISER"}, {"赵某工", "EXPERT"}};
        Path[] keys = new Path[3];
        for (int i = 0; i < 3; i++) {
            keys[i] = tmp.resolve("id-" + i + "-" + System.nanoTime() + ".p12");
            int n = i;
            robot.interact(() -> rvm.createIdentity(people[n][0], "西安市应急管理局", Role.valueOf(people[n][1]), keys[n],
                    ("secret-" + n).toCharArray()));
        }
        waitFor("three members", () -> rvm.members().size() == 3 && !rvm.isBusy());
        assertThat(rvm.compositionOkProperty().get()).isTrue();
        assertThat(rvm.members()).allSatisfy(m -> assertThat(m.certificateSha256()).hasSize(64));
        for (Path k : keys) {
            assertThat(k).exists();
        }
        List<PanelMember> members = List.copyOf(rvm.members());
        assertThat(members.stream().allMatch(rvm::canEdit)).isTrue();

        // through the grid's cells: the officer agrees on every point, the expert objects to the discretion
        PanelMember officer = members.get(0);
        PanelMember expert = members.get(2);
        waitFor("the grid", () -> robot.lookup("#view-SUBJECT-" + officer.id()).tryQuery().isPresent());
        for (ReviewPoint p : ReviewPoint.values()) {
            ComboBox<ViewKind> box = robot.lookup("#view-" + p.name() + "-" + officer.id()).queryAs(ComboBox.class);
            robot.interact(() -> box.setValue(ViewKind.AGREE));
        }
        TextArea dissentText = robot.lookup("#text-DISCRETION-" + expert.id()).queryAs(TextArea.class);
        ComboBox<ViewKind> dissent = robot.lookup("#view-DISCRETION-" + expert.id()).queryAs(ComboBox.class);
        robot.interact(() -> {
            dissentText.setText("罚款数额偏高，建议按基准下限处罚");
            dissent.setValue(ViewKind.OBJECT);
        });
        // the rest through the view-model (the chair recording live)
        for (ReviewPoint p : ReviewPoint.values()) {
            robot.interact(() -> rvm.recordView(members.get(1), p, p == ReviewPoint.LAW ? ViewKind.SUPPLEMENT
                    : ViewKind.AGREE, p == ReviewPoint.LAW ? "建议在决定书中同时引用实施条例" : ""));
            if (p != ReviewPoint.DISCRETION) {
                robot.interact(() -> rvm.recordView(expert, p, ViewKind.AGREE, ""));
            }
        }
        waitFor("every point decided", () -> !rvm.isBusy() && rvm.review().openPoints().isEmpty());
        assertThat(rvm.review().isDisputed(ReviewPoint.DISCRETION)).isTrue();
        assertThat(rvm.review().view(ReviewPoint.DISCRETION, expert.id()).orElseThrow().text()).contains("偏高");
        assertThat(robot.lookup("#cell-DISCRETION-" + expert.id()).query().getStyleClass()).contains("view-object");
        assertThat(rvm.draftProperty().get()).isTrue(); // no conclusion yet
        assertThat(rvm.statusProperty().get()).contains("草稿", "尚无联审结论");

        // conclusion and recommended penalty
        robot.interact(() -> rvm.conclude(new Recommendation(Conclusion.APPROVE_WITH_CHANGES, "罚款人民币二万元", 20000L,
                "一万元以上五万元以下", "一般违法行为：一万元以上三万元以下", List.of("初次违法", "及时改正"), List.of(),
                "违法情节一般，且已及时改正，按基准档次下限处罚", List.of("西应急罚〔2023〕12号"))));
        waitFor("the conclusion", () -> !rvm.isBusy() && rvm.review().recommendation().conclusion() != null);
        assertThat(rvm.draftProperty().get()).isFalse();

        // the officer's certificate is renewed (ADR 0090): explicit, with a reason, audited
        Path renewedKey = tmp.resolve("renewed-" + System.nanoTime() + ".p12");
        org.jrw.logic.signing.Identities.create("李某华", "西安市应急管理局", Role.OFFICER, renewedKey,
                "secret-new".toCharArray());
        robot.interact(() -> view.select("reviewPanelTab"));
        TableView<PanelMember> memberTable = robot.lookup("#memberTable").queryAs(TableView.class);
        robot.interact(() -> memberTable.getSelectionModel().select(0));
        assertThat(robot.lookup("#renewCertificateButton").queryButton().isDisabled()).isFalse();
        String oldSha = officer.certificateSha256();
        robot.interact(() -> rvm.renewCertificate(officer, renewedKey, "secret-new".toCharArray(), "原证书到期"));
        waitFor("the renewal", () -> !rvm.isBusy() && !oldSha.equals(rvm.members().get(0).certificateSha256()));
        assertThat(org.jrw.logic.audit.Audit.list(ctx.openWorkspace(), rvm.review().caseId(), null))
                .anySatisfy(r -> assertThat(r.action()).isEqualTo("review.member.renew"));
        keys[0] = renewedKey;
        String[] passwords = {"secret-new", "secret-1", "secret-2"};
        // the dialog as the chair sees it (picture for the docs), then cancelled
        robot.interact(() -> memberTable.getSelectionModel().select(0));
        robot.clickOn("#renewCertificateButton");
        waitFor("the renewal dialog", () -> robot.lookup("#renewReason").tryQuery().isPresent());
        robot.lookup("#renewFile").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            robot.lookup("#renewFile").queryAs(javafx.scene.control.TextField.class).setText("/home/李某华/李某华-2027.p12");
            robot.lookup("#renewReason").queryAs(javafx.scene.control.TextField.class).setText("原证书到期");
        });
        javafx.scene.Scene dialogScene = robot.lookup("#renewReason").query().getScene();
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = dialogScene.getRoot().snapshot(null, null));
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage((int) shot[0].getWidth(),
                (int) shot[0].getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, shot[0].getPixelReader().getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of("target", "screenshots"));
        javax.imageio.ImageIO.write(img, "png", Path.of("target", "screenshots", "review-renew-certificate.png").toFile());
        robot.interact(() -> ((javafx.stage.Stage) dialogScene.getWindow()).close());
        waitFor("the dialog closed", () -> robot.lookup("#renewReason").tryQuery().isEmpty());
        assertThat(rvm.members().get(0).certificateSha256()).isEqualTo(
                org.jrw.logic.signing.Identities.info(org.jrw.logic.signing.Identities.load(renewedKey,
                        "secret-new".toCharArray()).certificate()).sha256());

        // render
        Path rendered = tmp.resolve("opinion-" + System.nanoTime() + ".pdf");
        robot.interact(() -> rvm.render(rendered));
        waitFor("the rendering", () -> !rvm.isBusy() && rvm.lastPdfProperty().get() != null);
        assertThat(rendered).exists();
        assertThat(rvm.reportProperty().get().draft()).isFalse();
        assertThat(rvm.reportProperty().get().required()).isEqualTo(3);
        assertThat(rvm.reportProperty().get().signed()).isZero();

        // a wrong password: a clear message, nothing written
        Path wrong = tmp.resolve("wrong-" + System.nanoTime() + ".pdf");
        robot.interact(() -> rvm.sign(officer, rendered, keys[0], "not-it".toCharArray(), wrong));
        waitFor("the refusal", () -> !rvm.isBusy() && rvm.messageProperty().get().contains("密码不正确"));
        assertThat(wrong).doesNotExist();
        robot.interact(() -> robot.listWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(w -> (Stage) w).toList().forEach(Stage::close));

        // the GUI cannot sign a seat with another member's certificate, nor with the old one
        Path foreign = tmp.resolve("foreign-" + System.nanoTime() + ".pdf");
        robot.interact(() -> rvm.sign(officer, rendered, keys[1], "secret-1".toCharArray(), foreign));
        waitFor("the seat refusal", () -> !rvm.isBusy() && rvm.messageProperty().get().contains("不是本案联审小组中"));
        assertThat(foreign).doesNotExist();
        robot.interact(() -> robot.listWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(w -> (Stage) w).toList().forEach(Stage::close));

        // three signatures in turn, each on a new file
        Path in = rendered;
        for (int i = 0; i < 3; i++) {
            Path out = tmp.resolve("signed-" + i + "-" + System.nanoTime() + ".pdf");
            Path from = in;
            int n = i;
            robot.interact(() -> rvm.sign(members.get(n), from, keys[n], passwords[n].toCharArray(), out));
            waitFor("signature " + (i + 1), () -> !rvm.isBusy() && out.equals(rvm.lastPdfProperty().get())
                    && rvm.reportProperty().get().signed() == n + 1);
            assertThat(rvm.reportProperty().get().intact()).isTrue();
            in = out;
        }
        assertThat(rvm.review().frozen()).isTrue();

        // verify the last file: the panel lists three valid signatures covering the document
        Path last = in;
        robot.interact(() -> rvm.reportProperty().set(null));
        robot.interact(() -> rvm.verify(last));
        waitFor("the verification", () -> !rvm.isBusy() && rvm.reportProperty().get() != null);
        OpinionVerifier.Report rep = rvm.reportProperty().get();
        assertThat(rep.intact()).isTrue();
        assertThat(rep.complete()).isTrue();
        assertThat(rep.signatures()).hasSize(3).allSatisfy(e -> assertThat(e.valid()).isTrue());
        assertThat(rep.signatures()).extracting(OpinionVerifier.Entry::role)
                .containsExactly(Role.OFFICER, Role.LEGAL_ADVISER, Role.EXPERT);
        assertThat(rep.signatures().get(2).coversWholeDocument()).isTrue();
        robot.interact(() -> view.select("reviewOpinionTab"));
        assertThat(robot.lookup("#verifyCompleteness").queryAs(Label.class).getText()).isEqualTo("3 / 3 已签名");
        assertThat(robot.lookup("#verifyIntegrity").queryAs(Label.class).getText()).contains("文件完整");
        TableView<OpinionVerifier.Entry> table = robot.lookup("#signatureTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        // checked against the registered panel: every signature is its member's registered certificate
        assertThat(table.getItems()).allSatisfy(e -> assertThat(e.registered()).isTrue());
        assertThat(Files.size(last)).isGreaterThan(Files.size(rendered));
        javafx.scene.image.WritableImage[] shot2 = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot2[0] = table.getScene().getRoot().snapshot(null, null));
        java.awt.image.BufferedImage img2 = new java.awt.image.BufferedImage((int) shot2[0].getWidth(),
                (int) shot2[0].getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < img2.getHeight(); y++) {
            for (int x = 0; x < img2.getWidth(); x++) {
                img2.setRGB(x, y, shot2[0].getPixelReader().getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(img2, "png", Path.of("target", "screenshots", "review-verify-seats.png").toFile());
    }
}
