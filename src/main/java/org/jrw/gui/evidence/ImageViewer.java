package org.jrw.gui.evidence;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.model.Annotation;

/** Image viewer (JPEG, PNG, GIF, BMP; TIFF through ImageIO): zoom, pan, rotate, fit, regions. */
final class ImageViewer extends Viewer {
    private final PageCanvas canvas = new PageCanvas();
    private final Label zoomLabel = new Label();
    private boolean fit = true;
    private final ListChangeListener<Annotation> annotationsChanged = c -> showAnnotations();
    private final ChangeListener<Annotation> selectionChanged = (o, a, b) -> {
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
        super(vm, item);
        setId("imageViewer");
        setCenter(new Label(Messages.get("ev.loading")));
        vm.background(() -> load(vm.files().path(item)), this::build,
                t -> showProblem(Messages.get("ev.view.failed", reason(t)), true));
    }

    private static Image load(Path p) {
        Image img = new Image(p.toUri().toString(), false);
        if (!img.isError() && img.getWidth() > 0) {
            return img;
        }
        try {
            BufferedImage b = ImageIO.read(p.toFile());
            if (b != null) {
                return toFx(b);
            }
        } catch (java.io.IOException ignored) {
            // reported below
        }
        throw new IllegalStateException(Messages.get("ev.other.noPreview", "image"));
    }

    private void build(Image img) {
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
        ToggleButton pan = new ToggleButton("✋");
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
        setTop(new ToolBar(out, zoomLabel, in, fitB, actual, rotate, new Separator(), draw, pan));
        canvas.setImage(img, img.getWidth(), img.getHeight());
        canvas.scaleProperty().addListener((o, a, b) -> zoomLabel.setText(Math.round(b.doubleValue() * 100) + "%"));
        canvas.setOnDraw(r -> vm.markRegion(item, null, r));
        canvas.setOnAnnotationClicked(a -> vm.selectedProperty().set(a));
        canvas.setOnScroll(e -> {
            if (e.isControlDown()) {
                zoomBy(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1);
                e.consume();
            }
        });
        canvas.viewportBoundsProperty().addListener((o, a, b) -> {
            if (fit) {
                applyFit();
            }
        });
        setCenter(canvas);
        vm.annotations().addListener(annotationsChanged);
        vm.selectedProperty().addListener(selectionChanged);
        vm.pendingProperty().addListener(pendingChanged);
        showAnnotations();
        applyFit();
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

    PageCanvas canvas() {
        return canvas;
    }

    @Override
    void dispose() {
        vm.annotations().removeListener(annotationsChanged);
        vm.selectedProperty().removeListener(selectionChanged);
        vm.pendingProperty().removeListener(pendingChanged);
    }
}
