package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jrw.gui.cases.CaseOverviewView;
import org.jrw.gui.evidence.EvidenceWorkspaceView;
import org.jrw.gui.evidence.EvidenceWorkspaceViewModel;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.AnnotationService;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.logic.settings.Preferences;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 23 item 7: the demo case's main screens at 1280×800 and 1600×1000 — case list and overview,
 * the evidence reader on a PDF page, the photo viewer, the annotation list with a note open, the
 * 联审 tab. The PDF page is at least {@value #PAGE_SHARE} of the window's width (an A4 page at that
 * width shows 小四 body text about 9 px high at 1280), no title or button is cut with an ellipsis,
 * the photo toolbar keeps every tool in view (no overflow menu), and the annotation list shows at
 * least {@value #ROWS} rows while a note's thread is open.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenLayoutGuiTest {
    static final double PAGE_SHARE = 0.45;
    static final int ROWS = 4;
    /** Text that names or heads something: cut, the user cannot tell what it is. */
    private static final Set<String> TITLES = Set.of("card-title", "case-title", "header-title", "pane-heading",
            "section-heading", "facet-heading", "title", "tab-label", "review-status");
    @TempDir
    static Path tmp;
    private final List<Runnable> cleanup = new ArrayList<>();

    @AfterEach
    void close() {
        cleanup.forEach(Runnable::run);
        Messages.setLanguage("zh");
        java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void at1280x800(FxRobot robot) throws Exception {
        check(robot, "zh", 1280, 800);
    }

    @Test
    void at1600x1000(FxRobot robot) throws Exception {
        check(robot, "zh", 1600, 1000);
    }

    @Test
    void englishAt1280x800(FxRobot robot) throws Exception {
        check(robot, "en", 1280, 800);
    }

    private void check(FxRobot robot, String lang, int w, int h) throws Exception {
        Messages.setLanguage(lang);
        java.util.Locale.setDefault(lang.equals("en") ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE);
        AppContext ctx = new AppContext(tmp.resolve("ws-" + lang + w), tmp.resolve("cfg-" + lang + w));
        MainViewModel vm = new MainViewModel(ctx);
        MainView[] view = {openWindow(robot, ctx, vm, lang, w, h)};
        Scene scene = view[0].getScene();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> vm.overview().dossier() != null
                && robot.lookup("#overviewTabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#overviewTabs").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tabs.getTabs().size() >= 9);
        settle(800);
        String at = lang + " " + w + "×" + h;
        assertThat(view[0].getWidth()).as("window width").isEqualTo(w);
        assertThat(view[0].getHeight()).as("window height").isEqualTo(h);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> problems.addAll(cut(scene.getRoot(), "overview")));
        robot.interact(() -> problems.addAll(overviewFits(robot, tabs)));
        shot(robot, view[0], "layout-overview-" + lang + w + "x" + h);

        addNotes(ctx.annotations(), vm.overview().dossier().caseId());
        CaseOverviewView overview = (CaseOverviewView) robot.lookup(n -> n instanceof CaseOverviewView).query();
        robot.interact(() -> overview.openItem("d01"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#evidenceWorkspace").tryQuery().isPresent());
        EvidenceWorkspaceViewModel evm = robot.lookup("#evidenceWorkspace").queryAs(EvidenceWorkspaceView.class).viewModel();
        robot.interact(evm::reload);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> evm.annotations().size() >= 8
                && robot.lookup("#pdfViewer .page").tryQuery().map(n -> n.getBoundsInLocal().getWidth() > 10).orElse(false)
                && !robot.lookup("#pdfRendering").tryQuery().map(Node::isVisible).orElse(false));
        settle(1500);
        Node caseList = robot.lookup(n -> n instanceof org.jrw.gui.cases.CaseListView).query();
        if (caseList.isVisible()) {
            problems.add("the case list stays beside the reader (" + Math.round(caseList.getLayoutBounds().getWidth()) + " px)");
        }
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) caseList.getParent().getParent();
        if (split.getChildrenUnmodifiable().stream().noneMatch(d -> d.getProperties().containsKey(ReaderRoom.HINT))) {
            problems.add("the folded case list's divider says nothing");
        }
        Node page = robot.lookup("#pdfViewer .page").query();
        double pageWidth = page.localToScene(page.getLayoutBounds()).getWidth();
        if (pageWidth < PAGE_SHARE * w) {
            problems.add("PDF page " + Math.round(pageWidth) + " px wide, under " + PAGE_SHARE + " × " + w);
        }
        robot.interact(() -> problems.addAll(cut(scene.getRoot(), "reader")));
        shot(robot, view[0], "layout-reader-" + lang + w + "x" + h);

        robot.interact(() -> evm.jumpTo(evm.shownAnnotations().get(0)));
        settle(800);
        shot(robot, view[0], "layout-note-" + lang + w + "x" + h);
        ListView<?> list = robot.lookup("#annotationList").queryAs(ListView.class);
        double rows = list.getHeight() / Math.max(1, list.lookup(".list-cell").getLayoutBounds().getHeight());
        System.out.printf("layout %s: PDF page %d px (%.0f %% of the width), annotation list %.1f rows%n", at,
                Math.round(pageWidth), 100 * pageWidth / w, rows);
        if (rows < ROWS) {
            problems.add("annotation list shows " + String.format("%.1f", rows) + " rows (" + Math.round(list.getHeight())
                    + " px), under " + ROWS);
        }

        EvidenceItem photo = evm.items().stream().filter(i -> i.mediaType() == EvidenceItem.MediaType.IMAGE)
                .findFirst().orElseThrow();
        robot.interact(() -> evm.open(photo.id()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#imageViewer .tool-bar").tryQuery()
                .map(Node::isVisible).orElse(false));
        settle(1000);
        problems.addAll(overflowing(robot.lookup("#imageViewer .tool-bar").queryAs(ToolBar.class)));
        robot.interact(() -> problems.addAll(cut(scene.getRoot(), "photo")));
        shot(robot, view[0], "layout-photo-" + lang + w + "x" + h);

        Tab review = tabs.getTabs().stream().filter(t -> "reviewTab".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(review));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#reviewView").tryQuery().isPresent());
        settle(2500);
        robot.interact(() -> problems.addAll(cut(scene.getRoot(), "联审")));
        if (!caseList.isVisible() || caseList.getLayoutBounds().getWidth() < 0.2 * w) {
            problems.add("the case list is not back after the reader (" + Math.round(caseList.getLayoutBounds().getWidth()) + " px)");
        }
        shot(robot, view[0], "layout-review-" + lang + w + "x" + h);
        assertThat(problems.stream().distinct().toList()).as("layout at " + at).isEmpty();
    }

    /**
     * Every tab of the case overview inside its tab row (none behind the row's overflow menu), and
     * the case list's entries inside the list (titles wrap; no sideways scroll bar).
     */
    private static List<String> overviewFits(FxRobot robot, TabPane tabs) {
        List<String> out = new ArrayList<>();
        Node header = tabs.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("tab-header-area"))
                .findFirst().orElseThrow();
        double right = tabs.localToScene(tabs.getLayoutBounds()).getMaxX();
        Node menu = header.lookup(".control-buttons-tab");
        if (menu != null && menu.isVisible()) {
            right = Math.min(right, menu.localToScene(menu.getLayoutBounds()).getMinX());
        }
        for (Node tab : header.lookupAll(".tab")) {
            double end = tab.localToScene(tab.getLayoutBounds()).getMaxX();
            if (end > right + 0.5) {
                out.add("tab '" + ((Labeled) tab.lookup(".tab-label")).getText() + "' ends at " + end + " past " + right);
            }
        }
        ListView<?> cases = robot.lookup("#caseList").queryAs(ListView.class);
        double listRight = cases.localToScene(cases.getLayoutBounds()).getMaxX();
        for (Node title : cases.lookupAll(".case-title")) {
            double end = title.localToScene(title.getLayoutBounds()).getMaxX();
            if (end > listRight + 0.5) {
                out.add("case title '" + ((Labeled) title).getText() + "' ends at " + end + " past the list's edge " + listRight);
            }
        }
        for (Node bar : cases.lookupAll(".scroll-bar")) {
            if (bar instanceof javafx.scene.control.ScrollBar sb && sb.isVisible()
                    && sb.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                out.add("the case list scrolls sideways");
            }
        }
        return out;
    }

    /** Notes on the inspection record, so that the annotation list has rows to show. */
    private static void addNotes(AnnotationService notes, String caseId) {
        for (int i = 1; i <= 8; i++) {
            notes.add(caseId, AnnotationService.Draft.region("d01", 1, new Annotation.Rect(40, 40 + 30 * i, 200, 20),
                    AnnotationKind.QUESTION, "第" + i + "处记载需核实", "王某明", Role.OFFICER, "西安市应急管理局"));
        }
    }

    /** The main window at {@code w} × {@code h}, the user's identity set, closed after the test. */
    private MainView openWindow(FxRobot robot, AppContext ctx, MainViewModel vm, String lang, int w, int h) {
        Preferences prefs = new Preferences(lang, 100, Preferences.Theme.LIGHT, null,
                new Preferences.Identity("王某明", Role.OFFICER, "西安市应急管理局"), Map.of(), Map.of());
        ctx.savePreferences(prefs);
        Stage[] stage = new Stage[1];
        MainView[] view = new MainView[1];
        robot.interact(() -> {
            view[0] = new MainView(vm, () -> { });
            Scene scene = frame(view[0], w, h);
            Appearance.apply(scene, prefs);
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            vm.start();
        });
        cleanup.add(() -> {
            robot.interact(() -> stage[0].close());
            ctx.close();
        });
        return view[0];
    }

    /**
     * The main window's content at {@code w} × {@code h}. Monocle's headless screen is 1280×800 unless the JVM
     * was started with {@code -Dheadless.geometry=1600x1000-32}, and a larger window overflows its frame
     * buffer: then the view is laid out at the full size inside a window of the screen's size (what lies
     * beyond is measured, not painted).
     */
    static Scene frame(MainView view, int w, int h) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        if (w <= screen.getWidth() && h <= screen.getHeight()) {
            return new Scene(view, w, h);
        }
        javafx.scene.layout.Pane frame = new javafx.scene.layout.Pane(view) {
            @Override
            protected void layoutChildren() {
                view.resizeRelocate(0, 0, w, h);
            }
        };
        return new Scene(frame, Math.min(w, screen.getWidth()), Math.min(h, screen.getHeight()));
    }

    private static void settle(long ms) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(ms);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A toolbar's tools that do not fit: its overflow menu shown, or a tool past its right edge. */
    private static List<String> overflowing(ToolBar bar) {
        List<String> problems = new ArrayList<>();
        Node overflow = bar.lookup(".tool-bar-overflow-button");
        if (overflow != null && overflow.isVisible()) {
            problems.add("photo toolbar overflows (" + Math.round(bar.getWidth()) + " px): tools behind its » menu");
        }
        Bounds barBounds = bar.localToScene(bar.getLayoutBounds());
        for (Node item : bar.getItems()) {
            Bounds b = item.localToScene(item.getLayoutBounds());
            if (item.isVisible() && b.getMaxX() > barBounds.getMaxX() + 0.5) {
                problems.add("photo toolbar item " + item + " ends past the toolbar");
            }
        }
        return problems;
    }

    /** The text a labeled draws when nothing is cut: a mnemonic's underscore marks its letter and is not drawn. */
    private static String drawn(Labeled l) {
        return l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
    }

    /** With -Djrw.screenshots=true: the window as drawn, into target/screenshots (to look at the layout). */
    private static void shot(FxRobot robot, Node view, String name) throws Exception {
        if (!Boolean.getBoolean("jrw.screenshots")) {
            return;
        }
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> img[0] = view.snapshot(null, null));
        Path out = Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(out);
        int w = (int) img[0].getWidth();
        int h = (int) img[0].getHeight();
        java.awt.image.BufferedImage b = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, img[0].getPixelReader().getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(b, "png", out.resolve(name + ".png").toFile());
    }

    /** Titles, tab names and buttons shown cut with an ellipsis (their text is not the text drawn). */
    static List<String> cut(Node n, String where) {
        List<String> out = new ArrayList<>();
        if (!n.isVisible()) {
            return out;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()
                && (l instanceof ButtonBase || l.getStyleClass().stream().anyMatch(TITLES::contains))
                && l.lookup(".text") instanceof Text shown && !shown.getText().equals(drawn(l))) {
            out.add(where + ": " + l.getClass().getSimpleName() + (l.getId() == null ? "" : " #" + l.getId())
                    + " '" + l.getText() + "' shown as '" + shown.getText() + "' in " + Math.round(l.getWidth()) + " px");
        }
        if (n instanceof Parent p) {
            for (Node k : p.getChildrenUnmodifiable()) {
                out.addAll(cut(k, where));
            }
        }
        return out;
    }
}
