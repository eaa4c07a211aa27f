package org.jrw.gui.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.jrw.i18n.Messages;
import org.jrw.logic.pdf.PrecedentReportWriter;
import org.jrw.logic.search.Hit;
import org.jrw.logic.search.SearchQuery;
import org.jrw.logic.search.SearchResult;
import org.jrw.logic.search.Sources;

/**
 * The precedent search window's content: query box with sort and "search within", facets on the
 * left, results with highlighted facts in the middle, the selected precedent's detail (source,
 * provisions, why it matched, report choice and note, link as reference) on the right. Binds only.
 */
public final class PrecedentSearchView extends BorderPane {
    private static final Pattern EM = Pattern.compile("<em>(.*?)</em>");
    private final PrecedentSearchViewModel vm;
    private final Map<String, CheckComboBox<SearchResult.FacetCount>> facetBoxes = new HashMap<>();
    private final VBox detail = new VBox(8);
    private boolean updatingFacets;

    public PrecedentSearchView(PrecedentSearchViewModel vm) {
        this.vm = vm;
        getStyleClass().add("precedent-search");
        vm.setDialogs(org.jrw.gui.FxDialogService.of(this));
        setTop(top());
        ListView<Hit> results = results();
        Label noFull = new Label();
        noFull.setId("searchNoFullMatch");
        noFull.getStyleClass().add("no-full-match");
        noFull.setWrapText(true);
        noFull.setMaxWidth(Double.MAX_VALUE);
        noFull.setStyle("-fx-background-color: #fff4e5; -fx-border-color: #e0a040; -fx-padding: 6 8 6 8;"
                + " -fx-font-weight: bold; -fx-text-fill: #7a4a00;");
        noFull.textProperty().bind(javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings.isEmpty(vm.hits()))
                .then(Messages.get("search2.noFullMatch.none")).otherwise(Messages.get("search2.noFullMatch")));
        noFull.visibleProperty().bind(vm.noFullMatchProperty());
        noFull.managedProperty().bind(vm.noFullMatchProperty());
        VBox.setVgrow(results, Priority.ALWAYS);
        VBox middle = new VBox(4, noFull, results);
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        detail.setPadding(new Insets(10));
        SplitPane split = new SplitPane(facets(), middle, detailScroll);
        split.setDividerPositions(0.2, 0.62);
        setCenter(split);
        Label msg = new Label();
        msg.setId("searchMessage");
        msg.textProperty().bind(vm.messageProperty());
        HBox bottom = new HBox(msg);
        bottom.setPadding(new Insets(4, 10, 4, 10));
        setBottom(bottom);
        vm.selectedProperty().addListener((o, a, b) -> showDetail(b));
        showDetail(null);
    }

    private Node top() {
        TextField q = new TextField();
        q.setId("searchQuery");
        q.setPromptText(Messages.get("gui.search.prompt"));
        q.textProperty().bindBidirectional(vm.queryProperty());
        q.setOnAction(e -> vm.searchNow());
        HBox.setHgrow(q, Priority.ALWAYS);
        ChoiceBox<SearchQuery.Sort> sort = new ChoiceBox<>();
        sort.getItems().setAll(SearchQuery.Sort.values());
        sort.setConverter(new StringConverter<>() {
            @Override
            public String toString(SearchQuery.Sort s) {
                return s == null ? "" : Messages.get("gui.search.sort." + s.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public SearchQuery.Sort fromString(String s) {
                return null;
            }
        });
        sort.valueProperty().bindBidirectional(vm.sortProperty());
        Button within = new Button(Messages.get("gui.search.within"));
        within.setId("searchWithin");
        within.setOnAction(e -> vm.searchWithin());
        Label chain = new Label();
        vm.within().addListener((javafx.collections.ListChangeListener<String>) c ->
                chain.setText(vm.within().isEmpty() ? "" : String.join(" ＞ ", vm.within()) + " ＞"));
        Button clearWithin = new Button("×");
        clearWithin.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.within()));
        clearWithin.setOnAction(e -> vm.clearWithin());
        Button similar = new Button(Messages.get("gui.search.similar"));
        similar.setId("searchSimilar");
        similar.setOnAction(e -> vm.similarToOpenDossier());
        Button report = new Button(Messages.get("gui.search.report"));
        report.setId("searchReport");
        report.setOnAction(e -> vm.chooseReport());
        Button promote = new Button(Messages.get("gui.search2.addCase"));
        promote.setId("searchPromote");
        promote.setOnAction(e -> vm.promoteOpenDossier());
        Button rebuild = new Button(Messages.get("gui.search.rebuild"));
        rebuild.setOnAction(e -> vm.rebuildIndex());
        HBox box = new HBox(8, chain, clearWithin, q, sort, within, similar, report, promote, rebuild);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 10, 8, 10));
        return box;
    }

    /**
     * The facets: one ControlsFX CheckComboBox per group (industry, region, year, provision, fine,
     * transferred); ticking several values of a group finds precedents with any of them.
     */
    private Node facets() {
        VBox box = new VBox(4);
        box.setPadding(new Insets(6));
        for (String dim : PrecedentSearchViewModel.DIMENSIONS) {
            CheckComboBox<SearchResult.FacetCount> combo = new CheckComboBox<>();
            combo.setId("facet-" + dim);
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(SearchResult.FacetCount f) {
                    if (f == null) {
                        return "";
                    }
                    // a provision's value is the index's canonical id (安全生产法第97条): shown as cited
                    String shown = "provision".equals(dim) ? org.jrw.logic.search.Provision.displayOf(f.value()) : f.value();
                    return shown + Messages.paren(f.count());
                }

                @Override
                public SearchResult.FacetCount fromString(String s) {
                    return null;
                }
            });
            String name = Messages.get("gui.search.facet." + dim);
            combo.setAccessibleText(name);
            combo.setAccessibleHelp(Messages.get("controls.facet.help"));
            combo.setTooltip(new javafx.scene.control.Tooltip(Messages.get("controls.facet.help")));
            combo.setTitle(Messages.get("controls.facet.prompt"));
            combo.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<SearchResult.FacetCount>) c -> {
                List<SearchResult.FacetCount> ticked = List.copyOf(combo.getCheckModel().getCheckedItems());
                combo.setTitle(ticked.isEmpty() ? Messages.get("controls.facet.prompt") : null);
                if (!updatingFacets) {
                    vm.selectFacets(dim, ticked);
                }
            });
            facetBoxes.put(dim, combo);
            Label head = new Label(name);
            head.getStyleClass().add("facet-heading");
            head.setLabelFor(combo);
            VBox group = new VBox(2, head, combo);
            group.setPadding(new Insets(0, 0, 6, 0));
            box.getChildren().add(group);
        }
        vm.facets().addListener((MapChangeListener<String, List<SearchResult.FacetCount>>) c -> refreshFacets());
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return sp;
    }

    private void refreshFacets() {
        updatingFacets = true;
        try {
            for (String dim : PrecedentSearchViewModel.DIMENSIONS) {
                CheckComboBox<SearchResult.FacetCount> combo = facetBoxes.get(dim);
                List<SearchResult.FacetCount> values = new ArrayList<>(vm.facets().getOrDefault(dim, List.of()));
                if (combo.getItems().equals(values)) {
                    continue;
                }
                combo.getCheckModel().clearChecks();
                combo.getItems().setAll(values);
                List<SearchResult.FacetCount> sel = vm.selectedFacets().getOrDefault(dim, List.of());
                for (SearchResult.FacetCount f : values) {
                    if (sel.stream().anyMatch(x -> x.value().equals(f.value()))) {
                        combo.getCheckModel().check(f);
                    }
                }
            }
        } finally {
            updatingFacets = false;
        }
    }

    private ListView<Hit> results() {
        ListView<Hit> list = new ListView<>(vm.hits());
        list.setId("searchResults");
        org.jrw.gui.Placeholders.install(list, vm.resultsState());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Hit h, boolean empty) {
                super.updateItem(h, empty);
                if (empty || h == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label title = new Label(h.title());
                title.setFont(Font.font(null, FontWeight.BOLD, 13));
                // 全部相符 / 部分相符 say how a hit matched the query; similar cases carry their reasons instead
                HBox head = new HBox(6, title);
                if (!vm.similarModeProperty().get() && vm.termsSearchedProperty().get()) {
                    head.getChildren().add(0, matchBadge(h));
                }
                head.setAlignment(Pos.CENTER_LEFT);
                if (h.bureauCase()) {
                    head.getChildren().add(1, badge(Messages.get("search2.bureauCase"), "bureau-case", "#e3eefc", "#1d4f91"));
                }
                Label meta = new Label(meta(h));
                meta.getStyleClass().add("hit-meta");
                TextFlow facts = highlighted(h.highlights().isEmpty() ? h.facts() : h.highlights().get(0));
                facts.setPrefWidth(Math.max(200, list.getWidth() - 40));
                VBox box = new VBox(2, head, meta, facts);
                if (!h.duplicates().isEmpty()) {
                    Label dup = new Label(Messages.get("search2.duplicates", h.duplicates().size(),
                            String.join(Messages.enumComma(), h.duplicates())));
                    dup.getStyleClass().add("hit-duplicates");
                    dup.setStyle("-fx-text-fill: #555555; -fx-font-size: 11px;");
                    box.getChildren().add(dup);
                }
                if (!h.reasons().isEmpty()) {
                    Label why = new Label(String.join(Messages.semicolon(), h.reasons()));
                    why.getStyleClass().add("hit-reasons");
                    why.setWrapText(true);
                    why.setMaxWidth(Math.max(200, list.getWidth() - 40));
                    why.setStyle("-fx-text-fill: #1d4f91; -fx-font-size: 11px;");
                    box.getChildren().add(why);
                }
                setGraphic(box);
                setText(null);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        return list;
    }

    /** 全部相符 / 部分相符 beside each hit. */
    static Label matchBadge(Hit h) {
        return h.matchedAll() ? badge(Messages.get("search2.matchedAll"), "match-all", "#e6f4ea", "#1e6b34")
                : badge(Messages.get("search2.partial"), "match-partial", "#f1f1f1", "#666666");
    }

    private static Label badge(String text, String styleClass, String bg, String fg) {
        Label l = new Label(text);
        l.getStyleClass().addAll("hit-badge", styleClass);
        l.setStyle("-fx-background-color: " + bg + "; -fx-text-fill: " + fg + "; -fx-padding: 1 5 1 5;"
                + " -fx-background-radius: 3; -fx-font-size: 11px;");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static String meta(Hit h) {
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {h.id(), h.region(), h.industry(), h.year() == null ? null : Messages.get("ux.search.year", String.valueOf(h.year())),
                fine(h.penaltyUnitYuan())}) {
            if (s != null && !s.isBlank()) {
                parts.add(s);
            }
        }
        return String.join(" · ", parts);
    }

    private static String fine(BigDecimal v) {
        return v == null ? null : Messages.get("gui.search.fine", v.toPlainString());
    }

    /** Text with {@code <em>} parts in bold and colour. */
    static TextFlow highlighted(String s) {
        TextFlow flow = new TextFlow();
        Matcher m = EM.matcher(s == null ? "" : s);
        int last = 0;
        while (m.find()) {
            flow.getChildren().add(new Text(s.substring(last, m.start())));
            Text t = new Text(m.group(1));
            t.setFont(Font.font(null, FontWeight.BOLD, 13));
            t.setStyle("-fx-fill: #b3261e;");
            t.getStyleClass().add("hit-highlight");
            flow.getChildren().add(t);
            last = m.end();
        }
        flow.getChildren().add(new Text(s == null ? "" : s.substring(last)));
        return flow;
    }

    private void showDetail(Hit h) {
        detail.getChildren().clear();
        if (h == null) {
            detail.getChildren().add(new Label(Messages.get("gui.search.noSelection")));
            return;
        }
        Label title = new Label(h.title());
        title.setWrapText(true);
        title.setFont(Font.font(null, FontWeight.BOLD, 15));
        HBox badges = new HBox(6);
        if (!vm.similarModeProperty().get()) {
            badges.getChildren().add(matchBadge(h));
        }
        if (h.bureauCase()) {
            badges.getChildren().add(badge(Messages.get("search2.bureauCase"), "bureau-case", "#e3eefc", "#1d4f91"));
        }
        detail.getChildren().addAll(badges, title, new Label(meta(h)),
                section("gui.search.detail.facts", highlighted(h.highlights().isEmpty() ? h.facts() : h.highlights().get(0))),
                section("gui.search.detail.violation", wrap(orNotStated(PrecedentReportWriter.readable(h.violationBasis())))),
                section("gui.search.detail.penalty", wrap(orNotStated(PrecedentReportWriter.readable(h.penaltyBasis())))),
                
                section("gui.search.detail.sanction", wrap(penalty(h))),
                section("gui.search.detail.publisher", wrap((h.date() == null ? "" : h.date() + "　")
                        + (Sources.publisher(h.publisher()) == null ? "" : Sources.publisher(h.publisher())))));
        if (!h.reasons().isEmpty()) {
            detail.getChildren().add(section("search2.reasons", wrap(String.join("\n", h.reasons()))));
        }
        if (!h.duplicates().isEmpty()) {
            detail.getChildren().add(wrap(Messages.get("search2.duplicates", h.duplicates().size(),
                    String.join(Messages.enumComma(), h.duplicates()))));
        }
        VBox cited = new VBox(4);
        cited.setId("citedArticles");
        detail.getChildren().add(section("gui.search.detail.cited", cited));
        vm.citedArticles(h, texts -> {
            if (vm.selectedProperty().get() != h) {
                return;
            }
            texts.forEach((prov, text) -> {
                Label head = new Label(prov);
                head.setFont(Font.font(null, FontWeight.BOLD, 12));
                cited.getChildren().addAll(head, wrap(text == null ? Messages.get("gui.search.detail.noText") : text));
            });
        });
        String official = Sources.officialUrl(h.sourceUrl());
        if (official != null) {
            Hyperlink link = new Hyperlink(official);
            link.setWrapText(true);
            link.setOnAction(e -> {
                ClipboardContent c = new ClipboardContent();
                c.putString(official);
                Clipboard.getSystemClipboard().setContent(c);
                vm.messageProperty().set(Messages.get("gui.search.copied", official));
            });
            detail.getChildren().add(section("gui.search.detail.source", link));
        }
        List<String> why = new ArrayList<>();
        if (!h.matchedTerms().isEmpty()) {
            why.add(Messages.get("gui.search.why.terms", String.join(Messages.enumComma(), h.matchedTerms())));
        }
        if (!h.sharedProvisions().isEmpty()) {
            why.add(Messages.get("search.why.provisions", String.join(Messages.enumComma(), h.sharedProvisions())));
        }
        if (!why.isEmpty()) {
            detail.getChildren().add(section("gui.search.detail.why", wrap(String.join("\n", why))));
        }
        CheckBox choose = new CheckBox(Messages.get("gui.search.choose"));
        choose.setId("searchChoose");
        choose.setSelected(vm.isChosen(h));
        choose.setOnAction(e -> vm.toggleChosen(h));
        TextArea note = new TextArea(vm.note(h));
        note.setPromptText(Messages.get("gui.search.notePrompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().addListener((o, a, b) -> vm.setNote(h, b));
        Button link = new Button(Messages.get("gui.search.link"));
        link.setDisable(vm.openDossier() == null);
        link.setOnAction(e -> vm.linkAsReference(h, () -> { }));
        detail.getChildren().addAll(choose, note, link);
    }

    private static String penalty(Hit h) {
        List<String> p = new ArrayList<>();
        if (h.penaltyUnitYuan() != null) {
            p.add(Messages.get("gui.search.fine.unit", h.penaltyUnitYuan().toPlainString()));
        }
        if (h.penaltyPersonYuan() != null) {
            p.add(Messages.get("gui.search.fine.person", h.penaltyPersonYuan().toPlainString()));
        }
        if (Boolean.TRUE.equals(h.transferred())) {
            p.add(Messages.get("gui.search.transferred"));
        }
        return String.join(Messages.semicolon(), p);
    }

    private static Node wrap(String s) {
        Label l = new Label(s == null || s.isBlank() ? "—" : s);
        l.setWrapText(true);
        return l;
    }

    private static Node section(String key, Node content) {
        Label head = new Label(Messages.get(key));
        head.setFont(Font.font(null, FontWeight.BOLD, 12));
        return new VBox(2, head, content);
    }

    /** A field the published case does not state (or states only as the collector's remark). */
    private static String orNotStated(String s) {
        return s == null ? Messages.get("search2.notStated") : s;
    }
}
