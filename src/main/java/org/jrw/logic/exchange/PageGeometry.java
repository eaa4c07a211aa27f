package org.jrw.logic.exchange;

import java.util.List;
import org.jrw.model.Annotation;

/**
 * One PDF page's crop box and rotation, and the conversion between the annotation model's
 * coordinates (points from the top-left of the page <em>as displayed</em>: crop box, rotation
 * applied; see {@code PdfService}) and PDF user space (origin at the media box's lower left, y
 * up, rotation not applied), in which {@code /Rect} and {@code /QuadPoints} are written.
 *
 * <p>Page rotation turns the page clockwise for display. With crop box
 * {@code [llx lly urx ury]}, a displayed point {@code (x, y)} is, in user space:
 * <pre>
 *   0°: (llx + x, ury - y)      90°: (llx + y, lly + x)
 * 180°: (urx - x, lly + y)     270°: (urx - y, ury - x)
 * </pre>
 */
public record PageGeometry(double llx, double lly, double urx, double ury, int rotation) {

    public PageGeometry {
        rotation = ((rotation % 360) + 360) % 360;
        if (rotation % 90 != 0) {
            rotation = 0; // a rotation that is not a multiple of 90 is invalid; readers ignore it
        }
        if (urx < llx) {
            double t = urx;
            urx = llx;
            llx = t;
        }
        if (ury < lly) {
            double t = ury;
            ury = lly;
            lly = t;
        }
    }

    public static PageGeometry of(List<? extends Number> crop, int rotation) {
        return new PageGeometry(crop.get(0).doubleValue(), crop.get(1).doubleValue(), crop.get(2).doubleValue(),
                crop.get(3).doubleValue(), rotation);
    }

    public List<Double> cropList() {
        return List.of(llx, lly, urx, ury);
    }

    /** Width of the page as displayed. */
    public double displayedWidth() {
        return rotation == 90 || rotation == 270 ? ury - lly : urx - llx;
    }

    /** Height of the page as displayed. */
    public double displayedHeight() {
        return rotation == 90 || rotation == 270 ? urx - llx : ury - lly;
    }

    /** A displayed point in user space: {x, y}. */
    public double[] toUser(double x, double y) {
        return switch (rotation) {
            case 90 -> new double[] {llx + y, lly + x};
            case 180 -> new double[] {urx - x, lly + y};
            case 270 -> new double[] {urx - y, ury - x};
            default -> new double[] {llx + x, ury - y};
        };
    }

    /** A user-space point as displayed: {x, y}. */
    public double[] toDisplayed(double ux, double uy) {
        return switch (rotation) {
            case 90 -> new double[] {uy - lly, ux - llx};
            case 180 -> new double[] {urx - ux, uy - lly};
            case 270 -> new double[] {ury - uy, urx - ux};
            default -> new double[] {ux - llx, ury - uy};
        };
    }

    /** A displayed rectangle as a user-space rectangle {llx, lly, urx, ury}. */
    public double[] toUser(Annotation.Rect r) {
        double[] a = toUser(r.x(), r.y());
        double[] b = toUser(r.x() + r.w(), r.y() + r.h());
        return new double[] {Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])};
    }

    /** A user-space rectangle {x1, y1, x2, y2} (any corner order) as displayed, not clipped. */
    public Annotation.Rect toDisplayed(double x1, double y1, double x2, double y2) {
        double[] a = toDisplayed(x1, y1);
        double[] b = toDisplayed(x2, y2);
        double x = Math.min(a[0], b[0]);
        double y = Math.min(a[1], b[1]);
        return new Annotation.Rect(x, y, Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
    }

    /**
     * A displayed rectangle clipped to the displayed page; null when nothing of it lies on the
     * page. Coordinates are rounded to 0.01 pt.
     */
    public Annotation.Rect clip(Annotation.Rect r) {
        double x1 = Math.max(0, r.x());
        double y1 = Math.max(0, r.y());
        double x2 = Math.min(displayedWidth(), r.x() + r.w());
        double y2 = Math.min(displayedHeight(), r.y() + r.h());
        if (x2 - x1 < 0.01 || y2 - y1 < 0.01) {
            return null;
        }
        return new Annotation.Rect(round(x1), round(y1), round(x2 - x1), round(y2 - y1));
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
