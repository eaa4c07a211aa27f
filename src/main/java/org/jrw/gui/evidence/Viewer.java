package org.jrw.gui.evidence;

import java.awt.image.BufferedImage;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.EvidenceItem;

/** A viewer for one kind of file in the evidence pane. */
abstract class Viewer extends BorderPane {
    protected final EvidenceWorkspaceViewModel vm;
    /** The item shown; a reusable viewer changes it in {@link #load}. */
    protected EvidenceItem item;

    Viewer(EvidenceWorkspaceViewModel vm, EvidenceItem item) {
        this.vm = vm;
        this.item = item;
        getStyleClass().add("evidence-viewer");
    }

    /** Releases players, listeners and images when another item is shown. */
    void dispose() {
    }

    /**
     * Shows {@code next} in this viewer, keeping its controls (PDF and image viewers): building a
     * new viewer costs the JavaFX thread a CSS and layout pass over all its nodes, which stalled
     * the pane by 50–90 ms on every step through the evidence. Viewers that cannot do this throw.
     */
    void load(EvidenceItem next) {
        throw new UnsupportedOperationException(getClass().getSimpleName());
    }

    /** Whether {@link #load} works. */
    boolean reusable() {
        return false;
    }

    /**
     * The viewer is hidden to wait for a later item of its kind: stop background work for the old
     * item and let go of its images. Listeners stay but do nothing until the next {@link #load}.
     */
    void park() {
    }

    /** The item shown (for tests and the pane). */
    EvidenceItem item() {
        return item;
    }

    /** A clear message in place of the content, with "open with the system program" when a file exists. */
    protected void showProblem(String text, boolean offerSystemOpen) {
        Label l = new Label(text);
        l.setId("viewerMessage");
        l.setWrapText(true);
        l.setMaxWidth(520);
        l.setStyle("-fx-font-size: 1.1em;");
        VBox box = new VBox(14, l);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(30));
        if (offerSystemOpen) {
            Button open = new Button(Messages.get("ev.media.openSystem"));
            open.setId("openWithSystem");
            Label outcome = new Label();
            outcome.setId("openWithSystemOutcome");
            outcome.setWrapText(true);
            outcome.setMaxWidth(520);
            open.setOnAction(e -> openWithSystem(outcome));
            box.getChildren().addAll(open, outcome);
        }
        javafx.scene.Node more = problemExtras();
        if (more != null) {
            box.getChildren().add(more);
        }
        present(box);
    }

    /** More under a problem message (the media viewer: a time range typed by hand); null for none. */
    protected javafx.scene.Node problemExtras() {
        return null;
    }

    /** Puts a message in place of the content. */
    protected void present(javafx.scene.Node message) {
        setCenter(message);
    }

    /**
     * Hands the file to the program the system associates with it, in the background, and says
     * what happened: handed over, or why not (no desktop, no associated program).
     */
    protected void openWithSystem(Label outcome) {
        outcome.setText(Messages.get("ux.open.running"));
        vm.background(() -> {
            Path p;
            try {
                p = vm.files().namedCopy(item);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            systemOpener.open(p);
            return p;
        }, p -> {
            String done = Messages.get("ux.open.done", p.getFileName());
            outcome.setText(done);
            vm.messageProperty().set(done);
        }, t -> {
            Throwable c = t instanceof java.io.UncheckedIOException u ? u.getCause() : t;
            String failed = Messages.get("ux.open.failed", c == null ? "?" : reason(c));
            outcome.setText(failed);
            vm.messageProperty().set(failed);
        });
    }

    /** Opens a file with the system's program for it; throws when that cannot be done. */
    interface SystemOpener {
        void open(Path file) throws java.io.UncheckedIOException;
    }

    /** The desktop's "open" (java.awt.Desktop), else the platform's opener command and its exit code. */
    static SystemOpener systemOpener = Viewer::openWithDesktop;

    static void openWithDesktop(Path p) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                java.awt.Desktop.getDesktop().open(p.toFile());
                return;
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            ProcessBuilder pb = os.contains("win") ? new ProcessBuilder("cmd", "/c", "start", "", p.toString())
                    : os.contains("mac") ? new ProcessBuilder("open", p.toString())
                    : new ProcessBuilder("xdg-open", p.toString());
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Process proc = pb.start();
            // xdg-open returns at once with a non-zero code when nothing can open the file
            if (proc.waitFor(5, java.util.concurrent.TimeUnit.SECONDS) && proc.exitValue() != 0) {
                throw new java.io.IOException(Messages.get("ux.open.noProgram", proc.exitValue()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.UncheckedIOException(new java.io.IOException(e));
        } catch (UnsupportedOperationException | SecurityException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException(e.getMessage(), e));
        }
    }

    static String reason(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getMessage() == null) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }

    /**
     * A Java2D image as a JavaFX image (safe off the JavaFX thread). An opaque {@code INT_RGB}
     * image (PDF pages) is shared, not copied: its pixels get an opaque alpha byte (ignored by
     * Java2D for this type) and back the JavaFX image directly, so a page costs one buffer, not three.
     */
    static WritableImage toFx(BufferedImage b) {
        int w = b.getWidth();
        int h = b.getHeight();
        if (b.getType() == BufferedImage.TYPE_INT_RGB
                && b.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt db
                && b.getRaster().getSampleModel() instanceof java.awt.image.SinglePixelPackedSampleModel sm
                && sm.getScanlineStride() == w && db.getNumBanks() == 1 && db.getOffset() == 0
                && b.getRaster().getParent() == null && db.getData().length == w * h) {
            int[] px = db.getData();
            for (int i = 0; i < px.length; i++) {
                px[i] |= 0xFF000000;
            }
            return new WritableImage(new PixelBuffer<>(w, h, IntBuffer.wrap(px), PixelFormat.getIntArgbPreInstance()));
        }
        int[] px = b.getRGB(0, 0, w, h, null, 0, w);
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        return img;
    }

    static double outputScale(javafx.scene.Node n) {
        return n.getScene() != null && n.getScene().getWindow() != null
                ? Math.max(1, n.getScene().getWindow().getOutputScaleX()) : 1;
    }
}
