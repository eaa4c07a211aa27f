package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jrw.gui.edit.CaseEditView;
import org.jrw.i18n.Messages;
import org.jrw.logic.audit.Audit;
import org.jrw.model.Dossier;
import org.jrw.persistence.AuditDao;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 案件编辑 tab on the demo case: a field edited and stored, an invalid credit code refused, undo, the draft confirmed. */
@ExtendWith(ApplicationExtension.class)
class CaseEditGuiTest {
    @TempDir
    static Path tmp;
    private AppContext ctx;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        ctx = new AppContext(tmp.resolve("ws-" + System.nanoTime()));
        vm = new MainViewModel(ctx);
        Scene scene = new Scene(new MainView(vm, stage::close), 1280, 860);
        // as the application does: the theme and a CJK font (the bundled one where the system has none)
        Appearance.setFontFamily(WorkbenchApp.chooseFont());
        Appearance.apply(scene, ctx.preferences());
        stage.setScene(scene);
        stage.show();
        vm.start();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private Dossier stored() {
        return ctx.dossiers().load(vm.overview().dossier().caseId());
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> c) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, c);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void editStoreRefuseUndoAndConfirm(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.overview().dossier() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#overviewTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "editTab".equals(t.getId())).findFirst().orElseThrow()));
        String caseId = vm.overview().dossier().caseId();
        String title = stored().caseInfo().title();
        int audits = Audit.list(ctx.openWorkspace(), caseId, null).size();

        // edit a field: stored after the pause, audited
        TextField titleField = robot.lookup("#" + CaseEditView.idOf("case.title")).queryAs(TextField.class);
        robot.clickOn(titleField);
        robot.interact(() -> titleField.setText(title + "（更正）"));
        waitFor(() -> stored().caseInfo().title().equals(title + "（更正）"));
        waitFor(() -> vm.overview().dossier().caseInfo().title().endsWith("（更正）"));
        assertThat(Audit.list(ctx.openWorkspace(), caseId, null)).extracting(AuditDao.Row::action).contains("case.edit");
        Label status = robot.lookup("#editStatus").queryAs(Label.class);
        assertThat(status.getText()).startsWith("已保存");

        // an invalid credit code is marked with the reason and not saved
        String code = stored().parties().get(0).creditCode();
        String wrong = code.substring(0, 17) + (code.charAt(17) == 'X' ? 'Y' : 'X');
        TextField codeField = robot.lookup("#" + CaseEditView.idOf("parties[p1].creditCode")).queryAs(TextField.class);
        // the party's fields lie below the case's; the form above them grows with the live findings and
        // hints as they arrive, so bring the field into view before clicking it
        scrollTo(robot, codeField);
        robot.clickOn(codeField).press(KeyCode.END).release(KeyCode.END).press(KeyCode.BACK_SPACE)
                .release(KeyCode.BACK_SPACE).write(wrong.substring(17));
        Label reason = robot.lookup("#" + CaseEditView.idOf("parties[p1].creditCode") + "_reason").queryAs(Label.class);
        waitFor(() -> reason.isVisible() && reason.getText().contains("未通过校验"));
        shot(robot, "edit-invalid-credit-code");
        assertThat(codeField.getText()).isEqualTo(wrong);
        assertThat(stored().parties().get(0).creditCode()).isEqualTo(code);
        assertThat(status.getText()).startsWith("未保存");
        robot.interact(() -> codeField.setText(code));
        waitFor(() -> !reason.isVisible());

        // undo (Ctrl+Z) takes the title back
        scrollTo(robot, titleField);
        robot.clickOn(titleField);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> stored().caseInfo().title().equals(title));
        waitFor(() -> titleField.getText().equals(title));
        assertThat(Audit.list(ctx.openWorkspace(), caseId, null)).extracting(AuditDao.Row::action)
                .contains("case.edit.undo");

        // tick evidence ↔ violation, then take it back with the 撤销 button: the tick follows
        javafx.scene.control.CheckBox tick = robot.lookup(n -> n instanceof javafx.scene.control.CheckBox c
                && c.getId() != null && c.getId().startsWith("editLink_"))
                .queryAs(javafx.scene.control.CheckBox.class);
        String[] ids = tick.getId().split("_");
        boolean linked = tick.isSelected();
        scrollTo(robot, tick);
        robot.clickOn(tick);
        waitFor(() -> stored().evidenceItem(ids[1]).orElseThrow().proves().contains(ids[2]) != linked);
        robot.clickOn("#editUndo");
        waitFor(() -> stored().evidenceItem(ids[1]).orElseThrow().proves().contains(ids[2]) == linked
                && tick.isSelected() == linked);

        // mark as draft; confirming is refused while the agency is missing, then succeeds
        robot.clickOn("#markDraft");
        VBox banner = robot.lookup("#draftBanner").queryAs(VBox.class);
        waitFor(() -> stored().caseInfo().draft() && banner.isVisible());
        TextField agency = robot.lookup("#" + CaseEditView.idOf("case.agency")).queryAs(TextField.class);
        String agencyText = agency.getText();
        robot.interact(() -> agency.setText(""));
        waitFor(() -> stored().caseInfo().agency() == null);
        robot.clickOn(robot.lookup("#confirmDraft").queryAs(Button.class));
        Label problems = robot.lookup("#draftProblems").queryAs(Label.class);
        waitFor(() -> problems.getText().contains("执法机关尚未填写"));
        shot(robot, "edit-draft-refused");
        assertThat(stored().caseInfo().draft()).isTrue();
        robot.interact(() -> agency.setText(agencyText));
        waitFor(() -> agencyText.equals(stored().caseInfo().agency()));
        robot.clickOn(robot.lookup("#confirmDraft").queryAs(Button.class));
        waitFor(() -> !stored().caseInfo().draft() && !banner.isVisible());
        assertThat(Audit.verify(ctx.openWorkspace()).intact()).isTrue();

        // a provision typed in short form is resolved against the law library, the article and range shown
        String at = "violations[v1].penaltyProvision";
        TextField provision = robot.lookup("#" + CaseEditView.idOf(at)).queryAs(TextField.class);
        scrollTo(robot, provision);
        robot.interact(() -> provision.setText("安全生产法97条7项"));
        Label hint = robot.lookup("#" + CaseEditView.idOf(at) + "_hint").queryAs(Label.class);
        waitFor(() -> "安全生产法97条7项".equals(stored().violations().get(0).penaltyProvision()));
        waitFor(() -> hint.getText().startsWith("《中华人民共和国安全生产法》第九十七条第（七）项"));
        assertThat(hint.getText()).contains("特种作业人员未按照规定");
        Label range = robot.lookup("#" + CaseEditView.idOf("violations[v1].proposed.fineYuan") + "_hint")
                .queryAs(Label.class);
        assertThat(range.getText()).startsWith("法定罚款幅度");
        scrollTo(robot, provision);
        shot(robot, "edit-provision-resolved");
    }

    private static void scrollTo(FxRobot robot, javafx.scene.Node node) {
        javafx.scene.control.ScrollPane sp = robot.lookup("#editForms").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> {
            double y = sp.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double h = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(h <= 0 ? 0 : Math.min(1, Math.max(0, (y - 120) / h)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window as the user sees it, for docs/screenshots (written to target/screenshots). */
    private static void shot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> img[0] = robot.lookup("#overviewTabs").query().getScene().snapshot(null));
        int w = (int) img[0].getWidth();
        int h = (int) img[0].getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, img[0].getPixelReader().getArgb(x, y));
            }
        }
        Path dir = Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        javax.imageio.ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
        assertThat(dir.resolve(name + ".png")).isNotEmptyFile();
    }
}
