package org.jrw.gui.evidence;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.jrw.model.Annotation;
import org.jrw.model.Role;

/**
 * A page or picture with an overlay: annotations as coloured regions per role, search hits, and a
 * rectangle drawn with the mouse. Coordinates are in the source's units (PDF points or image
 * pixels) from the top-left; {@link #scaleProperty()} is screen pixels per unit. Rotation turns
 * the view only, never the stored coordinates.
 */
public final class PageCanvas extends ScrollPane {
    /** What a mouse drag does. */
    public enum Mode { DRAW, SELECT, PAN }

    static final String STYLES = java.util.Objects.requireNonNull(
            PageCanvas.class.getResource("evidence.css")).toExternalForm();

    private final ImageView image = new ImageView();
    private final Pane overlay = new Pane();
    private final StackPane page = new StackPane(image, overlay);
    private final Group rotated = new Group(page);
    private final StackPane centre = new StackPane(new Group(rotated));
    private final DoubleProperty scale = new SimpleDoubleProperty(1);
    private final DoubleProperty rotation = new SimpleDoubleProperty(0);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.DRAW);
    private double unitW = 1;
    private double unitH = 1;
    private List<Annotation> shapes = List.of();
    private Annotation selected;
    private List<Annotation.Rect> hits = List.of();
    private Annotation.Rect pending;
    private Rectangle rubber;
    private double sx;
    private double sy;
    private Consumer<Annotation.Rect> onDraw = r -> { };
    private Consumer<Annotation.Rect> onSelect = r -> { };
    private Consumer<Annotation> onClick = a -> { };

    public PageCanvas() {
        getStyleClass().add("page-canvas");
        setContent(centre);
        centre.minWidthProperty().bind(viewportBoundsProperty().map(b -> b.getWidth()));
        centre.minHeightProperty().bind(viewportBoundsProperty().map(b -> b.getHeight()));
        centre.setStyle("-fx-background-color: #5b6470;");
        getStylesheets().add(STYLES);
        // the page's look is in evidence.css (.page-canvas .page): a plain fill and an outline, no
        // drop-shadow effect (with the software pipeline a blurred shadow re-renders the whole page
        // off-screen on every repaint)
        page.getStyleClass().add("page");
        image.setPreserveRatio(false);
        image.setSmooth(true);
        overlay.setId("annotationOverlay");
        overlay.setPickOnBounds(true);
        scale.addListener((o, a, b) -> layoutPage());
        rotation.addListener((o, a, b) -> rotated.setRotate(b.doubleValue()));
        mode.addListener((o, a, b) -> {
            setPannable(b == Mode.PAN);
            overlay.setCursor(b == Mode.PAN ? Cursor.OPEN_HAND : b == Mode.SELECT ? Cursor.TEXT : Cursor.CROSSHAIR);
        });
        overlay.setCursor(Cursor.CROSSHAIR);
        overlay.setOnMousePressed(e -> {
            if (mode.get() == Mode.PAN || !e.isPrimaryButtonDown()) {
                return;
            }
            sx = clampX(e.getX());
            sy = clampY(e.getY());
            rubber = new Rectangle(sx, sy, 0, 0);
            rubber.setFill(mode.get() == Mode.SELECT ? Color.rgb(60, 120, 220, 0.15) : Color.rgb(255, 200, 0, 0.15));
            rubber.setStroke(mode.get() == Mode.SELECT ? Color.rgb(60, 120, 220) : Color.rgb(220, 120, 0));
            rubber.getStrokeDashArray().setAll(5.0, 4.0);
            rubber.setMouseTransparent(true);
            overlay.getChildren().add(rubber);
            e.consume();
        });
        overlay.setOnMouseDragged(e -> {
            if (rubber == null) {
                return;
            }
            double x = clampX(e.getX());
            double y = clampY(e.getY());
            rubber.setX(Math.min(sx, x));
            rubber.setY(Math.min(sy, y));
            rubber.setWidth(Math.abs(x - sx));
            rubber.setHeight(Math.abs(y - sy));
            e.consume();
        });
        overlay.setOnMouseReleased(e -> {
            if (rubber == null) {
                return;
            }
            Rectangle r = rubber;
            rubber = null;
            overlay.getChildren().remove(r);
            if (r.getWidth() < 4 || r.getHeight() < 4) {
                return;
            }
            double k = scale.get();
            Annotation.Rect u = new Annotation.Rect(round(r.getX() / k), round(r.getY() / k),
                    round(Math.min(r.getWidth() / k, unitW - r.getX() / k)),
                    round(Math.min(r.getHeight() / k, unitH - r.getY() / k)));
            if (mode.get() == Mode.DRAW) {
                pending = u;
                redraw();
                onDraw.accept(u);
            } else {
                onSelect.accept(u);
            }
            e.consume();
        });
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private double clampX(double x) {
        return Math.max(0, Math.min(x, unitW * scale.get()));
    }

    private double clampY(double y) {
        return Math.max(0, Math.min(y, unitH * scale.get()));
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public DoubleProperty rotationProperty() {
        return rotation;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public void setOnDraw(Consumer<Annotation.Rect> c) {
        onDraw = c;
    }

    public void setOnSelect(Consumer<Annotation.Rect> c) {
        onSelect = c;
    }

    public void setOnAnnotationClicked(Consumer<Annotation> c) {
        onClick = c;
    }

    /** Shows an image standing for a source of {@code w} × {@code h} units. */
    public void setImage(Image img, double w, double h) {
        image.setImage(img);
        unitW = w;
        unitH = h;
        layoutPage();
    }

    /** The image shown (possibly smaller than the source: it is scaled to the units). */
    public Image image() {
        return image.getImage();
    }

    public double unitWidth() {
        return unitW;
    }

    public double unitHeight() {
        return unitH;
    }

    public void setAnnotations(List<Annotation> list, Annotation sel) {
        shapes = list;
        selected = sel;
        redraw();
    }

    public void setHits(List<Annotation.Rect> h) {
        hits = h;
        redraw();
    }

    public void clearPending() {
        pending = null;
        redraw();
    }

    /** Scale that fits the width (or the whole page) into the viewport. */
    public double fitScale(boolean wholePage) {
        var vb = getViewportBounds();
        boolean turned = ((int) Math.round(rotation.get() / 90)) % 2 != 0;
        double w = turned ? unitH : unitW;
        double h = turned ? unitW : unitH;
        double vw = Math.max(100, vb.getWidth() - 24);
        double vh = Math.max(100, vb.getHeight() - 24);
        return wholePage ? Math.min(vw / w, vh / h) : vw / w;
    }

    private void layoutPage() {
        double k = scale.get();
        image.setFitWidth(unitW * k);
        image.setFitHeight(unitH * k);
        page.setMinSize(unitW * k, unitH * k);
        page.setMaxSize(unitW * k, unitH * k);
        overlay.setPrefSize(unitW * k, unitH * k);
        redraw();
    }

    private void redraw() {
        double k = scale.get();
        overlay.getChildren().removeIf(n -> n != rubber);
        for (Annotation.Rect h : hits) {
            Rectangle r = new Rectangle(h.x() * k, h.y() * k, h.w() * k, h.h() * k);
            r.setFill(Color.rgb(255, 230, 0, 0.40));
            r.setMouseTransparent(true);
            r.getStyleClass().add("search-hit");
            overlay.getChildren().add(r);
        }
        for (Annotation a : shapes) {
            Color c = colour(a.role());
            boolean sel = selected != null && selected.id().equals(a.id());
            for (Annotation.Rect u : a.rects()) {
                Rectangle r = new Rectangle(u.x() * k, u.y() * k, u.w() * k, u.h() * k);
                r.setFill(Color.color(c.getRed(), c.getGreen(), c.getBlue(), a.status() == Annotation.Status.RESOLVED ? 0.06 : 0.18));
                r.setStroke(c);
                r.setStrokeWidth(sel ? 3 : 1.5);
                if (a.status() == Annotation.Status.RESOLVED) {
                    r.getStrokeDashArray().setAll(6.0, 4.0);
                }
                r.getStyleClass().add("annotation-region");
                r.setUserData(a.id());
                r.setCursor(Cursor.HAND);
                Tooltip.install(r, new Tooltip(a.author() + " · " + AnnotationLabels.roleLabel(a.role())
                        + "\n" + a.note()));
                r.setOnMouseClicked(e -> {
                    if (mode.get() != Mode.PAN) {
                        onClick.accept(a);
                        e.consume();
                    }
                });
                overlay.getChildren().add(r);
            }
        }
        if (pending != null) {
            Rectangle r = new Rectangle(pending.x() * k, pending.y() * k, pending.w() * k, pending.h() * k);
            r.setFill(Color.rgb(255, 200, 0, 0.18));
            r.setStroke(Color.rgb(220, 120, 0));
            r.getStrokeDashArray().setAll(5.0, 4.0);
            r.setMouseTransparent(true);
            r.setId("pendingRegion");
            overlay.getChildren().add(r);
        }
    }

    /** The colour of a role's annotations. */
    public static Color colour(Role r) {
        if (r == null) {
            return Color.GRAY;
        }
        return switch (r) {
            case CHAIR -> Color.web("#8e44ad");
            case OFFICER -> Color.web("#1f6feb");
            case LEGAL_ADVISER -> Color.web("#1a7f37");
            case EXPERT -> Color.web("#d97706");
        };
    }

    /** Scrolls so that a rectangle (in units) is visible. */
    public void reveal(Annotation.Rect r) {
        double k = scale.get();
        double ch = page.getBoundsInParent().getHeight();
        double cw = page.getBoundsInParent().getWidth();
        double vh = getViewportBounds().getHeight();
        double vw = getViewportBounds().getWidth();
        if (ch > vh) {
            setVvalue(Math.max(0, Math.min(1, (r.y() * k - vh / 3) / (ch - vh))));
        }
        if (cw > vw) {
            setHvalue(Math.max(0, Math.min(1, (r.x() * k - vw / 3) / (cw - vw))));
        }
    }
}
