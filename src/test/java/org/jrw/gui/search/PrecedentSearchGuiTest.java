package org.jrw.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.search.Hit;
import org.jrw.logic.search.SearchResult;
import org.jrw.logic.task.Progress;
import org.jrw.model.Dossier;
import org.jrw.persistence.Workspace;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.jrw.gui.FxWait;
import org.testfx.util.WaitForAsyncUtils;

/** The search window headless: type, see highlighted hits and facets, narrow by a facet, similar cases, report. */
@ExtendWith(ApplicationExtension.class)
class PrecedentSearchGuiTest {
    @TempDir
    static Path tmp;
    private SearchWindow window;
    private AppContext ctx;
    private PrecedentSearchViewModel vm;
    private Dossier dossier;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = SearchLibrary.workspace(tmp);
        try (Workspace ws = Workspace.open(dir)) {
            DossierService ds = new DossierService(ws);
            Path pkg = TestPackages.valid().writeZip(tmp.resolve("in-" + System.nanoTime() + ".jrcase"));
            String id = ds.importPackage(pkg, false, Progress.NONE).caseId();
            dossier = ds.load(id);
        }
        window = SearchWindow.open(stage, dir, () -> dossier);
        ctx = window.ctx();
        vm = window.vm();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> ListView<T> list(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ListView.class);
    }

    /** With -Djrw.screenshots=DIR, saves the window as DIR/NAME.png (to look at the screen; no assertion depends on it). */
    private static void screenshot(FxRobot robot, ListView<Hit> anyNode, String name) throws Exception {
        String dir = System.getProperty("jrw.screenshots");
        if (dir == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> img[0] = anyNode.getScene().getRoot().snapshot(null, null));
        int w = (int) img[0].getWidth();
        int h = (int) img[0].getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, img[0].getPixelReader().getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(dir));
        javax.imageio.ImageIO.write(out, "png", Path.of(dir, name + ".png").toFile());
    }

    @SuppressWarnings("unchecked")
    private static CheckComboBox<SearchResult.FacetCount> facet(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(CheckComboBox.class);
    }

    /**
     * Issue 23 (ControlsFX): the facets are CheckComboBoxes; two regions ticked find the
     * precedents of either region (more than one alone, none of a third), and unticking one narrows again.
     */
    @Test
    void twoTickedValuesOfAFacetFindEither(FxRobot robot) throws Exception {
        ListView<Hit> results = list(robot, "#searchResults");
        robot.interact(vm::searchNow);
        CheckComboBox<SearchResult.FacetCount> regions = facet(robot, "#facet-region");
        FxWait.until(10, () -> regions.getItems().size() >= 3);
        assertThat(regions.getAccessibleText()).isEqualTo(Messages.get("gui.search.facet.region"));
        List<SearchResult.FacetCount> top = regions.getItems().stream()
                .sorted(java.util.Comparator.comparingInt(SearchResult.FacetCount::count).reversed()).limit(2).toList();
        SearchResult.FacetCount a = top.get(0);
        SearchResult.FacetCount b = top.get(1);
        robot.interact(() -> regions.getCheckModel().check(a));
        FxWait.until(10, () -> !results.getItems().isEmpty()
                && results.getItems().stream().allMatch(h -> inRegion(h, a)));
        // the list is filled before the total within one update: let it finish before reading the total
        WaitForAsyncUtils.waitForFxEvents();
        int onlyA = vm.totalProperty().get();
        // the ticked group still offers its other values
        assertThat(regions.getItems()).extracting(SearchResult.FacetCount::value).contains(b.value());
        SearchResult.FacetCount b2 = regions.getItems().stream().filter(f -> f.value().equals(b.value())).findFirst().orElseThrow();
        robot.interact(() -> regions.getCheckModel().check(b2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.totalProperty().get() > onlyA);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(results.getItems()).allMatch(h -> inRegion(h, a) || inRegion(h, b));
        assertThat(results.getItems()).anyMatch(h -> inRegion(h, a)).anyMatch(h -> inRegion(h, b));
        assertThat(regions.getCheckModel().getCheckedItems()).extracting(SearchResult.FacetCount::value)
                .containsExactlyInAnyOrder(a.value(), b.value());
        robot.interact(() -> regions.getCheckModel().clearCheck(regions.getItems().stream()
                .filter(f -> f.value().equals(a.value())).findFirst().orElseThrow()));
        FxWait.until(10, () -> !results.getItems().isEmpty()
                && results.getItems().stream().allMatch(h -> inRegion(h, b)));
    }

    private static boolean inRegion(Hit h, SearchResult.FacetCount region) {
        return h.region() != null && h.region().startsWith(region.value().substring(0, 2));
    }

    private static List<String> ids(ListView<Hit> l) {
        return l.getItems().stream().map(Hit::id).toList();
    }

    @Test
    void typingSearchesWithFacetsHighlightsSimilarCasesAndAReport(FxRobot robot) throws Exception {
        TextField q = robot.lookup("#searchQuery").queryAs(TextField.class);
        robot.interact(() -> q.setText("无证焊接"));
        ListView<Hit> results = list(robot, "#searchResults");
        FxWait.until(10, () -> results.getItems().size() >= 4
                && ids(results).subList(0, 4).contains("CASE-027"));
        assertThat(ids(results).subList(0, 5)).contains("CASE-003", "CASE-027", "CASE-028", "CASE-046");
        assertThat(results.getItems().get(0).highlights().get(0)).contains("<em>");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".hit-highlight").queryAll().isEmpty());

        CheckComboBox<SearchResult.FacetCount> regions = facet(robot, "#facet-region");
        FxWait.until(5, () -> !regions.getItems().isEmpty());
        SearchResult.FacetCount zhejiang = regions.getItems().stream().filter(f -> f.value().equals("浙江省"))
                .findFirst().orElseThrow();
        robot.interact(() -> regions.getCheckModel().check(zhejiang));
        FxWait.until(5, () -> !results.getItems().isEmpty()
                && results.getItems().stream().allMatch(h -> h.region().startsWith("浙江")));
        assertThat(ids(results)).contains("CASE-003");

        robot.interact(() -> results.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#searchChoose").tryQuery()).isPresent();
        javafx.scene.layout.VBox cited = robot.lookup("#citedArticles").queryAs(javafx.scene.layout.VBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cited.getChildren().size() >= 2);
        assertThat(((javafx.scene.control.Label) cited.getChildren().get(0)).getText()).startsWith("《安全生产法》第三十条");

        robot.clickOn("#searchSimilar");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.similarModeProperty().get());
        WaitForAsyncUtils.waitForFxEvents(); // the mode is set just before the similar cases replace the list
        assertThat(ids(results).subList(0, 5)).containsAnyOf("CASE-027", "CASE-028", "CASE-046", "CASE-003");
        assertThat(results.getItems().get(0).reasons()).isNotEmpty();
        robot.interact(() -> results.getSelectionModel().select(0));
        screenshot(robot, results, "search-similar-reasons");

        Path report = tmp.resolve("report-" + System.nanoTime() + ".pdf");
        robot.interact(() -> vm.exportReport(report, () -> { }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(report));
        assertThat(Files.size(report)).isPositive();
    }

    @Test
    void theListSaysHowEachHitMatchedAndGroupsDuplicates(FxRobot robot) throws Exception {
        TextField q = robot.lookup("#searchQuery").queryAs(TextField.class);
        ListView<Hit> results = list(robot, "#searchResults");
        javafx.scene.control.Label banner = robot.lookup("#searchNoFullMatch").queryAs(javafx.scene.control.Label.class);

        // nothing matches all terms: 本库无直接相符的类案 first, then only partial matches
        robot.interact(() -> q.setText("隐瞒事故"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.noFullMatchProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("本库无直接相符的类案");
        assertThat(results.getItems()).noneMatch(Hit::matchedAll);
        assertThat(robot.lookup(".match-all").queryAll()).isEmpty();
        assertThat(results.getItems()).allSatisfy(h -> assertThat(h.facts()).doesNotContain("隐患"));
        screenshot(robot, results, "search-no-full-match");

        // a query that matches: no banner, 全部相符 on the first hits
        robot.interact(() -> q.setText("无证焊接"));
        FxWait.until(30, () -> !vm.noFullMatchProperty().get()
                && !results.getItems().isEmpty() && results.getItems().get(0).matchedAll());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.isVisible()).isFalse();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !robot.lookup(".match-all").queryAll().isEmpty());
        assertThat(robot.lookup(".match-all").queryAs(javafx.scene.control.Label.class).getText()).isEqualTo("全部相符");

        // words matched in part: both marks in one list
        robot.interact(() -> q.setText("烟花爆竹 非法储存"));
        FxWait.until(30, () -> ids(results).contains("CASE-021")
                && results.getItems().stream().anyMatch(h -> !h.matchedAll())
                && results.getItems().stream().anyMatch(Hit::matchedAll));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !robot.lookup(".match-partial").queryAll().isEmpty());
        assertThat(robot.lookup(".match-partial").queryAs(javafx.scene.control.Label.class).getText()).isEqualTo("部分相符");
        screenshot(robot, results, "search-all-and-partial");

        // five records of one published notice: one entry that names the other four
        robot.interact(() -> q.setText("特种作业 地区:上海"));
        FxWait.until(30, () -> results.getItems().size() == 1
                && results.getItems().get(0).duplicates().size() == 4);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !robot.lookup(".hit-duplicates").queryAll().isEmpty());
        String dup = robot.lookup(".hit-duplicates").queryAs(javafx.scene.control.Label.class).getText();
        assertThat(dup).startsWith("同一公开案例另有 4 条记录");
        robot.interact(() -> results.getSelectionModel().select(0));
        screenshot(robot, results, "search-grouped-duplicates");
        WaitForAsyncUtils.waitForFxEvents(); // the list is filled before the total within one update
        assertThat(vm.totalProperty().get()).isEqualTo(5);

        // 加入本局案例库: the open case has no 行政处罚决定书 yet, so it is refused with the reason
        robot.clickOn("#searchPromote");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.messageProperty().get().contains("行政处罚决定书"));
    }
}
