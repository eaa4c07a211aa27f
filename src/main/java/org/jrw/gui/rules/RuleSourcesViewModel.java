package org.jrw.gui.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jrw.gui.AppContext;
import org.jrw.i18n.Messages;
import org.jrw.logic.jurisdiction.RuleSource;
import org.jrw.logic.rules.RuleSources;
import org.jrw.logic.rules.RulesImporter;
import org.jrw.model.BadInputException;

/**
 * The rule sources window (规则来源): the workspace's jurisdiction, every rule source with its
 * jurisdiction, validity and origin, and the imports of a bureau's rules and law texts. All work
 * runs on the task runner; results come back on the JavaFX thread.
 */
public final class RuleSourcesViewModel {
    private final AppContext ctx;
    private final StringProperty jurisdiction = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<Map<String, Object>> sources = FXCollections.observableArrayList();

    private final org.jrw.gui.ListState sourcesState = new org.jrw.gui.ListState("rules.gui.loading",
            "screens.rules.sources.empty");
    private org.jrw.gui.DialogService dialogs = org.jrw.gui.DialogService.quiet(status::set);

    public RuleSourcesViewModel(AppContext ctx) {
        this.ctx = ctx;
    }

    /** How the window asks for files, folders and whether to overwrite. */
    public void setDialogs(org.jrw.gui.DialogService d) {
        this.dialogs = d;
    }

    /** The sources table's loading, empty and failed states. */
    public org.jrw.gui.ListState sourcesState() {
        return sourcesState;
    }

    /** Asks for a filled-in template (CSV or XLSX) to import. */
    public java.util.Optional<Path> askRulesFile() {
        return dialogs.openFile(Messages.get("rules.gui.importRules"), List.of(org.jrw.gui.DialogService.FileType.of(
                Messages.get("rules.gui.rulesFiles"), "*.csv", "*.xlsx")));
    }

    /** Asks for a law or rule text (TXT or DOCX) to import. */
    public java.util.Optional<Path> askLawFile() {
        return dialogs.openFile(Messages.get("rules.gui.importLaw"), List.of(org.jrw.gui.DialogService.FileType.of(
                Messages.get("rules.gui.lawFiles"), "*.txt", "*.docx")));
    }

    /** Asks for a folder and writes the templates there; templates already there are replaced only after a Yes. */
    public void templatesToChosenFolder() {
        dialogs.chooseFolder(Messages.get("rules.gui.templates")).ifPresent(dir -> writeTemplates(dir,
                names -> dialogs.confirm(Messages.get("rules.gui.templates"),
                        Messages.get("rules.gui.template.overwrite", String.join(Messages.enumComma(), names)))));
    }

    public StringProperty jurisdictionProperty() {
        return jurisdiction;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The last error message (bad input), empty when the last action succeeded. */
    public StringProperty errorProperty() {
        return error;
    }

    public ObservableList<Map<String, Object>> sources() {
        return sources;
    }

    public void load() {
        if (sources.isEmpty()) {
            sourcesState.loading();
        }
        ctx.tasks().run(Messages.get("rules.gui.loading"), p -> {
            RuleSources rs = ctx.ruleSources();
            return Map.entry(rs.jurisdiction().orElse(""), rs.list());
        }, r -> {
            jurisdiction.set(r.getKey());
            sources.setAll(r.getValue());
            sourcesState.loaded(sources.size());
        }, t -> {
            sourcesState.failed(t);
            fail(t);
        });
    }

    /** Sets the jurisdiction; {@code after} runs once it is stored. */
    public void saveJurisdiction(String text, Runnable after) {
        error.set("");
        ctx.tasks().run(Messages.get("rules.gui.saving"), p -> ctx.ruleSources().setJurisdiction(text)
                .label(), label -> {
                    jurisdiction.set(label);
                    status.set(Messages.get("rules.jurisdiction.set", label));
                    load();
                    if (after != null) {
                        after.run();
                    }
                }, this::fail);
    }

    public void importRules(Path file, String kind, String region, LocalDate from, LocalDate to, String title) {
        error.set("");
        ctx.tasks().run(Messages.get("rules.gui.importing"), p -> {
            RuleSource s = new RulesImporter().read(file, kind, region, from, to, title);
            ctx.ruleSources().store(List.of(s), file.getFileName().toString());
            return s;
        }, s -> {
            String done = Messages.get("rules.imported", Messages.get("rules.gui.kind." + s.kind()),
                    s.content().path("count").asInt(), s.jurisdiction().label(), s.effectiveFrom().toString());
            status.set(s.content().path("untitled").asBoolean(false)
                    ? done + "；" + Messages.get("rules.gui.untitled", s.name()) : done);
            load();
        }, this::fail);
    }

    /**
     * Writes the import templates (CSV and XLSX) into {@code dir}, off the JavaFX thread; template files
     * already there (perhaps filled in) are replaced only if {@code overwrite} agrees, given their names.
     */
    public void writeTemplates(Path dir, java.util.function.Predicate<List<String>> overwrite) {
        error.set("");
        ctx.tasks().run(Messages.get("rules.gui.saving"), p -> org.jrw.logic.rules.RuleTemplates.existing(dir), there -> {
            if (!there.isEmpty() && !overwrite.test(there.stream().map(f -> f.getFileName().toString()).toList())) {
                return;
            }
            ctx.tasks().run(Messages.get("rules.gui.saving"), p -> org.jrw.logic.rules.RuleTemplates.writeTo(dir, true),
                    files -> status.set(Messages.get("rules.template.written", dir.toString())), this::fail);
        }, this::fail);
    }

    public void importLaw(Path file, String title, String shortTitle, LocalDate from, LocalDate to, String region) {
        error.set("");
        ctx.tasks().run(Messages.get("rules.gui.importing"), p -> ctx.lawImports()
                .importText(file, title, shortTitle, from, to, region), r -> {
                    status.set(Messages.get("lawimport.done", r.title(), r.versionId(), r.articles()));
                    load();
                }, this::fail);
    }

    /** A date typed by the user, or a message naming the field. */
    public static LocalDate date(String text, String field, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new BadInputException("rules.effective.missing");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadInputException("rules.date.invalid", field, text);
        }
    }

    private void fail(Throwable t) {
        error.set(t instanceof BadInputException ? t.getMessage() : String.valueOf(t));
        status.set("");
    }
}
