package org.jrw.gui.checks;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jrw.i18n.Messages;
import org.jrw.model.Finding;
import org.jrw.model.Severity;

/**
 * 合法性审查: the findings grouped by category (主体 … 文书), each with its message, basis, the
 * items it concerns (click to open them) and the cited article's text one click away.
 */
public final class ChecksView extends BorderPane {
    private final ChecksViewModel vm;
    private final TreeView<Object> tree = new TreeView<>();
    private final VBox detail = new VBox(8);

    /**
     * @param openRef opens a document or evidence item by id in the reader
     * @param openArticle opens the law library at a citation, in the version in force on the date
     *     given (the case's violation date; null when unknown)
     */
    public ChecksView(ChecksViewModel vm, Consumer<String> openRef,
                      BiConsumer<String, java.time.LocalDate> openArticle) {
        this.vm = vm;
        getStyleClass().add("checks-view");
        Label summary = new Label();
        summary.setId("checksSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add("section-heading");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.runningProperty());
        Button rerun = new Button(Messages.get("gui.checks.rerun"));
        rerun.setOnAction(e -> vm.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, summary, busy, spacer, rerun);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 12, 8, 12));
        Label notes = new Label();
        notes.setId("checksNotes");
        notes.setWrapText(true);
        notes.textProperty().bind(vm.notesProperty());
        notes.visibleProperty().bind(vm.notesProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());
        notes.setPadding(new Insets(0, 12, 8, 12));
        setTop(new javafx.scene.layout.VBox(top, notes));

        tree.setId("findingsTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new FindingCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                vm.selectedProperty().set(b != null && b.getValue() instanceof Finding f ? f : null));
        vm.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> fill());
        vm.runningProperty().addListener((o, a, b) -> fill());
        vm.findingsState().kindProperty().addListener((o, a, b) -> fill());
        detail.setPadding(new Insets(10));
        detail.setFillWidth(true);
        vm.selectedProperty().addListener((o, a, f) -> showDetail(f, openRef, openArticle));
        vm.basisTextProperty().addListener((o, a, t) -> showDetail(vm.selectedProperty().get(), openRef, openArticle));
        SplitPane split = new SplitPane(org.jrw.gui.Placeholders.over(tree, vm.findingsState()), detail);
        split.setDividerPositions(0.5);
        setCenter(split);
        fill();
    }

    private void fill() {
        TreeItem<Object> root = new TreeItem<>("root");
        Map<String, List<Finding>> byCategory = vm.byCategory();
        if (vm.findingsState().kind() == org.jrw.gui.ListState.Kind.SHOWN) {
            // after a completed run every category is shown, so a clean one visibly passed rather than
            // looking forgotten (never after a failed run: nothing was checked)
            for (String c : ChecksViewModel.CATEGORIES) {
                byCategory.putIfAbsent(c, List.of());
            }
        }
        java.util.List<String> order = new java.util.ArrayList<>(byCategory.keySet());
        order.sort(java.util.Comparator.comparingInt(ChecksViewModel::categoryIndex));
        for (String c : order) {
            List<Finding> list = byCategory.get(c);
            TreeItem<Object> group = new TreeItem<>(list.isEmpty()
                    ? org.jrw.gui.Labels.checkCategory(c) + "  ✓ " + Messages.get("gui.checks.categoryClean")
                    : org.jrw.gui.Labels.checkCategory(c) + Messages.paren(list.size()));
            group.setExpanded(true);
            list.forEach(f -> group.getChildren().add(new TreeItem<>(f)));
            root.getChildren().add(group);
        }
        tree.setRoot(root);
        showDetail(null, null, null);
    }

    private void showDetail(Finding f, Consumer<String> openRef, BiConsumer<String, java.time.LocalDate> openArticle) {
        detail.getChildren().clear();
        if (f == null) {
            Label hint = new Label(vm.findings().isEmpty() ? "" : Messages.get("gui.checks.pick"));
            hint.getStyleClass().add("placeholder");
            detail.getChildren().add(hint);
            return;
        }
        Label code = new Label(severityLabel(f.severity()) + " · " + org.jrw.gui.Labels.checkCategory(f.category()));
        code.getStyleClass().addAll("card-title", "severity-" + f.severity().name().toLowerCase(java.util.Locale.ROOT));
        Label message = new Label(f.message());
        message.setId("findingMessage");
        message.setWrapText(true);
        // a wrapped label's minimum is one line: beside the growing article text it was cut to "…"
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label basis = new Label(Messages.get("gui.checks.basis", f.basis() == null ? "—" : f.basis()));
        basis.setWrapText(true);
        basis.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        detail.getChildren().addAll(code, message, basis);
        if (f.refs() != null && !f.refs().isEmpty()) {
            FlowPane refs = new FlowPane(6, 4);
            refs.getChildren().add(new Label(Messages.get("gui.checks.refs")));
            for (String id : f.refs()) {
                Hyperlink link = new Hyperlink(id);
                link.setOnAction(e -> {
                    if (openRef != null) {
                        openRef.accept(id);
                    }
                });
                refs.getChildren().add(link);
            }
            detail.getChildren().add(refs);
        }
        String article = vm.basisTextProperty().get();
        if (article != null && !article.isEmpty()) {
            TextArea text = new TextArea(article);
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(10);
            text.setId("findingArticle");
            VBox.setVgrow(text, Priority.ALWAYS);
            Button open = new Button(Messages.get("gui.checks.openLaw"));
            open.setOnAction(e -> {
                if (openArticle != null) {
                    openArticle.accept(f.basis(), vm.violationDate());
                }
            });
            detail.getChildren().addAll(text, open);
        }
    }

    static String severityLabel(Severity s) {
        return Messages.get("gui.checks.severity." + s.name());
    }

    private static final class FindingCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("group-cell", "severity-error", "severity-warning", "severity-info");
            if (empty || item == null) {
                setText(null);
                return;
            }
            if (item instanceof Finding f) {
                setText(severityLabel(f.severity()) + "  " + f.message());
                getStyleClass().add("severity-" + f.severity().name().toLowerCase(java.util.Locale.ROOT));
            } else {
                getStyleClass().add("group-cell");
                setText(item.toString());
            }
        }
    }
}
