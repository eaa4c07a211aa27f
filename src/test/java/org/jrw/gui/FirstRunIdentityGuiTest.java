package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jrw.logic.settings.Preferences;
import org.jrw.model.Role;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23 item 3: right after the name and role are saved, the 联审 tab no longer claims that the
 * identity is missing; it says the user is not on the panel yet, and it names the real menu item.
 */
class FirstRunIdentityGuiTest extends DemoWindowGuiTest {
    @Start
    void start(Stage stage) {
        open(stage, 1280, true);
    }

    @Test
    void savingNameAndRoleUpdatesTheReviewTabAtOnce(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.overview().dossier() != null
                && robot.lookup("#overviewTabs").tryQuery().isPresent());
        javafx.scene.control.TabPane tabs = robot.lookup("#overviewTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "reviewTab".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".review-hint").tryQuery().isPresent());
        // the hint above the grid: what the user may record
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".review-hint").queryAllAs(Label.class)
                .stream().anyMatch(l -> l.getText() != null && l.getText().contains("意见只")));
        Label hint = robot.lookup(".review-hint").queryAllAs(Label.class).stream()
                .filter(l -> l.getText() != null && l.getText().contains("意见只")).findFirst().orElseThrow();
        assertThat(hint.getText()).contains("编辑 → 偏好设置").doesNotContain("首选项");
        // the menu named in the hint is the menu bar's own (issue 23 item 3)
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        String menuPath = bar.getMenus().stream().flatMap(m -> m.getItems().stream()
                        .filter(i -> i.getText() != null && i.getText().startsWith("偏好设置"))
                        .map(i -> Mnemonics.plain(m.getText()) + " → " + Mnemonics.plain(i.getText())))
                .findFirst().orElseThrow();
        assertThat(hint.getText()).contains(menuPath);
        // the seven review points show before any panel exists
        assertThat(robot.lookup("#reviewGrid .point-name").queryAllAs(Label.class)).extracting(Label::getText)
                .hasSize(org.jrw.model.review.ReviewPoint.values().length)
                .contains(org.jrw.gui.review.ReviewViewModel.pointLabel(org.jrw.model.review.ReviewPoint.SUBJECT));

        Preferences before = ctx.preferences();
        Preferences after = before.withIdentity(new Preferences.Identity("张新员", Role.OFFICER, "西安市应急管理局"));
        ctx.savePreferences(after);
        robot.interact(() -> view.preferencesSaved(before, after));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> hint.getText().contains("张新员"));
        assertThat(hint.getText()).contains("尚未加入本案联审小组", "添加成员").doesNotContain("尚未填写");

        // pictures for docs/screenshots (target/screenshots): light and high contrast
        Appearance.setFontFamily("Noto Sans CJK SC");
        robot.interact(() -> Appearance.apply(view.getScene(), after));
        shot(robot, "ux-review-first-run-zh");
        robot.interact(() -> Appearance.apply(view.getScene(), new Preferences("zh", 100,
                Preferences.Theme.HIGH_CONTRAST, null, after.identity(), java.util.Map.of(), java.util.Map.of())));
        shot(robot, "ux-review-high-contrast-zh");
    }

    private static void shot(FxRobot robot, String name) throws Exception {
        // styles and layout brought up to date before the snapshot, instead of a fixed pause
        robot.interact(() -> {
            javafx.scene.Parent root = robot.lookup("#overviewTabs").query().getScene().getRoot();
            root.applyCss();
            root.layout();
        });
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
