package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.jrw.gui.cases.CaseOverviewView;
import org.jrw.i18n.Messages;
import org.jrw.logic.settings.Preferences;
import org.jrw.logic.task.CancelledException;
import org.jrw.model.Role;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of the ControlsFX controls and the 1280×800 layouts (issue 23, branch 23b), zh and
 * en, as controls-SCREEN-LANG.png in target/screenshots: the evidence reader (tab row, title,
 * 批注 heading), the status bar with its task list, a finished export's notification and the
 * search window's facets. Runs only with -Djrw.screenshots=true.
 */
@ExtendWith(ApplicationExtension.class)
class ControlsScreenshotsGuiTest {
    @TempDir
    static Path tmp;

    @Test
    void shoot(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("jrw.screenshots"));
        Appearance.setFontFamily("Noto Sans CJK SC");
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        for (String lang : List.of("zh", "en")) {
            Messages.setLanguage(lang);
            java.util.Locale.setDefault(lang.equals("en") ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE);
            Preferences prefs = new Preferences(lang, 100, Preferences.Theme.LIGHT, null, new Preferences.Identity(
                    "王某明", Role.OFFICER, "西安市应急管理局"), Map.of(), Map.of());
            AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"));
            ctx.savePreferences(prefs);
            MainViewModel vm = new MainViewModel(ctx);
            Stage[] stage = new Stage[1];
            robot.interact(() -> {
                Scene scene = new Scene(new MainView(vm, () -> { }), 1280, 800);
                Appearance.apply(scene, prefs);
                stage[0] = new Stage();
                stage[0].setScene(scene);
                stage[0].setX(0);
                stage[0].setY(0);
                stage[0].show();
                vm.start();
            });
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.overview().dossier() != null
                    && robot.lookup("#overviewTabs").tryQuery().isPresent() && !ctx.tasks().runningProperty().get());
            CaseOverviewView overview = (CaseOverviewView) robot.lookup(n -> n instanceof CaseOverviewView).query();
            String doc = vm.overview().dossier().documents().stream()
                    .filter(d -> d.file() != null && d.file().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"))
                    .map(d -> d.id()).findFirst().orElseThrow();
            robot.interact(() -> overview.openItem(doc));
            settle(6000);
            shot(robot, stage[0], out.resolve("controls-evidence-1280x800-" + lang + ".png"));

            // a long task with a second one waiting, the task list open
            CountDownLatch stop = new CountDownLatch(1);
            robot.interact(() -> {
                ctx.tasks().run(Messages.get("gui.task.refresh"), p -> {
                    while (!p.isCancelled() && stop.getCount() > 0) {
                        p.update(4, 10, "");
                        sleep(30);
                    }
                    throw new CancelledException();
                }, v -> { }, t -> { });
                ctx.tasks().run(Messages.get("gui.task.export", vm.overview().dossier().caseInfo().caseNumber()),
                        p -> null, v -> { }, t -> { });
            });
            settle(800);
            robot.interact(() -> robot.lookup("#taskListButton").queryButton().fire());
            settle(1200);
            shot(robot, stage[0], out.resolve("controls-tasks-1280x800-" + lang + ".png"));
            robot.interact(() -> robot.lookup("#taskListButton").queryButton().fire());
            stop.countDown();
            robot.interact(() -> ctx.tasks().cancel());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !ctx.tasks().runningProperty().get());

            Path export = tmp.resolve("export-" + lang + ".jrcase");
            robot.interact(() -> vm.exportCurrent(export));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(export) && !ctx.tasks().runningProperty().get());
            settle(1500);
            shot(robot, stage[0], out.resolve("controls-notification-1280x800-" + lang + ".png"));

            MainView main = (MainView) stage[0].getScene().getRoot();
            robot.interact(main::openPrecedentSearch);
            settle(4000);
            Stage search = robot.listWindows().stream().filter(w -> w instanceof Stage s && s != stage[0]
                    && s.getScene().getRoot() instanceof org.jrw.gui.search.PrecedentSearchView).map(w -> (Stage) w)
                    .findFirst().orElseThrow();
            robot.interact(() -> {
                search.setX(0);
                search.setY(0);
            });
            @SuppressWarnings("unchecked")
            org.controlsfx.control.CheckComboBox<org.jrw.logic.search.SearchResult.FacetCount> regions =
                    robot.lookup("#facet-region").queryAs(org.controlsfx.control.CheckComboBox.class);
            robot.interact(() -> {
                regions.getCheckModel().check(0);
                regions.getCheckModel().check(1);
            });
            settle(2000);
            robot.interact(regions::show);
            settle(1000);
            shot(robot, search, out.resolve("controls-search-facets-1280x800-" + lang + ".png"));
            robot.interact(() -> {
                regions.hide();
                search.close();
                stage[0].close();
            });
            ctx.close();
        }
        assertThat(out.resolve("controls-search-facets-1280x800-en.png")).isNotEmptyFile();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void settle(long ms) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(ms);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The window with the pop-ups over it (notifications, pop-overs, drop-down lists): each
     * pop-up's scene drawn where it stands (a screen capture does not work under Monocle headless).
     */
    private static void shot(FxRobot robot, Stage stage, Path file) throws Exception {
        java.awt.image.BufferedImage[] out = new java.awt.image.BufferedImage[1];
        robot.interact(() -> {
            Scene sc = stage.getScene();
            out[0] = toAwt(sc.snapshot(null));
            java.awt.Graphics2D g = out[0].createGraphics();
            for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
                if (w instanceof javafx.stage.PopupWindow && w.isShowing() && w.getScene() != null) {
                    var img = toAwt(w.getScene().snapshot(null));
                    g.drawImage(img, (int) (w.getX() - stage.getX() - sc.getX()), (int) (w.getY() - stage.getY() - sc.getY()), null);
                }
            }
            g.dispose();
        });
        javax.imageio.ImageIO.write(out[0], "png", file.toFile());
    }

    private static java.awt.image.BufferedImage toAwt(javafx.scene.image.Image img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        var b = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, img.getPixelReader().getArgb(x, y));
            }
        }
        return b;
    }
}
