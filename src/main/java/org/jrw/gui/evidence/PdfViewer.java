package org.jrw.gui.evidence;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.logic.evidence.PdfService;
import org.jrw.model.Annotation;

/**
 * PDF viewer: page thumbnails, one page at a time rendered by PDFBox in the background (cached),
 * zoom (fit width, fit page, 50–400 %), rotation, search with highlighted hits, text copy by
 * dragging a box in "select text" mode, and annotation regions drawn in "mark region" mode.
 */
final class PdfViewer extends ReusableViewer {
    static final double PX_PER_PT = 96.0 / 72.0;
    private final String fitWidthLabel = Messages.get("ev.zoom.fitWidth");
    private final String fitPageLabel = Messages.get("ev.zoom.fitPage");

    private final ListView<PageRef> thumbs = new ListView<>();
    private final Map<Integer, Image> thumbImages = new HashMap<>();
    /** Every thumbnail cell the list made (the list also makes cells only to measure rows). */
    private final java.util.Set<ThumbCell> thumbCells = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    private final Label pageLabel = new Label();
    private final ComboBox<String> zoom = new ComboBox<>();
    private final TextField search = new TextField();
    private final Label hitLabel = new Label();
    private final AtomicInteger renderToken = new AtomicInteger();
    /** Over the blank page while it renders (the first page of a cold start takes seconds). */
    private final javafx.scene.Node rendering = org.jrw.gui.Loading.spinner(Messages.get("controls.pdf.rendering"));
    /** Counts {@link #load}s: background results for an earlier document are dropped. */
    private final AtomicInteger document = new AtomicInteger();
    private VBox chrome;
    private Path file;
    private List<PdfService.PageSize> sizes = List.of();
    private int page = 1;
    private String lastQuery = "";
    private List<PdfService.Hit> hits = List.of();
    private int hitIndex = -1;
    private String selectedText = "";
    private final ListChangeListener<Annotation> annotationsChanged = c -> {
        if (!parked) {
            showAnnotations();
        }
    };
    private final ChangeListener<Annotation> selectionChanged = (o, a, b) -> {
        if (!parked) {
            follow(b);
        }
    };
    private final ChangeListener<EvidenceWorkspaceViewModel.Pending> pendingChanged = (o, a, b) -> {
        if (b == null) {
            canvas.clearPending();
        }
    };

    /** A row of the thumbnail list: the document's load count keeps page 1 of one file from equalling page 1 of the next. */
    record PageRef(int document, int page) {
    }

