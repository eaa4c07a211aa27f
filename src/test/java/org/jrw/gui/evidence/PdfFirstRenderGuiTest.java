package org.jrw.gui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
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

/**
 * Issue 23: the PDF viewer's first page takes 3–7 s on a cold start; a spinner says it is coming
 * while it renders and goes when the page is there. The renderer is a stand-in held back by a latch.
 */
@ExtendWith(ApplicationExtension.class)
class PdfFirstRenderGuiTest {
    @TempDir
    static Path tmp;
    private AppContext ctx;
    private EvidenceWorkspaceViewModel ev;
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch asked = new CountDownLatch(1);

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLanguage("zh");
        ctx = new AppContext(tmp.resolve("ws-" + System.nanoTime()), tmp.resolve("cfg-" + System.nanoTime()));
        TestPackages.Pkg p = TestPackages.valid("西应急罚〔2024〕61号");
        byte[] good;
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            good = out.toByteArray();
        }
        p.addEvidence("e8", "书证", "营业执照", "files/e8.pdf", good);
        Path pkg = p.writeZip(tmp.resolve("p-" + System.nanoTime() + ".jrcase"));
        String id = ctx.dossiers().importPackage(pkg, false, Progress.NONE).caseId();
        Dossier d = ctx.dossiers().load(id);
        ev = new EvidenceWorkspaceViewModel(ctx);
        // the slow first render: held until the test has seen the spinner
        ev.setPageRenderer((file, page, scale) -> {
            asked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ev.pdf().render(file, page, scale);
        });
        stage.setScene(new Scene(new EvidenceWorkspaceView(ev), 1100, 700));
        stage.show();
        ev.dossierProperty().set(d);
    }

    @AfterEach
    void close() {
        release.countDown();
        ev.shutdown();
        ctx.close();
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    @Test
    void spinnerWhileTheFirstPageRendersAndGoneAfter(FxRobot robot) throws Exception {
        robot.interact(() -> ev.open("e8"));
        assertThat(asked.await(30, TimeUnit.SECONDS)).as("the page render was asked for").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        PdfViewer viewer = robot.lookup("#pdfViewer").match(n -> shown(n)).queryAs(PdfViewer.class);
        Node spinner = robot.from(viewer).lookup("#pdfRendering").query();
        assertThat(shown(spinner)).as("spinner while the first page renders").isTrue();
        assertThat(viewer.canvas().image()).isNull();
        if (Boolean.getBoolean("jrw.screenshots")) { // to look at: target/screenshots/controls-pdf-rendering-zh.png
            javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
            robot.interact(() -> img[0] = viewer.getScene().snapshot(null));
            var b = new java.awt.image.BufferedImage((int) img[0].getWidth(), (int) img[0].getHeight(),
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < b.getHeight(); y++) {
                for (int x = 0; x < b.getWidth(); x++) {
                    b.setRGB(x, y, img[0].getPixelReader().getArgb(x, y));
                }
            }
            java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
            javax.imageio.ImageIO.write(b, "png", Path.of("target", "screenshots", "controls-pdf-rendering-zh.png").toFile());
        }
        release.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewer.canvas().image() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(spinner.isVisible()).as("spinner gone once the page is shown").isFalse();
    }
}
