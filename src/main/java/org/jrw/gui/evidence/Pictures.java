package org.jrw.gui.evidence;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.jrw.i18n.Messages;

/** Decoding pictures for display: JavaFX's decoders first, ImageIO (TIFF …) second, scaled to a cap. */
public final class Pictures {
    private Pictures() {
    }

    /** A decoded picture and the size of the original in pixels (the annotations' units). */
    public record Loaded(Image image, double width, double height) {
    }

    /**
     * Decodes a picture (TIFF and others through ImageIO too) to fit within {@code capW} × {@code capH}
     * pixels, with the original's size; for background threads. Throws when no decoder can read it.
     */
    public static Loaded decode(Path p, double capW, double capH) {
        return load(p, size(p), capW, capH);
    }

    /** The original's size from the file's header, or null when no ImageIO reader knows it. */
    static double[] size(Path p) {
        try (var in = ImageIO.createImageInputStream(p.toFile())) {
            if (in == null) {
                return null;
            }
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            var r = readers.next();
            try {
                r.setInput(in, true, true);
                return new double[] {r.getWidth(0), r.getHeight(0)};
            } finally {
                r.dispose();
            }
        } catch (java.io.IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Pictures.class).debug("picture size unreadable", e);
            return null;
        }
    }

    /** Decodes the picture to fit within {@code capW} × {@code capH} pixels (never larger than the original). */
    static Loaded load(Path p, double[] size, double capW, double capH) {
        String uri = p.toUri().toString();
        Image img;
        if (size != null && size[0] > 0 && size[1] > 0 && (size[0] > capW || size[1] > capH)) {
            double f = Math.min(capW / size[0], capH / size[1]);
            img = new Image(uri, Math.max(1, Math.round(size[0] * f)), Math.max(1, Math.round(size[1] * f)),
                    true, true, false);
        } else {
            img = new Image(uri, false);
        }
        if (!img.isError() && img.getWidth() > 0) {
            return size != null ? new Loaded(img, size[0], size[1]) : new Loaded(img, img.getWidth(), img.getHeight());
        }
        try {
            BufferedImage b = ImageIO.read(p.toFile());
            if (b != null) {
                double w = b.getWidth();
                double h = b.getHeight();
                if (w > capW || h > capH) {
                    double f = Math.min(capW / w, capH / h);
                    int sw = (int) Math.max(1, Math.round(w * f));
                    int sh = (int) Math.max(1, Math.round(h * f));
                    BufferedImage s = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_ARGB);
                    var g = s.createGraphics();
                    g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                            java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                    g.drawImage(b, 0, 0, sw, sh, null);
                    g.dispose();
                    b = s;
                }
                return new Loaded(Viewer.toFx(b), w, h);
            }
        } catch (java.io.IOException failure) {
            org.slf4j.LoggerFactory.getLogger(Pictures.class).debug("image not decoded for a preview", failure);
            // reported below
        }
        throw new IllegalStateException(Messages.get("ev.other.noPreview", "image"));
    }
}
