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
            open.setOnAction(e -> openWithSystem());
            box.getChildren().add(open);
        }
        present(box);
    }

    /** Puts a message in place of the content. */
    protected void present(javafx.scene.Node message) {
        setCenter(message);
    }

    protected void openWithSystem() {
        vm.background(() -> {
            try {
                Path p = vm.files().namedCopy(item);
                String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
                ProcessBuilder pb = os.contains("win") ? new ProcessBuilder("cmd", "/c", "start", "", p.toString())
                        : os.contains("mac") ? new ProcessBuilder("open", p.toString())
                        : new ProcessBuilder("xdg-open", p.toString());
                pb.start();
                return true;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, ok -> { }, t -> vm.messageProperty().set(Messages.get("ev.open.failed", t.getMessage())));
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
