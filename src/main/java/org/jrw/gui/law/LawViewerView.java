package org.jrw.gui.law;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.jrw.i18n.Messages;
import org.jrw.logic.law.Law;
import org.jrw.logic.law.LawLibrary;
import org.jrw.logic.law.LawVersion;

/**
 * The law library window (法规库): law and version, articles (目录), article text with the
 * corresponding article of the other versions, search, go to citation.
 */
public final class LawViewerView extends BorderPane {
    private static Stage open;

    private final LawViewerViewModel vm;

    public LawViewerView(LawViewerViewModel vm) {
        this.vm = vm;
        setTop(header());
        SplitPane split = new SplitPane(articlesAndSearch(), articleText());
        split.setDividerPositions(0.36);
        setCenter(split);
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        setBottom(status);
    }

    /** The law (searchable), its version, go to citation, and whether the version is in force. */
    private VBox header() {
        // the laws by title, filtered as the user types (ControlsFX)
        ComboBox<Law> laws = new org.controlsfx.control.SearchableComboBox<>(vm.laws());
        laws.setId("lawChoice");
        laws.setAccessibleText(Messages.get("screens.law.choice"));
        laws.setTooltip(new javafx.scene.control.Tooltip(Messages.get("screens.law.choice.help")));
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
        ComboBox<LawVersion> versions = new ComboBox<>(vm.versions());
        versions.setId("lawVersion");
        versions.setAccessibleText(Messages.get("screens.law.version"));
        versions.setTooltip(new javafx.scene.control.Tooltip(Messages.get("screens.law.version.help")));
        versions.valueProperty().bindBidirectional(vm.versionProperty());
        versions.setConverter(new StringConverter<>() {
            @Override
            public String toString(LawVersion v) {
                return v == null ? "" : LawViewerViewModel.versionLabel(v);
            }

            @Override
            public LawVersion fromString(String s) {
                return null;
            }
        });
        // a law with a single version needs no picker
        versions.visibleProperty().bind(Bindings.size(vm.versions()).greaterThan(1));
        versions.managedProperty().bind(versions.visibleProperty());
        TextField cite = new TextField();
        cite.setId("lawCite");
        cite.setPromptText(Messages.get("gui.law.goto.prompt"));
        cite.setOnAction(e -> vm.goTo(cite.getText()));
        HBox top = new HBox(8, laws, versions, cite);
        HBox.setHgrow(laws, Priority.ALWAYS);
        HBox.setHgrow(cite, Priority.ALWAYS);
        top.setPadding(new Insets(8));
        Label state = new Label();
        state.setId("lawVersionState");
        state.textProperty().bind(vm.versionStateProperty());
        state.getStyleClass().add("section-heading");
        VBox header = new VBox(4, top, state);
        header.setPadding(new Insets(0, 8, 4, 8));
        top.setPadding(new Insets(8, 0, 0, 0));

        return header;
    }

    /** The table of contents and the search over all laws. */
    private TabPane articlesAndSearch() {
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
                vm.show(h.law(), h.version(), h.article().key());
            }
        });
        VBox searchBox = new VBox(6, query, hits);
        searchBox.setPadding(new Insets(6));
        VBox.setVgrow(hits, Priority.ALWAYS);
        TabPane left = new TabPane(new Tab(Messages.get("gui.law.toc"), toc), new Tab(Messages.get("gui.law.search"),
                searchBox));
        left.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return left;
    }

    /** The article's text with the corresponding articles of the other versions above it. */
    private VBox articleText() {
        TextArea text = new TextArea();
        text.setId("lawText");
        text.setAccessibleText(Messages.get("screens.law.text"));
        text.setEditable(false);
        text.setWrapText(true);
        text.textProperty().bind(vm.textProperty());
        text.getStyleClass().add("law-text");
        FlowPane counterparts = new FlowPane(8, 4);
        counterparts.setId("lawCounterparts");
        counterparts.setPadding(new Insets(4, 0, 0, 0));
        vm.counterparts().addListener((ListChangeListener<LawViewerViewModel.Counterpart>) c -> {
            counterparts.getChildren().clear();
            for (LawViewerViewModel.Counterpart cp : vm.counterparts()) {
                if (cp.articleKey() == null) {
                    counterparts.getChildren().add(new Label(cp.text()));
                } else {
                    Hyperlink link = new Hyperlink(cp.text());
                    link.getStyleClass().add("law-counterpart");
                    link.setOnAction(e -> vm.follow(cp));
                    counterparts.getChildren().add(link);
                }
            }
        });
        VBox right = new VBox(counterparts, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        return right;
    }

    /** Opens (or brings to front) the law library window, optionally at a citation. */
    public static void show(Window owner, org.jrw.gui.task.TaskRunner tasks, String citation) {
        show(owner, tasks, citation, null);
    }

    /**
     * Opens (or brings to front) the law library window at a citation in the version in force on
     * {@code on} (e.g. a case's violation date; null: the chosen version, at first today's).
     */
    public static void show(Window owner, org.jrw.gui.task.TaskRunner tasks, String citation, LocalDate on) {
        if (open == null) {
            LawViewerViewModel vm = new LawViewerViewModel(tasks);
            Stage s = new Stage();
            s.setTitle(Messages.get("gui.law.title"));
            Scene scene = new Scene(new LawViewerView(vm), 1000, 700);
            org.jrw.gui.SecondaryWindows.takeLook(owner, scene); // the theme, scale and CJK font of the window
            s.setScene(scene);
            s.setUserData(vm);
            org.jrw.gui.SecondaryWindows.closeOnEscape(s);
            s.setOnHidden(e -> open = null);
            open = s;
            vm.load();
        }
        open.show();
        open.toFront();
        if (citation != null) {
            ((LawViewerViewModel) open.getUserData()).goTo(citation, on);
        }
    }
}
