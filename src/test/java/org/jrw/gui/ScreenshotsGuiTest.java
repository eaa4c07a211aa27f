package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.jrw.gui.cases.CaseOverviewView;
import org.jrw.i18n.Messages;
import org.jrw.logic.settings.Preferences;
import org.jrw.model.Role;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screenshots of docs/screenshots (issue 23): main, review, evidence and evaluation at
 * 1280×800 and 1600×1000, in Chinese, English and high contrast, as ux-SCREEN-SIZE-LOOK.png in
 * target/screenshots. Runs only with -Djrw.screenshots=true (it takes a while), and with
 * -Dheadless.geometry=1600x1000-32 (Monocle's headless screen is 1280×800 by default; the larger
 * window does not fit it).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsGuiTest {
    @TempDir
    static Path tmp;

    @Test
    void shoot(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("jrw.screenshots"));
        Appearance.setFontFamily("Noto Sans CJK SC");
        Path ws = tmp.resolve("ws");
        Path config = tmp.resolve("config");
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        for (String look : List.of("zh", "en", "hc")) {
            String lang = look.equals("en") ? "en" : "zh";
            Messages.setLanguage(lang);
            java.util.Locale.setDefault(lang.equals("en") ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE);
            Preferences prefs = new Preferences(lang, 100, look.equals("hc") ? Preferences.Theme.HIGH_CONTRAST
                    : Preferences.Theme.LIGHT, null, new Preferences.Identity(lang.equals("en") ? "Wang Ming" : "王某明",
                    Role.OFFICER, lang.equals("en") ? "Xi'an Emergency Management Bureau" : "西安市应急管理局"),
                    Map.of(), Map.of());
            for (int[] size : new int[][] {{1280, 800}, {1600, 1000}}) {
                AppContext ctx = new AppContext(ws, config);
                ctx.savePreferences(prefs);
                MainViewModel vm = new MainViewModel(ctx);
                Stage[] stage = new Stage[1];
                MainView[] view = new MainView[1];
                robot.interact(() -> {
                    view[0] = new MainView(vm, () -> { });
                    Scene scene = new Scene(view[0], size[0], size[1]);
                    Appearance.apply(scene, prefs);
                    stage[0] = new Stage();
                    stage[0].setScene(scene);
                    stage[0].show();
                    vm.start();
                });
                WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.overview().dossier() != null
                        && robot.lookup("#overviewTabs").tryQuery().isPresent());
                TabPane tabs = robot.lookup("#overviewTabs").queryAs(TabPane.class);
                String name = size[0] + "x" + size[1] + "-" + look;
                settle(1500);
                shot(robot, view[0], out.resolve("ux-main-" + name + ".png"));
                select(robot, tabs, "reviewTab");
                settle(2500);
                shot(robot, view[0], out.resolve("ux-review-" + name + ".png"));
                CaseOverviewView overview = (CaseOverviewView) robot.lookup(n -> n instanceof CaseOverviewView).query();
                String doc = vm.overview().dossier().documents().stream()
                        .filter(d -> d.file() != null && d.file().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"))
                        .map(d -> d.id()).findFirst().orElse(vm.overview().dossier().documents().get(0).id());
                robot.interact(() -> overview.openItem(doc));
                settle(6000);
                shot(robot, view[0], out.resolve("ux-evidence-" + name + ".png"));
                select(robot, tabs, null);
                settle(4000);
                shot(robot, view[0], out.resolve("ux-evaluation-" + name + ".png"));
                robot.interact(() -> stage[0].close());
                ctx.close();
            }
        }
        assertThat(out.resolve("ux-evaluation-1600x1000-hc.png")).isNotEmptyFile();
    }

    /** Selects a tab by id, or (null) the evaluation tab by its title. */
    private static void select(FxRobot robot, TabPane tabs, String id) {
        String title = Messages.get("gui.eval.tab");
        Tab t = tabs.getTabs().stream().filter(x -> id != null ? id.equals(x.getId()) : title.equals(x.getText()))
                .findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(t));
    }

    private static void settle(long ms) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(ms);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shot(FxRobot robot, Node root, Path file) throws Exception {
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> img[0] = root.getScene().snapshot(null));
        int w = (int) img[0].getWidth();
        int h = (int) img[0].getHeight();
        java.awt.image.BufferedImage b = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, img[0].getPixelReader().getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(b, "png", file.toFile());
    }
}
