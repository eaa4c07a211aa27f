package org.jrw.gui.evidence;

import java.awt.image.BufferedImage;
import javafx.scene.image.WritableImage;

/** Java2D images as JavaFX images, for screens outside the evidence reader (the meeting's shared screen). */
public final class FxImages {
    private FxImages() {
    }

    /** Safe off the JavaFX thread; an opaque page image is shared, not copied. */
    public static WritableImage of(BufferedImage b) {
        return Viewer.toFx(b);
    }
}