    PdfViewer(EvidenceWorkspaceViewModel vm, EvidenceItem item) {
        super(vm, item);
        setId("pdfViewer");
        zoom.getItems().setAll(fitWidthLabel, fitPageLabel, "50%", "75%", "100%", "125%", "150%", "200%", "300%", "400%");
        zoom.setValue(fitWidthLabel);
        zoom.setId("pdfZoom");
        zoom.valueProperty().addListener((o, a, b) -> applyZoom());
        canvas.setOnDraw(r -> vm.markRegion(this.item, page, r));
        canvas.setOnSelect(this::selectText);
        canvas.setOnAnnotationClicked(a -> vm.selectedProperty().set(a));
        canvas.scaleProperty().addListener((o, a, b) -> render());
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(120));
        settle.setOnFinished(e -> applyZoom());
        canvas.viewportBoundsProperty().addListener((o, a, b) -> {
            if (Math.abs(a.getWidth() - b.getWidth()) > 2 || Math.abs(a.getHeight() - b.getHeight()) > 2) {
                settle.playFromStart();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                go(page + 1);
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                go(page - 1);
                e.consume();
            }
        });
        vm.annotations().addListener(annotationsChanged);
        vm.selectedProperty().addListener(selectionChanged);
        vm.pendingProperty().addListener(pendingChanged);
        rendering.setId("pdfRendering");
        rendering.setMouseTransparent(true);
        rendering.setVisible(false);
        body.getChildren().add(rendering);
        if (item == null) { // made ahead, waiting for its first file (see warmUp)
            parked = true;
            setCenter(body);
        } else {
            setCenter(org.jrw.gui.Loading.spinner(Messages.get("ev.loading")));
            load(item);
        }
    }

    /** Builds the toolbars and the thumbnail list ahead of the first file (a viewer made with no item). */
    void warmUp() {
        if (chrome == null && !disposed) {
            completeChrome();
        }
    }

    /**
     * Builds the toolbars and the thumbnail list: shown with the file's pages if one has loaded,
     * else hidden until one does (none yet, one still loading, or one that failed and shows its
     * message — the toolbars come a pulse after the first page and must not cover that message).
     */
    private void completeChrome() {
        buildChrome();
        if (file != null) {
            fillThumbnails(document.get());
            showPage();
        } else {
            MessageLayer.shown(false, chrome, thumbs);
        }
    }

    /**
     * Shows another PDF in this viewer: the toolbars, the thumbnail list and the page canvas stay
     * (only their content changes), the zoom choice and the mode carry over, rotation, search and
     * thumbnails start afresh.
     */
    @Override
    protected void open(EvidenceItem next) {
        int doc = document.incrementAndGet();
        renderToken.incrementAndGet();
        file = null;
        sizes = List.of();
        hits = List.of();
        hitIndex = -1;
        lastQuery = "";
        selectedText = "";
        thumbImages.clear();
        if (chrome != null) {
            search.clear();
            hitLabel.setText("");
            pageLabel.setText(Messages.get("ev.loading"));
            canvas.rotationProperty().set(0);
            // blank the old page at once (its size stays until the new one is known)
            canvas.setImage(null, canvas.unitWidth(), canvas.unitHeight());
            canvas.setAnnotations(List.of(), null);
            canvas.setHits(List.of());
        }
        vm.background(() -> {
            Path p = vm.files().path(next);
            return Map.entry(p, vm.pdf().pageSizes(p));
        }, r -> {
            if (doc == document.get()) {
                file = r.getKey();
                sizes = r.getValue();
                loaded(doc);
            }
        }, t -> {
            if (doc == document.get()) {
                rendering.setVisible(false);
                showProblem(Messages.get("ev.view.failed", reason(t)), true);
            }
        });
    }

    /**
     * The file's page sizes are known. The first time, the viewer is built in two pulses so that
     * neither stalls the JavaFX thread past ~50 ms: first the page (the reader sees it at once),
     * then, a pulse or two later, the toolbars and the thumbnails.
     */
    private void loaded(int doc) {
        if (getCenter() != body) {
            setCenter(body);
        }
        Annotation sel = vm.selectedProperty().get();
        page = sel != null && item.id().equals(sel.targetId()) && sel.page() != null ? clampPage(sel.page()) : 1;
        if (chrome == null) {
            showPage();
            applyZoom();
            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.millis(40));
            later.setOnFinished(e -> {
                if (!disposed && chrome == null) {
                    completeChrome();
                }
            });
            later.play();
        } else {
            MessageLayer.shown(true, chrome, thumbs);
            fillThumbnails(doc);
            showPage();
            applyZoom();
        }
    }

    private void fillThumbnails(int doc) {
        List<PageRef> rows = new java.util.ArrayList<>(sizes.size());
        for (int i = 1; i <= sizes.size(); i++) {
            rows.add(new PageRef(doc, i));
        }
        thumbs.getItems().setAll(rows);
    }

    @Override
    void park() {
        parked = true;
        document.incrementAndGet();
        renderToken.incrementAndGet();
        file = null;
        sizes = List.of();
        thumbImages.clear();
        rendering.setVisible(false);
        canvas.setImage(null, canvas.unitWidth(), canvas.unitHeight());
        if (chrome != null) {
            thumbs.getItems().clear();
        }
    }

    @Override
    protected javafx.scene.Node[] chrome() {
        return new javafx.scene.Node[] {chrome, chrome == null ? null : thumbs};
    }

    private void buildChrome() {
        Button prev = new Button("◀");
        prev.setOnAction(e -> go(page - 1));
        prev.setTooltip(new javafx.scene.control.Tooltip(Messages.get("ev.pdf.prevPage")));
        Button next = new Button("▶");
        next.setOnAction(e -> go(page + 1));
        next.setTooltip(new javafx.scene.control.Tooltip(Messages.get("ev.pdf.nextPage")));
        pageLabel.setId("pdfPageLabel");
        Button rotate = new Button("⟳ " + Messages.get("ev.rotate"));
        rotate.setId("pdfRotate");
        rotate.setOnAction(e -> {
            canvas.rotationProperty().set((canvas.rotationProperty().get() + 90) % 360);
            applyZoom();
        });
        ToggleGroup modes = new ToggleGroup();
        ToggleButton draw = new ToggleButton(Messages.get("ev.mode.annotate"));
        draw.setId("modeAnnotate");
        ToggleButton select = new ToggleButton(Messages.get("ev.mode.select"));
        select.setId("modeSelect");
        draw.setToggleGroup(modes);
        select.setToggleGroup(modes);
        draw.setSelected(true);
        modes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                canvas.modeProperty().set(b == select ? PageCanvas.Mode.SELECT : PageCanvas.Mode.DRAW);
            }
        });
        Button copy = new Button(Messages.get("ev.copy"));
        copy.setId("pdfCopy");
        copy.setOnAction(e -> copyText());
        search.setPromptText(Messages.get("ev.search.prompt"));
        search.setId("pdfSearch");
        search.setPrefColumnCount(12);
        search.setOnAction(e -> find());
        ToolBar bar = new ToolBar(prev, pageLabel, next, new Separator(), zoom, rotate);
        ToolBar bar2 = new ToolBar(draw, select, copy, new Separator(), search, hitLabel);
        chrome = new VBox(bar, bar2);
        setTop(chrome);

        thumbs.setId("pdfThumbnails");
        thumbs.setPrefWidth(100);
        thumbs.setMinWidth(90);
        thumbs.setCellFactory(l -> new ThumbCell());
        thumbs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b.document() == document.get() && b.page() != page) {
                go(b.page());
            }
        });
        setLeft(thumbs);
    }

    private int clampPage(int p) {
        return Math.max(1, Math.min(sizes.size(), p));
    }

    int page() {
        return page;
    }

    int pageCount() {
        return sizes.size();
    }

    void go(int p) {
        if (sizes.isEmpty()) {
            return;
        }
        int n = clampPage(p);
        if (n != page) {
            page = n;
            showPage();
            applyZoom();
            render();
        }
    }

    private void showPage() {
        if (sizes.isEmpty()) {
            return;
        }
        pageLabel.setText(Messages.get("ev.pdf.page", page, sizes.size()));
        if (!thumbs.getItems().isEmpty()) {
            thumbs.getSelectionModel().select(page - 1);
            thumbs.scrollTo(Math.max(0, page - 2));
        }
        PdfService.PageSize s = sizes.get(page - 1);
        canvas.setImage(null, s.width(), s.height());
        if (vm.pendingProperty().get() != null && vm.pendingProperty().get().item().equals(item)) {
            vm.cancelPending();
        }
        showAnnotations();
        showHits();
    }

    private void applyZoom() {
        if (sizes.isEmpty()) {
            return;
        }
        String z = zoom.getValue();
        double k;
        if (fitWidthLabel.equals(z) || fitPageLabel.equals(z)) {
            k = canvas.fitScale(fitPageLabel.equals(z));
            k = Math.max(0.1, Math.min(4 * PX_PER_PT, k));
        } else {
            k = Integer.parseInt(z.replace("%", "")) / 100.0 * PX_PER_PT;
        }
        if (Math.abs(canvas.scaleProperty().get() - k) > 1e-3) {
            canvas.scaleProperty().set(k);
        } else {
            render();
        }
    }

    private void render() {
        if (file == null) {
            return;
        }
        int token = renderToken.incrementAndGet();
        int p = page;
        double k = canvas.scaleProperty().get() * outputScale(this);
        Path f = file;
        if (canvas.image() == null) {
            rendering.setVisible(true); // nothing on screen yet: say that the page is coming
        }
        // a render asked for a page or file the panel has already left is skipped, not done
        vm.background(() -> token == renderToken.get() ? toFx(vm.renderPage(f, p, k)) : null, img -> {
            if (img != null && token == renderToken.get() && p == page) {
                PdfService.PageSize s = sizes.get(p - 1);
                canvas.setImage(img, s.width(), s.height());
                rendering.setVisible(false);
            }
        }, t -> {
            if (token == renderToken.get()) {
                rendering.setVisible(false);
                showProblem(Messages.get("ev.view.failed", reason(t)), true);
            }
        });
    }

    private void showAnnotations() {
        Annotation sel = vm.selectedProperty().get();
        canvas.setAnnotations(vm.on(item).stream().filter(a -> a.page() != null && a.page() == page).toList(), sel);
    }

    private void follow(Annotation a) {
        showAnnotations();
        if (a != null && item.id().equals(a.targetId()) && a.page() != null) {
            go(a.page());
            if (!a.rects().isEmpty()) {
                javafx.application.Platform.runLater(() -> canvas.reveal(a.rects().get(0)));
            }
        }
    }

    private void find() {
        String q = search.getText() == null ? "" : search.getText().strip();
        if (q.isEmpty()) {
            hits = List.of();
            hitLabel.setText("");
            showHits();
            return;
        }
        if (q.equals(lastQuery) && !hits.isEmpty()) {
            hitIndex = (hitIndex + 1) % hits.size();
            goToHit();
            return;
        }
        lastQuery = q;
        Path f = file;
        int doc = document.get();
        vm.background(() -> vm.pdf().search(f, q), h -> {
            if (doc != document.get()) {
                return;
            }
            hits = h;
            hitIndex = h.isEmpty() ? -1 : 0;
            hitLabel.setText(h.isEmpty() ? Messages.get("ev.search.none") : Messages.get("ev.search.hits", h.size()));
            goToHit();
        }, t -> hitLabel.setText(reason(t)));
    }

    private void goToHit() {
        if (hitIndex >= 0 && hitIndex < hits.size()) {
            PdfService.Hit h = hits.get(hitIndex);
            hitLabel.setText((hitIndex + 1) + " / " + hits.size());
            go(h.page());
            if (!h.rects().isEmpty()) {
                javafx.application.Platform.runLater(() -> canvas.reveal(h.rects().get(0)));
            }
        }
        showHits();
    }

    private void showHits() {
        canvas.setHits(hits.stream().filter(h -> h.page() == page).flatMap(h -> h.rects().stream()).toList());
    }

    List<PdfService.Hit> hits() {
        return hits;
    }

    private void selectText(Annotation.Rect r) {
        Path f = file;
        int p = page;
        int doc = document.get();
        vm.background(() -> vm.pdf().textIn(f, p, r), text -> {
            if (doc != document.get()) {
                return;
            }
            selectedText = text;
            putOnClipboard(text);
        }, t -> vm.messageProperty().set(reason(t)));
    }

    private void copyText() {
        if (!selectedText.isEmpty()) {
            putOnClipboard(selectedText);
            return;
        }
        Path f = file;
        int p = page;
        vm.background(() -> vm.pdf().pageText(f, p), this::putOnClipboard, t -> vm.messageProperty().set(reason(t)));
    }

    private void putOnClipboard(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
        vm.messageProperty().set(Messages.get("ev.copied", text.codePointCount(0, text.length())));
    }


    @Override
    void dispose() {
        disposed = true;
        vm.annotations().removeListener(annotationsChanged);
        vm.selectedProperty().removeListener(selectionChanged);
        vm.pendingProperty().removeListener(pendingChanged);
        renderToken.incrementAndGet();
        document.incrementAndGet();
    }

    /** A page thumbnail, rendered in the background the first time the cell shows it. */
    private final class ThumbCell extends ListCell<PageRef> {
        private final ImageView view = new ImageView();
        private final Label number = new Label();
        private final VBox box = new VBox(2, view, number);

        ThumbCell() {
            thumbCells.add(this);
            box.setAlignment(Pos.CENTER);
            box.setPadding(new Insets(4));
            view.setPreserveRatio(true);
            view.setFitWidth(72); // in a 100-px column with its scroll bar
        }

        @Override
        protected void updateItem(PageRef ref, boolean empty) {
            super.updateItem(ref, empty);
            if (empty || ref == null || ref.document() != document.get()) {
                view.setImage(null);
                setGraphic(null);
                return;
            }
            int p = ref.page();
            number.setText(String.valueOf(p));
            Image img = thumbImages.get(p);
            view.setImage(img);
            if (!thumbImages.containsKey(p) && file != null) {
                thumbImages.put(p, null);
                Path f = file;
                double k = 84.0 / sizes.get(p - 1).width() * outputScale(PdfViewer.this);
                vm.background(() -> ref.document() == document.get() ? toFx(vm.pdf().render(f, p, k)) : null, im -> {
                    if (im == null || ref.document() != document.get()) {
                        return; // another file is shown now
                    }
                    thumbImages.put(p, im);
                    // the cells showing this page now — the one that asked may have been a cell the
                    // list used only to measure; not thumbs.refresh() (which rebuilds every cell)
                    for (ThumbCell c : thumbCells) {
                        if (ref.equals(c.getItem())) {
                            c.view.setImage(im);
                        }
                    }
                }, t -> System.getLogger("jrw.evidence").log(System.Logger.Level.WARNING, "thumbnail " + p + ": " + t));
            }
            setGraphic(box);
        }
    }
}
