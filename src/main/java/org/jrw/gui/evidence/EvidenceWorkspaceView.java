package org.jrw.gui.evidence;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.EvidenceFiles;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.model.Annotation;

/**
 * The evidence pane: the case's evidence and documents on the left, the viewer for the chosen
 * item in the middle (with its title and SHA-256 state), the annotations on the right.
 * Ctrl+PageDown / Ctrl+PageUp step through the items; Ctrl+Z / Ctrl+Y undo and redo.
 */
public final class EvidenceWorkspaceView extends SplitPane {
    private final EvidenceWorkspaceViewModel vm;
    private final ListView<EvidenceItem> itemList = new ListView<>();
    private final BorderPane centre = new BorderPane();
    private final StackPane viewerHolder = new StackPane();
    private final Label title = new Label();
    private final Label integrity = new Label();
    private final Tooltip integrityTip = new Tooltip(); // one, its text changed per item (not a new popup per switch)
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
    private final Label placeholder = new Label(Messages.get("ev.none"));
    private Viewer viewer;
    private PdfViewer pdfViewer;
    private ImageViewer imageViewer;

    public EvidenceWorkspaceView(EvidenceWorkspaceViewModel vm) {
        this.vm = vm;
        setId("evidenceWorkspace");
        getStylesheets().add(PageCanvas.STYLES);
        itemList.setId("evidenceItems");
        itemList.setItems(vm.items());
        itemList.setCellFactory(l -> new ItemCell());
        itemList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.currentProperty().get()) {
                javafx.application.Platform.runLater(() -> vm.currentProperty().set(b));
            }
        });
        itemList.setMinWidth(180);
        vm.currentProperty().addListener((o, a, b) -> show(b));
        vm.annotations().addListener((javafx.collections.ListChangeListener<Annotation>) c -> itemList.refresh());

        centre.setTop(header());
        centre.setCenter(viewerHolder);
        placeholder.getStyleClass().add("placeholder");
        viewerHolder.getChildren().add(placeholder);
        AnnotationPanel panel = new AnnotationPanel(vm);
        getItems().addAll(itemList, centre, panel);
        setDividerPositions(0.16, 0.765); // the window gives the reader its width (ReaderRoom): ≈ 200 | 770 | 300 px at 1280
        SplitPane.setResizableWithParent(itemList, false);
        SplitPane.setResizableWithParent(panel, false);
        keys();
        show(vm.currentProperty().get());
        sceneProperty().addListener((o, a, b) -> {
            if (b != null && !warmedUp) {
                warmedUp = true;
                warmUp(0);
            }
        });
    }

    /** The reader's head: the item's title, its integrity and the previous/next arrows. */
    private HBox header() {
        title.getStyleClass().add("card-title");
        title.setId("evidenceTitle");
        integrity.setId("integrityLabel");
        integrity.textProperty().bind(vm.integrityProperty());
        vm.integrityStateProperty().addListener((o, a, b) -> integrity.setStyle(b == null ? "-fx-text-fill: #666;"
                : b == EvidenceFiles.Integrity.VERIFIED ? "-fx-text-fill: #1a7f37; -fx-font-weight: bold;"
                : "-fx-text-fill: #cf222e; -fx-font-weight: bold;"));
        // at 1280×800 the reader's middle is ~450 px: arrows with their names in tooltip and
        // accessible text leave the room to the item's title (cut with an ellipsis only when long,
        // the full title then in its tooltip)
        Button prev = compact("◀", "ev.prev", "controls.ev.prev.help");
        prev.setId("evidencePrevious");
        prev.setOnAction(e -> vm.previous());
        Button next = compact("▶", "ev.next", "controls.ev.next.help");
        next.setId("evidenceNext");
        next.setOnAction(e -> vm.next());
        Region sp = new Region();
        HBox.setHgrow(sp, Priority.SOMETIMES);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        Tooltip titleTip = new Tooltip();
        titleTip.textProperty().bind(title.textProperty());
        title.setTooltip(titleTip);
        for (Region r : new Region[] {integrity, prev, next}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox head = new HBox(10, title, sp, integrity, prev, next);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(6, 10, 6, 10));
        head.setStyle("-fx-border-color: transparent transparent #d0d7de transparent;");
        return head;
    }

    /** Ctrl+PageDown/PageUp step through the items, Ctrl+Z/Y undo and redo, Escape drops a pending mark. */
    private void keys() {
        // a filter, not a handler: the item list (where the focus usually is) would otherwise take
        // Ctrl+PageDown/PageUp for itself and scroll instead of stepping to the next item
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (NEXT.match(e)) {
                vm.next();
                e.consume();
            } else if (PREVIOUS.match(e)) {
                vm.previous();
                e.consume();
            }
        });
        setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.undo();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.redo();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.cancelPending();
            }
        });
    }

    private boolean warmedUp;

    /** A small button showing a glyph; its name is the tooltip and the accessible text. */
    static Button compact(String glyph, String nameKey, String helpKey) {
        Button b = new Button(glyph);
        b.setAccessibleText(Messages.get(nameKey));
        b.setAccessibleHelp(Messages.get(helpKey));
        b.setTooltip(new Tooltip(Messages.get(nameKey) + " · " + Messages.get(helpKey)));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /**
     * Makes the PDF and the image viewer ahead of the first item, one piece per step a little
     * apart while the panel is still looking at the case (each piece is a CSS and layout pass of
     * 15–30 ms on the JavaFX thread; all at once, on the first click, they stalled it 60–120 ms).
     */
    private void warmUp(int step) {
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(
                javafx.util.Duration.millis(step == 0 ? 700 : 150));
        wait.setOnFinished(e -> {
            if (getScene() == null) {
                warmedUp = false; // again when the view is shown again
                return;
            }
            switch (step) {
                case 0 -> {
                    if (pdfViewer == null) {
                        pdfViewer = addHidden(new PdfViewer(vm, null));
                    }
                }
                case 1 -> pdfViewer.warmUp();
                case 2 -> {
                    if (imageViewer == null) {
                        imageViewer = addHidden(new ImageViewer(vm, null, viewerHolder.getWidth(), viewerHolder.getHeight()));
                    }
                }
                case 3 -> imageViewer.warmUp();
                default -> {
                    return;
                }
            }
            warmUp(step + 1);
        });
        wait.play();
    }

    private <V extends Viewer> V addHidden(V v) {
        v.setVisible(false);
        v.setManaged(false);
        viewerHolder.getChildren().add(v);
        return v;
    }

    private void show(EvidenceItem item) {
        if (viewer != null && !viewer.reusable()) {
            viewer.dispose();
            viewerHolder.getChildren().remove(viewer);
        }
        Viewer previous = viewer;
        viewer = null;
        if (item == null) {
            title.setText("");
            park(previous);
            activate(placeholder);
            itemList.getSelectionModel().clearSelection();
            return;
        }
        itemList.getSelectionModel().select(item);
        revealInList(item);
        title.setText(item.id() + "  " + (item.title() == null ? "" : item.title()));
        integrityTip.setText(Messages.get("ev.integrity.tooltip", item.sha256()));
        if (integrity.getTooltip() == null) {
            integrity.setTooltip(integrityTip);
        }
        // the PDF and the image viewer are made once and then shown again with the next item:
        // a new viewer costs a CSS and layout pass over all its nodes on the JavaFX thread
        viewer = switch (item.mediaType()) {
            case PDF -> pdfViewer = reuse(pdfViewer, item, () -> new PdfViewer(vm, item));
            case IMAGE -> imageViewer = reuse(imageViewer, item,
                    () -> new ImageViewer(vm, item, viewerHolder.getWidth(), viewerHolder.getHeight()));
            case AUDIO, VIDEO -> new MediaViewer(vm, item);
            case TEXT -> new TextViewer(vm, item);
            case OTHER -> new OtherViewer(vm, item);
        };
        if (previous != viewer) {
            park(previous);
        }
        if (viewer.getParent() != viewerHolder) {
            viewerHolder.getChildren().add(viewer);
        }
        activate(viewer);
    }

    private static <V extends Viewer> V reuse(V kept, EvidenceItem item, java.util.function.Supplier<V> make) {
        if (kept == null) {
            return make.get();
        }
        kept.load(item);
        return kept;
    }

    private static void park(Viewer v) {
        if (v != null && v.reusable()) {
            v.park();
        }
    }

    /** Shows {@code shown} and hides the other kept viewers (hidden, not removed: no new CSS pass when they return). */
    private void activate(javafx.scene.Node shown) {
        for (javafx.scene.Node n : viewerHolder.getChildren()) {
            boolean on = n == shown;
            n.setVisible(on);
            n.setManaged(on);
        }
    }

    /**
     * Scrolls the item list only when the item is not already in view: {@code scrollTo} on every
     * step re-lays out all the list's cells even when nothing moves.
     */
    private void revealInList(EvidenceItem item) {
        int i = itemList.getItems().indexOf(item);
        if (i < 0) {
            return;
        }
        if (itemList.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            var first = flow.getFirstVisibleCell();
            var last = flow.getLastVisibleCell();
            // fully visible cells only: the first and last may be cut off at the edges
            if (first != null && last != null && i > first.getIndex() && i < last.getIndex()) {
                return;
            }
        }
        itemList.scrollTo(Math.max(0, i - 2));
    }

    public EvidenceWorkspaceViewModel viewModel() {
        return vm;
    }

    /** The viewer showing the current item (for tests). */
    Viewer viewer() {
        return viewer;
    }

    /** Files with no viewer: a message and "open with the system program". */
    static final class OtherViewer extends Viewer {
        OtherViewer(EvidenceWorkspaceViewModel vm, EvidenceItem item) {
            super(vm, item);
            showProblem(Messages.get("ev.other.noPreview", item.extension().isEmpty() ? "?" : item.extension()), true);
        }
    }

    private final class ItemCell extends ListCell<EvidenceItem> {
        private final Tooltip tip = new Tooltip(); // one per cell, not one per update

        @Override
        protected void updateItem(EvidenceItem it, boolean empty) {
            super.updateItem(it, empty);
            if (empty || it == null) {
                setText(null);
                setGraphic(null);
                getStyleClass().remove("document-item");
                return;
            }
            String icon = switch (it.mediaType()) {
                case PDF -> "PDF";
                case IMAGE -> "IMG";
                case AUDIO -> "♪";
                case VIDEO -> "▶";
                case TEXT -> "TXT";
                case OTHER -> "…";
            };
            long n = vm.on(it).size();
            setText(icon + " " + it.id() + "  " + (it.title() == null ? "" : it.title()) + (n > 0 ? "  (" + n + ")" : ""));
            tip.setText(it.title());
            if (getTooltip() == null) {
                setTooltip(tip);
            }
            // a class, not an inline colour: the themes decide (dark grey on white, white on black,
            // black on the selection's yellow)
            getStyleClass().remove("document-item");
            if (it.type() == Annotation.TargetType.DOCUMENT) {
                getStyleClass().add("document-item");
            }
        }
    }
}
