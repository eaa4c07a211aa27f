package org.jrw.gui.search;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.util.Duration;
import org.jrw.gui.AppContext;
import org.jrw.gui.task.TaskRunner;
import org.jrw.i18n.Messages;
import org.jrw.logic.pdf.PrecedentReportWriter;
import org.jrw.logic.search.Hit;
import org.jrw.logic.search.PrecedentService;
import org.jrw.logic.search.SearchQuery;
import org.jrw.logic.search.SearchResult;
import org.jrw.logic.task.CancelledException;
import org.jrw.model.Dossier;

/**
 * State of the precedent search window: the query box (searched as the user types, debounced),
 * facet selections, sort, "search within" stack, results with facets, the selected hit, the hits
 * chosen for the 类案检索报告 with notes, and similar cases for the open dossier. Searches run on
 * their own background thread (a newer search makes older results obsolete); index rebuilds and
 * report export go through the shared {@link TaskRunner} with progress and cancel.
 */
public final class PrecedentSearchViewModel implements AutoCloseable {
    public static final List<String> DIMENSIONS = List.of("industry", "region", "year", "provision", "fine",
            "transferred");

    private final AppContext ctx;
    private final Supplier<Dossier> openDossier;
    private final ExecutorService searcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "jrw-search");
        t.setDaemon(true);
        return t;
    });
    /** With a same-thread task runner (tests): searches run at once on the calling thread, no debounce. */
    private final boolean inline;
    private final AtomicLong generation = new AtomicLong();
    private PauseTransition debounce;
    /** Until the window installs its own: errors and notes to the message line, choosers cancelled. */
    private org.jrw.gui.DialogService dialogs;
    /** The results list: searching, nothing found (with what to try), the search failed, shown. */
    private final org.jrw.gui.ListState resultsState = new org.jrw.gui.ListState("dialogs.search.loading",
            "dialogs.search.empty");
    private volatile PrecedentService service;

    private final StringProperty query = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty termsSearched = new javafx.beans.property.SimpleBooleanProperty();
    private final ObjectProperty<SearchQuery.Sort> sort = new SimpleObjectProperty<>(SearchQuery.Sort.RELEVANCE);
    /** The ticked values of each facet group (a group with none ticked is absent). */
    private final ObservableMap<String, List<SearchResult.FacetCount>> selectedFacets = FXCollections.observableMap(
            new LinkedHashMap<>());
    private final ObservableList<String> within = FXCollections.observableArrayList();
    private final ObservableList<Hit> hits = FXCollections.observableArrayList();
    private final ObservableMap<String, List<SearchResult.FacetCount>> facets = FXCollections.observableMap(
            new LinkedHashMap<>());
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final IntegerProperty allWords = new SimpleIntegerProperty();
    /** Searched with terms and no precedent matches all of them: the screen says 本库无直接相符的类案 first. */
    private final BooleanProperty noFullMatch = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Hit> selected = new SimpleObjectProperty<>();
    private final ObservableList<Hit> chosen = FXCollections.observableArrayList();
    /** Whether each hit of the last search by terms matched every term (for the report's 相符程度). */
    private final java.util.Map<String, Boolean> fullMatches = new java.util.HashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final BooleanProperty similarMode = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public PrecedentSearchViewModel(AppContext ctx, Supplier<Dossier> openDossier) {
        this.ctx = ctx;
        this.openDossier = openDossier;
        this.inline = ctx.tasks().isSameThread();
        this.dialogs = org.jrw.gui.DialogService.quiet(message::set);
        query.addListener((o, a, b) -> {
            similarMode.set(false);
            typed();
        });
        sort.addListener((o, a, b) -> searchNow());
    }

    /** The query changed: search when typing pauses (at once with a same-thread runner). */
    private void typed() {
        if (inline) {
            searchNow();
            return;
        }
        if (debounce == null) {
            debounce = new PauseTransition(Duration.millis(250));
            debounce.setOnFinished(e -> searchNow());
        }
        debounce.playFromStart();
    }

    /** Background work of the searcher: on its own thread, or here with a same-thread runner. */
    private void submit(Runnable work) {
        if (inline) {
            work.run();
        } else {
            searcher.submit(work);
        }
    }

    /** A result back on the JavaFX thread (here with a same-thread runner). */
    private void fx(Runnable r) {
        if (inline) {
            r.run();
        } else {
            TaskRunner.fx(r);
        }
    }

    /** How the window asks (the report's file) and reports errors (ADR 0166). */
    public void setDialogs(org.jrw.gui.DialogService d) {
        this.dialogs = d;
    }

    /** The results list's loading, empty and failed states (its placeholder). */
    public org.jrw.gui.ListState resultsState() {
        return resultsState;
    }

    /** Whether the results shown answer search terms (全部相符 / 部分相符 mean nothing for a listing by filters). */
    public javafx.beans.property.ReadOnlyBooleanProperty termsSearchedProperty() {
        return termsSearched;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<SearchQuery.Sort> sortProperty() {
        return sort;
    }

    public ObservableMap<String, List<SearchResult.FacetCount>> selectedFacets() {
        return selectedFacets;
    }

    public ObservableList<String> within() {
        return within;
    }

    public ObservableList<Hit> hits() {
        return hits;
    }

    public ObservableMap<String, List<SearchResult.FacetCount>> facets() {
        return facets;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public IntegerProperty allWordsProperty() {
        return allWords;
    }

    public BooleanProperty noFullMatchProperty() {
        return noFullMatch;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<Hit> selectedProperty() {
        return selected;
    }

    public ObservableList<Hit> chosen() {
        return chosen;
    }

    public BooleanProperty similarModeProperty() {
        return similarMode;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public Dossier openDossier() {
        return openDossier.get();
    }

    private PrecedentService service() {
        if (service == null) {
            synchronized (this) {
                if (service == null) {
                    service = ctx.precedents();
                }
            }
        }
        return service;
    }

    /** Selects (or, with null, clears) a facet value; the search runs again. */
    public void selectFacet(String dim, SearchResult.FacetCount value) {
        selectFacets(dim, value == null ? List.of() : List.of(value));
    }

    /**
     * Ticks these values of one facet group (none: the group does not filter); the search runs
     * again. Within a group any ticked value may match, across groups all must.
     */
    public void selectFacets(String dim, List<SearchResult.FacetCount> values) {
        if (values.isEmpty()) {
            selectedFacets.remove(dim);
        } else {
            selectedFacets.put(dim, List.copyOf(values));
        }
        searchNow();
    }

    /** Keeps the current query as a condition and lets the user type a narrower one. */
    public void searchWithin() {
        String q = query.get() == null ? "" : query.get().strip();
        if (!q.isEmpty()) {
            within.add(q);
            query.set("");
        }
    }

    public void clearWithin() {
        within.clear();
        searchNow();
    }

    /** The query as the service sees it: the text plus the selected facets as field prefixes. */
    SearchQuery currentQuery() {
        StringBuilder text = new StringBuilder(query.get() == null ? "" : query.get().strip());
        for (Map.Entry<String, List<SearchResult.FacetCount>> e : selectedFacets.entrySet()) {
            String v = String.join("|", e.getValue().stream().map(SearchResult.FacetCount::value).toList());
            switch (e.getKey()) {
                case "industry" -> text.append(" 行业:").append(v); // zh-data: the index's query syntax and facet values
                case "region" -> text.append(" 地区:").append(v); // zh-data: the index's query syntax and facet values
                case "year" -> text.append(" 年份:").append(v); // zh-data: the index's query syntax and facet values
                case "provision" -> text.append(" 条款:").append(v); // zh-data: the index's query syntax and facet values
                case "transferred" -> text.append(" 移送:").append(v); // zh-data: the index's query syntax and facet values
                case "fine" -> text.append(" 罚款:").append(v); // zh-data: the index's query syntax and facet values
                default -> {
                }
            }
        }
        return SearchQuery.of(text.toString().strip()).withSort(sort.get()).withLimit(50)
                .within(List.copyOf(within));
    }

    /** Runs the search now (the debounce calls this after typing pauses). */
    public void searchNow() {
        if (debounce != null) {
            debounce.stop();
        }
        SearchQuery q = currentQuery();
        long gen = generation.incrementAndGet();
        busy.set(true);
        resultsState.loading(); // the placeholder (a spinner) shows while the list is empty; hits stay till replaced
        submit(() -> {
            try {
                PrecedentService s = service();
                SearchResult r = s.search(q);
                boolean rebuilt = s.rebuiltOnOpen();
                fx(() -> {
                    if (gen == generation.get()) {
                        show(r, rebuilt);
                    }
                });
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(PrecedentSearchViewModel.class).warn("precedent search failed: {}", q, e);
                fx(() -> {
                    if (gen == generation.get()) {
                        searchFailed(e);
                    }
                });
            }
        });
    }

    /** A search that failed: no results, the list says why (not "nothing found"), so does the message line. */
    private void searchFailed(RuntimeException e) {
        busy.set(false);
        hits.clear();
        facets.clear();
        total.set(0);
        allWords.set(0);
        noFullMatch.set(false);
        resultsState.failed(readable(e));
        message.set(resultsState.text());
    }

    /**
     * What the user reads of a failed search: a refusal as it is (already the user's words), anything
     * else (an index that cannot be read or made) as "the index is unavailable" with its innermost reason.
     */
    static RuntimeException readable(RuntimeException e) {
        if (e instanceof org.jrw.model.BadInputException) {
            return e;
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName()
                : root.getMessage();
        return new IllegalStateException(Messages.get("dialogs.search.failed", why), e);
    }

    private void show(SearchResult r, boolean rebuilt) {
        busy.set(false);
        similarMode.set(false);
        // set before the hits, which the list draws at once: without a term nothing was matched
        String asked = query.get() == null ? "" : query.get().strip();
        termsSearched.set(!asked.isEmpty() && PrecedentService.hasTerms(asked));
        fullMatches.clear();
        PrecedentReportWriter.entries(r, null).forEach(e -> fullMatches.put(e.hit().id(), e.matchedAll()));
        hits.setAll(r.hits());
        resultsState.loaded(r.hits().size());
        // a group with ticked values keeps the values it offered (the results now hold only the
        // ticked ones), so that a second value of the same group can be ticked
        Map<String, List<SearchResult.FacetCount>> next = new LinkedHashMap<>(r.facets());
        for (Map.Entry<String, List<SearchResult.FacetCount>> e : selectedFacets.entrySet()) {
            List<SearchResult.FacetCount> offered = new ArrayList<>(facets.getOrDefault(e.getKey(), List.of()));
            e.getValue().stream().filter(v -> offered.stream().noneMatch(o -> o.value().equals(v.value())))
                    .forEach(offered::add);
            next.put(e.getKey(), offered);
        }
        facets.clear();
        facets.putAll(next);
        total.set(r.total());
        allWords.set(r.allWords());
        String typed = query.get() == null ? "" : query.get().strip();
        boolean terms = !typed.isEmpty() && PrecedentService.hasTerms(typed);
        noFullMatch.set(terms && r.allWords() == 0);
        String m = noFullMatch.get() ? Messages.get(r.total() == 0 ? "search2.noFullMatch.none" : "search2.noFullMatch")
                : r.total() == 0 ? Messages.get("search.none")
                : r.total() > r.allWords() ? Messages.get("search2.totals", r.allWords(), r.total() - r.allWords())
                : Messages.get("search.total", r.total());
        message.set(rebuilt ? Messages.get("search.index.rebuilt") + " " + m : m);
    }

    /** The hit's cited provisions with their text (bundled laws), delivered on the JavaFX thread. */
    public void citedArticles(Hit h, java.util.function.Consumer<Map<String, String>> onReady) {
        submit(() -> {
            try {
                Map<String, String> texts = service().citedArticles(h);
                fx(() -> onReady.accept(texts));
            } catch (RuntimeException failure) {
                org.slf4j.LoggerFactory.getLogger(PrecedentSearchViewModel.class)
                        .warn("cited article texts not loaded for the detail pane", failure);
                // the detail simply shows no article texts
            }
        });
    }

    /** Shows the precedents most like the open dossier. */
    public void similarToOpenDossier() {
        Dossier d = openDossier.get();
        if (d == null) {
            message.set(Messages.get("gui.search.noDossier"));
            return;
        }
        long gen = generation.incrementAndGet();
        busy.set(true);
        resultsState.loading(); // the placeholder (a spinner) shows while the list is empty; hits stay till replaced
        submit(() -> {
            try {
                List<Hit> similar = service().similar(d, 20);
                fx(() -> {
                    if (gen == generation.get()) {
                        busy.set(false);
                        similarMode.set(true); // before the list: its cells show reasons, not match marks
                        hits.setAll(similar);
                        resultsState.loaded(similar.size());
                        facets.clear();
                        total.set(similar.size());
                        allWords.set(similar.size());
                        noFullMatch.set(false);
                        similarMode.set(true);
                        message.set(Messages.get("gui.search.similarFor", d.caseInfo().caseNumber(), similar.size()));
                    }
                });
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(PrecedentSearchViewModel.class).warn("similar cases not found", e);
                fx(() -> {
                    if (gen == generation.get()) {
                        searchFailed(e);
                    }
                });
            }
        });
    }

    /** Adds or removes a hit from the report selection. */
    public void toggleChosen(Hit h) {
        if (chosen.stream().anyMatch(x -> x.id().equals(h.id()))) {
            chosen.removeIf(x -> x.id().equals(h.id()));
        } else {
            chosen.add(h);
        }
    }

    public boolean isChosen(Hit h) {
        return chosen.stream().anyMatch(x -> x.id().equals(h.id()));
    }

    public void setNote(Hit h, String note) {
        notes.put(h.id(), note);
    }

    public String note(Hit h) {
        return notes.getOrDefault(h.id(), "");
    }

    /** Links the selected precedent into the open dossier as a reference (参考案例) with the note. */
    public void linkAsReference(Hit h, Runnable done) {
        Dossier d = openDossier.get();
        if (d == null || h == null) {
            message.set(Messages.get("gui.search.noDossier"));
            return;
        }
        String note = note(h);
        ctx.tasks().run(Messages.get("gui.search.task.link"), p -> {
            service().addReference(d.caseId(), h.id(), note);
            return null;
        }, x -> {
            message.set(Messages.get("gui.search.linked", h.id(), d.caseInfo().caseNumber()));
            done.run();
        }, this::fail);
    }

    /**
     * Adds the open case with its penalty decision to the precedent library as the bureau's own
     * case (本局案例), so later searches find it; refused with a message when it has no decision.
     */
    public void promoteOpenDossier() {
        Dossier d = openDossier.get();
        if (d == null) {
            message.set(Messages.get("gui.search.noDossier"));
            return;
        }
        ctx.tasks().run(Messages.get("gui.search2.task.addCase"), p -> service().addCase(d), r -> {
            message.set(Messages.get("search2.addCase.done", d.caseInfo().caseNumber(), r.id()));
            searchNow();
        }, this::fail);
    }

    /**
     * 导出检索报告…: asks where through the dialog service and exports there (a name typed without
     * .pdf gets it); a cancelled chooser does nothing.
     */
    public void chooseReport() {
        dialogs.saveFile(Messages.get("gui.search.report"), Messages.get("ux.file.precedentReport"),
                        List.of(org.jrw.gui.DialogService.FileType.of(Messages.get("dialogs.filter.pdf"), "*.pdf")))
                .ifPresent(p -> exportReport(org.jrw.gui.DialogService.withExtension(p, ".pdf"), () -> { }));
    }

    /** Exports the chosen hits (or, if none chosen, the shown ones) as the 类案检索报告. */
    public void exportReport(Path out, Runnable done) {
        List<Hit> list = new ArrayList<>(chosen.isEmpty() ? hits : chosen);
        Dossier d = openDossier.get();
        String q = similarMode.get() ? null : describeQuery();
        // this case's provisions and proposed fine only when the report is about the case
        var v = d == null || !similarMode.get() || d.violations().isEmpty() ? null : d.violations().get(0);
        PrecedentReportWriter.Subject subject = new PrecedentReportWriter.Subject(q,
                similarMode.get() && d != null ? d.caseInfo().caseNumber() : null,
                similarMode.get() && d != null ? d.caseInfo().title() : null, OffsetDateTime.now(),
                org.jrw.logic.audit.Actor.givenName(), d == null ? null : d.caseInfo().agency(), v == null ? null : v.violatedProvision(),
                v == null ? null : v.penaltyProvision(), v == null || v.proposed() == null ? null : v.proposed().fineYuan(),
                null);
        boolean terms = !similarMode.get();
        List<PrecedentReportWriter.Entry> entries = list.stream()
                .map(h -> new PrecedentReportWriter.Entry(h, notes.get(h.id()), terms ? fullMatches.get(h.id()) : null))
                .toList();
        ctx.tasks().run(Messages.get("gui.search.task.report"), p -> PrecedentReportWriter.write(out, subject, entries),
                pages -> {
                    message.set(Messages.get("gui.search.reported", out, pages));
                    done.run();
                }, this::fail);
    }

    private String describeQuery() {
        StringBuilder sb = new StringBuilder(String.join(" ＞ ", within));
        SearchQuery q = currentQuery();
        if (q.text() != null && !q.text().isBlank()) {
            sb.append(sb.length() > 0 ? " ＞ " : "").append(q.text());
        }
        return sb.toString();
    }

    /** Rebuilds the index from the database with progress and cancel, then searches again. */
    public void rebuildIndex() {
        ctx.tasks().run(Messages.get("gui.search.task.rebuild"), p -> {
            service().rebuildIndex(p);
            return null;
        }, x -> {
            message.set(Messages.get("gui.search.rebuilt"));
            searchNow();
        }, this::fail);
    }

    private void fail(Throwable t) {
        message.set(t instanceof CancelledException ? Messages.get("gui.task.cancelled")
                : t.getMessage() == null ? t.toString() : t.getMessage());
        if (!(t instanceof CancelledException)) {
            dialogs.error(Messages.get("gui.error.title"), message.get());
        }
    }

    @Override
    public void close() {
        generation.incrementAndGet();
        searcher.shutdownNow();
        if (service != null) {
            service.close();
        }
    }
}
