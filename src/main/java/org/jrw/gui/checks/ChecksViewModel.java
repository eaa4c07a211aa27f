package org.jrw.gui.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.jrw.logic.checks.CheckService;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.law.Resolution;
import org.jrw.model.Dossier;
import org.jrw.model.Finding;
import org.jrw.model.Severity;

/**
 * The 合法性审查 panel's state: the findings of the open case, re-computed in the background
 * whenever the case (re)loads, grouped by category in the order of the review; and for the
 * selected finding the text of the article its basis cites.
 */
public final class ChecksViewModel {
    /** The categories of cli.md, in the order the panel reviews them. */
    public static final List<String> CATEGORIES = List.of("主体", "事实证据", "法律适用", "裁量", "程序", "文书"); // zh-data: category codes / citation text

    private final AppContext ctx;
    private final ObjectProperty<Dossier> dossier = new SimpleObjectProperty<>();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty summary = new SimpleStringProperty("");
    /** Rule sources not configured for the case's place and day (e.g. 本地裁量基准未配置), one per line. */
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<Finding> selected = new SimpleObjectProperty<>();
    private final StringProperty basisText = new SimpleStringProperty("");
    private long generation;
    /** The findings tree: checking, no case open (what to do), the checks failed (why), shown. */
    private final org.jrw.gui.ListState findingsState = new org.jrw.gui.ListState("dialogs.checks.loading",
            "dialogs.checks.empty");

    public ChecksViewModel(AppContext ctx) {
        this.ctx = ctx;
        dossier.addListener((o, a, d) -> run());
        selected.addListener((o, a, f) -> showBasis(f));
    }

    public ObjectProperty<Dossier> dossierProperty() {
        return dossier;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /** The findings tree's loading, empty (no case) and failed states; SHOWN once a run completed. */
    public org.jrw.gui.ListState findingsState() {
        return findingsState;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObjectProperty<Finding> selectedProperty() {
        return selected;
    }

    public StringProperty basisTextProperty() {
        return basisText;
    }

    /** Re-runs every check on the open case (background; a newer run supersedes an older one). */
    public void run() {
        Dossier d = dossier.get();
        long gen = ++generation;
        findings.clear();
        selected.set(null);
        if (d == null) {
            summary.set("");
            findingsState.loaded(0);
            return;
        }
        findingsState.loading();
        running.set(true);
        summary.set(Messages.get("gui.checks.running"));
        ctx.tasks().run(Messages.get("gui.checks.running"), p -> ctx.checks()
                .check(d.caseId()), (CheckService.Result result) -> {
                    if (gen != generation) {
                        return;
                    }
                    List<Finding> list = result.findings();
                    notes.set(String.join("\n", result.notes()));
                    findingsState.loaded(1); // every category is shown, the clean ones as passed
                    running.set(false);
                    findings.setAll(sorted(list));
                    summary.set(summarize(list, result.notes().size()));
                }, t -> {
                    if (gen == generation) {
                        org.slf4j.LoggerFactory.getLogger(ChecksViewModel.class).warn("legality checks failed for {}", d.caseId(), t);
                        notes.set("");
                        findingsState.failed(t);
                        running.set(false);
                        summary.set(Messages.get("gui.checks.failed", t.getMessage()));
                    }
                });
    }

    static List<Finding> sorted(List<Finding> list) {
        List<Finding> out = new ArrayList<>(list);
        out.sort((a, b) -> {
            int c = Integer.compare(categoryIndex(a.category()), categoryIndex(b.category()));
            return c != 0 ? c : Integer.compare(a.severity().ordinal(), b.severity().ordinal());
        });
        return out;
    }

    public static int categoryIndex(String c) {
        int i = CATEGORIES.indexOf(c);
        return i < 0 ? CATEGORIES.size() : i;
    }

    /** Findings by category, categories in review order (only those with findings). */
    public Map<String, List<Finding>> byCategory() {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            out.computeIfAbsent(f.category(), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    /** The counts above the findings; the notes (what could not be checked) are counted on their own. */
    static String summarize(List<Finding> list, int notes) {
        long errors = list.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = list.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = list.size() - errors - warnings;
        String s = list.isEmpty() ? Messages.get("gui.checks.clean")
                : Messages.get("gui.checks.summary", errors, warnings, infos);
        return notes == 0 ? s : s + Messages.get("ux.checks.notCheckedCount", notes);
    }

    /**
     * The open case's violation date: the articles of its findings are read (and opened in the law
     * library) in the version in force then; null when no case or no date.
     */
    public java.time.LocalDate violationDate() {
        Dossier d = dossier.get();
        return d == null || d.caseInfo() == null ? null : d.caseInfo().violationDate();
    }

    private void showBasis(Finding f) {
        basisText.set("");
        if (f == null || f.basis() == null || !f.basis().contains("第")) { // zh-data: category codes / citation text
            return;
        }
        java.time.LocalDate on = violationDate();
        ctx.tasks().run(Messages.get("gui.checks.article"), p -> {
            Resolution r = resolver().resolve(f.basis(), on);
            if (!r.found()) {
                return "";
            }
            // the whole article: the range of an item (项) stands in the article's opening paragraph
            String whole = r.article() == null ? r.text() : r.article().text();
            return r.label() + "\n\n" + whole;
        }, basisText::set, t -> basisText.set(""));
    }

    /** The workspace's library (imported texts too, as the checks read them); called off the JavaFX thread. */
    private CitationResolver resolver() {
        return new CitationResolver(ctx.lawImports().library());
    }
}
