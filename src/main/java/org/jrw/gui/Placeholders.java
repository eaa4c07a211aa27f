package org.jrw.gui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The placeholder of a list or table from its {@link ListState}: a spinner while loading, the hint or the error. */
public final class Placeholders {
    private Placeholders() {
    }

    public static void install(ListView<?> list, ListState state) {
        list.setPlaceholder(node(list.getId(), state));
    }

    public static void install(TableView<?> table, ListState state) {
        table.setPlaceholder(node(table.getId(), state));
    }

    /**
     * A tree (which has no placeholder of its own) with the state's placeholder laid over it while the
     * state is not SHOWN: loading, empty with what to do, or failed (the node covers the tree, so a
     * tree left from before is not read as the new content). Returns the pane to put in the layout.
     */
    public static javafx.scene.layout.StackPane over(javafx.scene.control.TreeView<?> tree, ListState state) {
        Node cover = node(tree.getId(), state);
        cover.getStyleClass().add("tree-placeholder");
        cover.setStyle("-fx-background-color: -fx-control-inner-background;");
        Runnable show = () -> {
            boolean on = state.kind() != ListState.Kind.SHOWN;
            cover.setVisible(on);
            tree.setFocusTraversable(!on);
        };
        show.run();
        state.kindProperty().addListener((o, a, b) -> show.run());
        return new javafx.scene.layout.StackPane(tree, cover);
    }

    /** A placeholder node for a pane of one's own (e.g. an overview with nothing to show yet), id {@code <id>Placeholder}. */
    public static Node of(String id, ListState state) {
        return node(id, state);
    }

    /** The placeholder node: id {@code <listId>Placeholder} on its label, style class by state. */
    static Node node(String listId, ListState state) {
        Label text = new Label();
        if (listId != null) {
            text.setId(listId + "Placeholder");
        }
        text.getStyleClass().add("placeholder");
        text.setWrapText(true);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        text.textProperty().bind(state.textProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        spinner.setFocusTraversable(false);
        VBox box = new VBox(8, spinner, text);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(16));
        Runnable show = () -> {
            boolean loading = state.kind() == ListState.Kind.LOADING;
            spinner.setVisible(loading);
            spinner.setManaged(loading);
            spinner.setAccessibleText(loading ? state.text() : null);
            text.getStyleClass().removeAll("placeholder-error");
            if (state.kind() == ListState.Kind.FAILED) {
                text.getStyleClass().add("placeholder-error");
            }
        };
        show.run();
        state.kindProperty().addListener((o, a, b) -> show.run());
        return box;
    }
}
