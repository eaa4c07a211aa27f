package org.jrw.gui.evidence;

import java.nio.file.Path;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.model.Annotation;

/** Image viewer (JPEG, PNG, GIF, BMP; TIFF through ImageIO): zoom, pan, rotate, fit, regions. */
final class ImageViewer extends ReusableViewer {
    private final Label zoomLabel = new Label();
    /** Counts pictures asked for: a decode finishing after the next item was chosen is dropped. */
    private final java.util.concurrent.atomic.AtomicInteger picture = new java.util.concurrent.atomic.AtomicInteger();
    private ToolBar toolbar;
    private boolean fit = true;
    private final ListChangeListener<Annotation> annotationsChanged = c -> {
        if (!parked) {
            showAnnotations();
        }
    };
    private final ChangeListener<Annotation> selectionChanged = (o, a, b) -> {
        if (parked) {
            return;
        }
        showAnnotations();
        if (b != null && item.id().equals(b.targetId()) && !b.rects().isEmpty()) {
            canvas.reveal(b.rects().get(0));
        }
    };
    private final ChangeListener<EvidenceWorkspaceViewModel.Pending> pendingChanged = (o, a, b) -> {
        if (b == null) {
            canvas.clearPending();
        }
    };

    ImageViewer(EvidenceWorkspaceViewModel vm, EvidenceItem item) {
        this(vm, item, 0, 0);
    }

    /**
     * {@code hintW} × {@code hintH}: the space the viewer will get (0 when unknown). The picture is
     * decoded in the background no larger than that space × the output scale (a 4000-px photo is
     * never scaled by the JavaFX thread or the renderer on every frame); zooming in past that size
     * decodes a larger copy, up to the original, in the background.
     */
    ImageViewer(EvidenceWorkspaceViewModel vm, EvidenceItem item, double hintW, double hintH) {
        super(vm, item);
        setId("imageViewer");
        if (item == null) { // made ahead, waiting for its first picture (see warmUp)
            parked = true;
            setCenter(body);
        } else {
            setCenter(new Label(Messages.get("ev.loading")));
            start(item, hintW, hintH);
        }
    }

    /** Builds the toolbar ahead of the first picture (a viewer made with no item). */
    void warmUp() {
        if (toolbar == null && !disposed) {
            buildChrome();
        }
    }

    /** Shows another picture in this viewer (its toolbar and canvas stay), fitted and unrotated. */
    @Override
    protected void open(EvidenceItem next) {
        MessageLayer.shown(true, toolbar);
        Bounds vp = canvas.getViewportBounds();
        start(next, vp == null ? 0 : vp.getWidth(), vp == null ? 0 : vp.getHeight());
    }

    private void start(EvidenceItem it, double hintW, double hintH) {
        int pic = picture.incrementAndGet();
        loaded = null;
        requested = 0;
        if (toolbar != null) {
            // the old picture goes at once; its annotations with it
            canvas.setImage(null, canvas.unitWidth(), canvas.unitHeight());
            canvas.setAnnotations(java.util.List.of(), null);
            canvas.rotationProperty().set(0);
        }
        double os = Math.max(1, javafx.stage.Screen.getPrimary().getOutputScaleX());
        double capW = (hintW > 0 ? hintW : javafx.stage.Screen.getPrimary().getVisualBounds().getWidth()) * os;
        double capH = (hintH > 0 ? hintH : javafx.stage.Screen.getPrimary().getVisualBounds().getHeight()) * os;
        vm.background(() -> {
            if (pic != picture.get()) {
                return null; // the panel has moved on: no decode
            }
            Path p = vm.files().path(it);
            return Pictures.load(p, Pictures.size(p), capW, capH);
        }, l -> {
            if (l != null && pic == picture.get()) {
                build(l);
            }
        }, t -> {
            if (pic == picture.get()) {
                showProblem(Messages.get("ev.view.failed", reason(t)), true);
            }
        });
    }

    @Override
    void park() {
        parked = true;
        picture.incrementAndGet();
        loaded = null;
        canvas.setImage(null, canvas.unitWidth(), canvas.unitHeight());
    }

