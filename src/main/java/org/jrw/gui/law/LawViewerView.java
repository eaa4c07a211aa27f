package org.jrw.gui.law;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.jrw.i18n.Messages;
import org.jrw.logic.law.Law;
import org.jrw.logic.law.LawLibrary;

/** The law library window (法规库): law, articles (目录), article text, search, go to citation. */
public final class LawViewerView extends BorderPane {
    private static Stage open;

    public LawViewerView(LawViewerViewModel vm) {
        ComboBox<Law> laws = new ComboBox<>(vm.laws());
        laws.setId("lawChoice");
        laws.valueProperty().bindBidirectional(vm.lawProperty());
        laws.setConverter(new StringConverter<>() {
            @Override
            public String toString(Law l) {
                return l == null ? "" : l.title();
            }

            @Override
            public Law fromString(String s) {
                return null;
            }
        });
        laws.setMaxWidth(Double.MAX_VALUE);
        TextField cite = new TextField();
        cite.setPromptText(Messages.get("gui.law.goto.prompt"));
        cite.setOnAction(e -> vm.goTo(cite.getText()));
        HBox top = new HBox(8, laws, cite);
        HBox.setHgrow(laws, Priority.ALWAYS);
        HBox.setHgrow(cite, Priority.ALWAYS);
        top.setPadding(new Insets(8));
        setTop(top);

        ListView<LawViewerViewModel.Entry> toc = new ListView<>(vm.articles());
        toc.setId("lawToc");
        toc.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.articleProperty().set(b);
            }
        });
        vm.articleProperty().addListener((o, a, b) -> {
            if (b != null && toc.getSelectionModel().getSelectedItem() != b) {
                toc.getSelectionModel().select(b);
                toc.scrollTo(b);
            }
        });
        TextField query = new TextField();
        query.setPromptText(Messages.get("gui.law.search.prompt"));
        query.setOnAction(e -> vm.search(query.getText()));
        ListView<LawLibrary.ArticleHit> hits = new ListView<>(vm.hits());
        hits.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LawLibrary.ArticleHit h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null
                        : h.law().shortTitle() + " " + h.article().label() + "  " + h.snippet());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        hits.getSelectionModel().selectedItemProperty().addListener((o, a, h) -> {
            if (h != null) {
                vm.show(h.law(), h.article().key());
            }
        });
        VBox searchBox = new VBox(6, query, hits);
        searchBox.setPadding(new Insets(6));
        VBox.setVgrow(hits, Priority.ALWAYS);
        TabPane left = new TabPane(new Tab(Messages.get("gui.law.toc"), toc), new Tab(Messages.get("gui.law.search"),
                searchBox));
        left.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        TextArea text = new TextArea();
        text.setId("lawText");
        text.setEditable(false);
        text.setWrapText(true);
        text.textProperty().bind(vm.textProperty());
        text.getStyleClass().add("law-text");
        SplitPane split = new SplitPane(left, text);
        split.setDividerPositions(0.36);
        setCenter(split);
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        setBottom(status);
    }

    /** Opens (or brings to front) the law library window, optionally at a citation. */
    public static void show(Window owner, org.jrw.gui.task.TaskRunner tasks, String citation) {
        if (open == null) {
            LawViewerViewModel vm = new LawViewerViewModel(tasks);
            Stage s = new Stage();
            s.setTitle(Messages.get("gui.law.title"));
            Scene scene = new Scene(new LawViewerView(vm), 1000, 700);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
                scene.getRoot().setStyle(owner.getScene().getRoot().getStyle());
            }
            s.setScene(scene);
            s.setUserData(vm);
            s.setOnHidden(e -> open = null);
            open = s;
            vm.load();
        }
        open.show();
        open.toFront();
        if (citation != null) {
            ((LawViewerViewModel) open.getUserData()).goTo(citation);
        }
    }
}
