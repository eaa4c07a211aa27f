package org.jrw.gui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.jrw.logic.task.Progress;
import org.jrw.model.Dossier;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A corrupt PDF and a video no decoder can play give a clear message, never a crash. */
@ExtendWith(ApplicationExtension.class)
class ViewerFailureGuiTest {
    @TempDir
    static Path tmp;
    private AppContext ctx;
    private EvidenceWorkspaceViewModel ev;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLanguage("zh");
        ctx = new AppContext(tmp.resolve("ws-" + System.nanoTime()), tmp.resolve("cfg-" + System.nanoTime()));
        TestPackages.Pkg p = TestPackages.valid("西应急罚〔2024〕58号"); // its "PDFs" are not PDFs
        byte[] junk = "not a video at all".getBytes(StandardCharsets.UTF_8);
        p.addEvidence("e9", "视听资料", "执法记录仪视频", "files/e9.mp4", junk);
        byte[] good = onePagePdf();
        p.addEvidence("e8", "书证", "营业执照", "files/e8.pdf", good);
        Path pkg = p.writeZip(tmp.resolve("p-" + System.nanoTime() + ".jrcase"));
        String id = ctx.dossiers().importPackage(pkg, false, Progress.NONE).caseId();
        Dossier d = ctx.dossiers().load(id);
        ev = new EvidenceWorkspaceViewModel(ctx);
        EvidenceWorkspaceView view = new EvidenceWorkspaceView(ev);
        stage.setScene(new Scene(view, 1100, 700));
        stage.show();
        ev.dossierProperty().set(d);
    }

    /** Visible with every parent. */
    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The PDF page toolbar is built (it comes a pulse or two after the first page) and visible. */
    private static boolean toolbarShown(FxRobot robot) {
        return robot.lookup("#pdfPageLabel").tryQuery().map(ViewerFailureGuiTest::shown).orElse(false);
    }

    private static byte[] onePagePdf() throws java.io.IOException {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    @AfterEach
    void close() {
        ev.shutdown();
        ctx.close();
    }

    private String messageShown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#viewerMessage").tryQuery().isPresent());
        // the message is added, then the toolbars are hidden, in the same JavaFX event: let it finish before the
        // callers look at the toolbars
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#viewerMessage").queryAs(Label.class).getText();
    }

    @Test
    void corruptPdfSaysSo(FxRobot robot) throws Exception {
        robot.interact(() -> ev.open("d1"));
        assertThat(messageShown(robot)).contains("PDF").contains("损坏");
        assertThat(robot.lookup("#openWithSystem").tryQuery()).isPresent();
    }

    @Test
    void undecodableVideoOffersTheSystemPlayer(FxRobot robot) throws Exception {
        robot.interact(() -> ev.open("e9"));
        String text = messageShown(robot);
        assertThat(text).startsWith(Messages.get("ev.media.failed", "x").substring(0, 10));
        assertThat(robot.lookup("#openWithSystem").tryQuery()).isPresent();
    }

    /**
     * Issue 23 item 5: no raw media-library text; 用系统播放器打开 says what happened (here: no
     * program for the file, then handed over); a time range typed by hand becomes a pending note.
     */
    @Test
    void aRecordingThatCannotPlayCanStillBeOpenedAndAnnotated(FxRobot robot) throws Exception {
        robot.interact(() -> ev.open("e9"));
        String text = messageShown(robot);
        assertThat(text).doesNotContain("MediaException", "Could not create player", "Exception");
        Viewer.SystemOpener before = Viewer.systemOpener;
        try {
            Viewer.systemOpener = f -> {
                throw new java.io.UncheckedIOException(new java.io.IOException("没有关联程序"));
            };
            robot.clickOn("#openWithSystem");
            Label outcome = robot.lookup("#openWithSystemOutcome").queryAs(Label.class);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> outcome.getText().contains("无法用系统程序打开"));
            assertThat(outcome.getText()).contains("没有关联程序");
            java.util.List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
            Viewer.systemOpener = opened::add;
            robot.clickOn("#openWithSystem");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> outcome.getText().startsWith("已用系统程序打开"));
            assertThat(opened).hasSize(1);
            assertThat(opened.get(0)).exists();
        } finally {
            Viewer.systemOpener = before;
        }
        robot.clickOn("#mediaFrom").write("1:5x");
        robot.clickOn("#mediaTo").write("1:30");
        robot.clickOn("#mediaMarkTyped");
        assertThat(robot.lookup("#mediaRangeError").queryAs(Label.class).getText()).contains("起点", "1:5x");
        assertThat(ev.pendingProperty().get()).isNull();
        robot.interact(() -> robot.lookup("#mediaFrom").queryAs(javafx.scene.control.TextField.class).setText("1:05"));
        robot.clickOn("#mediaMarkTyped");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ev.pendingProperty().get() != null);
        assertThat(ev.pendingProperty().get().timeFrom()).isEqualTo(65.0);
        assertThat(ev.pendingProperty().get().timeTo()).isEqualTo(90.0);
        assertThat(MediaViewer.parseTime("1:02:03")).isEqualTo(3723.0);
        assertThat(MediaViewer.parseTime("1:75")).isNull();
    }

    /**
     * The PDF viewer is kept from file to file: after a corrupt PDF its message goes and the page
     * comes back with the next good one (and the message comes back with the next bad one).
     */
    @Test
    void aGoodPdfAfterACorruptOneIsShownAgain(FxRobot robot) throws Exception {
        EvidenceWorkspaceView view = robot.lookup("#evidenceWorkspace").queryAs(EvidenceWorkspaceView.class);
        robot.interact(() -> ev.open("e8"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewer() instanceof PdfViewer p
                && p.pageCount() == 1 && p.canvas().image() != null);
        PdfViewer pdf = (PdfViewer) view.viewer();
        robot.interact(() -> ev.open("d1"));
        assertThat(messageShown(robot)).contains("损坏");
        assertThat(view.viewer()).isSameAs(pdf);
        assertThat(pdf.canvas().isVisible()).isFalse();
        assertThat(toolbarShown(robot)).as("page toolbar").isFalse();
        robot.interact(() -> ev.open("e8"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pdf.pageCount() == 1 && pdf.canvas().image() != null
                && toolbarShown(robot));
        assertThat(robot.lookup("#viewerMessage").tryQuery()).isEmpty();
        assertThat(pdf.canvas().isVisible()).isTrue();
        robot.interact(() -> ev.open("d1"));
        assertThat(messageShown(robot)).contains("损坏");
    }

    /**
     * The first PDF builds its toolbars a pulse or two after its page; a corrupt PDF opened in
     * between must not have them appear over its message when they are built.
     */
    @Test
    void aCorruptPdfOpenedWhileTheToolbarsAreStillComingKeepsThemHidden(FxRobot robot) throws Exception {
        EvidenceWorkspaceView view = robot.lookup("#evidenceWorkspace").queryAs(EvidenceWorkspaceView.class);
        robot.interact(() -> {
            ev.open("e8");
            PdfViewer pdf = (PdfViewer) view.viewer();
            pdf.centerProperty().addListener((o, a, b) -> {
                if (!(b instanceof Label)) { // the page is in: open the bad one before the toolbars come
                    javafx.application.Platform.runLater(() -> ev.open("d1"));
                }
            });
        });
        assertThat(messageShown(robot)).contains("损坏");
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS); // well past the toolbars' 40 ms
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#viewerMessage").tryQuery()).isPresent();
        assertThat(toolbarShown(robot)).as("page toolbar").isFalse();
        robot.interact(() -> ev.open("e8"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> toolbarShown(robot));
        assertThat(robot.lookup("#viewerMessage").tryQuery()).isEmpty();
    }

    /**
     * A viewer made ahead builds its toolbars in a warm-up step; a PDF that loads just before
     * that step must still get its toolbars shown (they were built hidden and stayed so).
     */
    @Test
    void aPdfLoadedJustBeforeTheWarmUpStepKeepsItsToolbars(FxRobot robot) throws Exception {
        PdfViewer[] made = new PdfViewer[1];
        robot.interact(() -> {
            PdfViewer pdf = new PdfViewer(ev, null);
            made[0] = pdf;
            robot.lookup("#evidenceWorkspace").query().getScene().setRoot(pdf);
            pdf.load(ev.items().stream().filter(i -> i.id().equals("e8")).findFirst().orElseThrow());
            new javafx.animation.AnimationTimer() { // each pulse: warm up as soon as the pages are known
                @Override
                public void handle(long now) {
                    if (pdf.pageCount() == 1) {
                        pdf.warmUp();
                        stop();
                    }
                }
            }.start();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> made[0].canvas().image() != null);
        // the warm-up step runs on a pulse, which a loaded machine may hold back longer than a fixed pause:
        // wait for the toolbar itself (with the fault it stays hidden and the assertion below reports it)
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> toolbarShown(robot));
        } catch (java.util.concurrent.TimeoutException stillHidden) {
            // reported below
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(toolbarShown(robot)).as("page toolbar").isTrue();
    }
}