    /** Decodes a larger copy when the picture is shown bigger than the decoded one (zoom in). */
    private void sharpen() {
        Image shown = canvas.image();
        if (loaded == null || shown == null || shown.getWidth() >= loaded.width()) {
            return;
        }
        double os = outputScale(this);
        double needW = canvas.scaleProperty().get() * loaded.width() * os;
        if (needW <= shown.getWidth() * 1.1 || needW <= requested) {
            return;
        }
        double w = Math.min(loaded.width(), needW * 1.25);
        requested = w;
        double f = w / loaded.width();
        double[] size = {loaded.width(), loaded.height()};
        Path[] path = new Path[1];
        EvidenceItem it = item;
        int pic = picture.get();
        Pictures.Loaded base = loaded;
        vm.background(() -> {
            path[0] = vm.files().path(it);
            return Pictures.load(path[0], size, size[0] * f + 1, size[1] * f + 1);
        }, l -> {
            if (!disposed && pic == picture.get() && canvas.image() != null
                    && l.image().getWidth() > canvas.image().getWidth()) {
                canvas.setImage(l.image(), base.width(), base.height());
            }
        }, t -> System.getLogger("jrw.evidence").log(System.Logger.Level.WARNING, "image " + it.id() + ": " + t));
    }

    private Pictures.Loaded loaded;
    private double requested;

    @Override
    protected javafx.scene.Node[] chrome() {
        return new javafx.scene.Node[] {toolbar};
    }

    private void build(Pictures.Loaded l) {
        loaded = l;
        if (toolbar == null) {
            buildChrome();
        }
        if (getCenter() != body) {
            setCenter(body);
        }
        fit = true;
        canvas.setImage(l.image(), l.width(), l.height());
        showAnnotations();
        applyFit();
    }

    /** The toolbar and the canvas's wiring, once for every picture this viewer will show. */
    private void buildChrome() {
        Button out = new Button("−");
        out.setOnAction(e -> zoomBy(1 / 1.25));
        Button in = new Button("+");
        in.setOnAction(e -> zoomBy(1.25));
        Button fitB = new Button(Messages.get("ev.image.fit"));
        fitB.setOnAction(e -> {
            fit = true;
            applyFit();
        });
        Button actual = new Button(Messages.get("ev.image.actual"));
        actual.setOnAction(e -> {
            fit = false;
            canvas.scaleProperty().set(1);
        });
        Button rotate = new Button("⟳ " + Messages.get("ev.rotate"));
        rotate.setOnAction(e -> {
            canvas.rotationProperty().set((canvas.rotationProperty().get() + 90) % 360);
            if (fit) {
                applyFit();
            }
        });
        ToggleGroup modes = new ToggleGroup();
        ToggleButton draw = new ToggleButton(Messages.get("ev.mode.annotate"));
        draw.setId("modeAnnotate");
        ToggleButton pan = new ToggleButton(Messages.get("ev.mode.pan")); // not "✋": the CJK fonts have no such glyph
        draw.setToggleGroup(modes);
        pan.setToggleGroup(modes);
        draw.setSelected(true);
        modes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                canvas.modeProperty().set(b == pan ? PageCanvas.Mode.PAN : PageCanvas.Mode.DRAW);
            }
        });
        toolbar = new ToolBar(out, zoomLabel, in, fitB, actual, rotate, new Separator(), draw, pan);
        setTop(toolbar);
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
        settle.setOnFinished(e -> sharpen());
        canvas.scaleProperty().addListener((o, a, b) -> {
            zoomLabel.setText(Math.round(b.doubleValue() * 100) + "%");
            settle.playFromStart();
        });
        canvas.setOnDraw(r -> vm.markRegion(item, null, r));
        canvas.setOnAnnotationClicked(a -> vm.selectedProperty().set(a));
        canvas.setOnScroll(e -> {
            if (e.isControlDown()) {
                zoomBy(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1);
                e.consume();
            }
        });
        canvas.viewportBoundsProperty().addListener((o, a, b) -> {
            if (fit && loaded != null) {
                applyFit();
            }
        });
        vm.annotations().addListener(annotationsChanged);
        vm.selectedProperty().addListener(selectionChanged);
        vm.pendingProperty().addListener(pendingChanged);
    }

    private void zoomBy(double f) {
        fit = false;
        canvas.scaleProperty().set(Math.max(0.05, Math.min(8, canvas.scaleProperty().get() * f)));
    }

    private void applyFit() {
        canvas.scaleProperty().set(Math.min(4, canvas.fitScale(true)));
    }

    private void showAnnotations() {
        canvas.setAnnotations(vm.on(item).stream().filter(a -> !a.rects().isEmpty()).toList(),
                vm.selectedProperty().get());
    }

    @Override
    void dispose() {
        disposed = true;
        picture.incrementAndGet();
        vm.annotations().removeListener(annotationsChanged);
        vm.selectedProperty().removeListener(selectionChanged);
        vm.pendingProperty().removeListener(pendingChanged);
    }
}
