package org.jrw.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.law.LawLibrary;
import org.jrw.logic.law.Resolution;
import org.jrw.model.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code law cite TEXT [--on DATE]}: resolves a citation against the bundled law library. */
@Command(name = "law", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {LawCommand.Cite.class, LawCommand.Import.class})
final class LawCommand extends GroupCommand {

    /**
     * {@code law import FILE --title T [--short S] --effective DATE [--until DATE] [--jurisdiction REGION]}
     * (contract v1.1): a law, regulation or rule text added to the workspace's library.
     */
    @Command(name = "import", resourceBundle = "i18n.rules", mixinStandardHelpOptions = true)
    static final class Import extends WorkspaceCommand {
        @Parameters(paramLabel = "FILE", descriptionKey = "law.import.file")
        java.nio.file.Path file;
        @Option(names = "--title", required = true, paramLabel = "T", descriptionKey = "law.import.title")
        String title;
        @Option(names = "--short", paramLabel = "S", descriptionKey = "law.import.short")
        String shortTitle;
        @Option(names = "--effective", required = true, paramLabel = "DATE", descriptionKey = "law.import.effective")
        String effective;
        @Option(names = "--until", paramLabel = "DATE", descriptionKey = "law.import.until")
        String until;
        @Option(names = "--jurisdiction", paramLabel = "REGION", descriptionKey = "law.import.jurisdiction")
        String jurisdiction;

        @Override
        protected Integer run(org.jrw.persistence.Workspace ws) {
            var r = new org.jrw.logic.law.LawImports(ws).importText(file, title, shortTitle,
                    RulesCommands.date(effective, "--effective"), RulesCommands.date(until, "--until"), jurisdiction);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("law", r.title());
            m.put("version", r.versionId());
            m.put("articles", r.articles());
            print(m, Messages.get("lawimport.done", r.title(), r.versionId(), r.articles()));
            return 0;
        }
    }

    @Command(name = "cite", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Cite extends BaseCommand {
        @Parameters(paramLabel = "TEXT", arity = "1..*", descriptionKey = "law.cite.text")
        String[] text;

        @Option(names = "--on", paramLabel = "DATE", descriptionKey = "law.cite.on")
        String on;

        /** The library: with an explicit existing workspace, its imported texts too; else the built-in one. */
        private LawLibrary library() {
            java.nio.file.Path dir = root().workspace;
            if (dir != null && java.nio.file.Files.isDirectory(dir)) {
                try (org.jrw.persistence.Workspace ws = org.jrw.persistence.Workspace.openReadOnly(dir)) {
                    return org.jrw.logic.law.LawImports.library(ws);
                }
            }
            return LawLibrary.builtIn();
        }

        /** The citation after the law's title (第六条第二款), so a message names the title once. */
        static String withoutTitle(Resolution r) {
            String label = r.label();
            String title = "《" + r.law().title() + "》";
            return label.startsWith(title) ? label.substring(title.length()) : label;
        }

        /**
         * The version line: one date, the article's own (an article added later than its version's text,
         * e.g. 刑法 第一百三十四条之一, gives its own day, as --json and --on do); a label that already
         * names the day is not followed by it again.
         */
        static String versionLine(Resolution r) {
            LocalDate article = r.version().articleEffectiveFrom(r.article());
            String label = r.version().label();
            if (!article.equals(r.version().effectiveFrom())) {
                return Messages.get("law.cite.version.article", label, article.toString());
            }
            if (label.contains(article.toString())) {
                return Messages.get("law.cite.version.labelOnly", label);
            }
            return Messages.get("law.cite.version", label, article.toString());
        }

        @Override
        public Integer call() {
            String citation = String.join(" ", text);
            LocalDate date = null;
            if (on != null) {
                try {
                    date = LocalDate.parse(on.strip());
                } catch (DateTimeParseException e) {
                    throw new BadInputException("law.cite.badDate", on);
                }
            }
            Resolution r = new CitationResolver(library()).resolve(citation, date);
            switch (r.status()) {
                case UNREADABLE -> throw new BadInputException("law.cite.unreadable", citation);
                case LAW_NOT_IN_LIBRARY -> throw new BadInputException("law.cite.lawNotInLibrary",
                        r.citation().law() == null ? "" : r.citation().law());
                case VERSION_NOT_IN_LIBRARY -> throw r.citation().edition() != null
                        ? new BadInputException("law.cite.editionNotInLibrary", r.law().title(),
                                String.valueOf(r.citation().edition()))
                        : new BadInputException("law.cite.versionOnNotInLibrary", r.law().title(),
                                String.valueOf(r.on()), r.law().earliest().effectiveFrom().toString());
                case ARTICLE_NOT_FOUND -> throw new BadInputException("law.cite.articleNotFound", r.law().title(),
                        withoutTitle(r));
                case PARAGRAPH_NOT_FOUND -> throw new BadInputException("law.cite.paragraphNotFound", r.label(),
                        r.article().paragraphs().size());
                case ITEM_NOT_FOUND -> throw new BadInputException("law.cite.itemNotFound", r.label());
                case NOT_IN_FORCE -> {
                    LocalDate to = r.version().effectiveTo();
                    if (to != null && !r.on().isBefore(to)) {
                        throw new BadInputException("law.cite.replaced", r.label(), String.valueOf(r.on()),
                                r.version().label(), to.toString());
                    }
                    String from = r.version().articleEffectiveFrom(r.article()).toString();
                    var then = r.law().versionOn(r.on()).filter(v -> v != r.version());
                    if (then.isPresent()) {
                        // the numbering of another edition: say which text was in force that day
                        throw new BadInputException("law.cite.notInForce.other", r.label(), String.valueOf(r.on()),
                                from, r.version().label(), then.get().label());
                    }
                    throw new BadInputException("law.cite.notInForce", r.label(), String.valueOf(r.on()), from);
                }
                default -> {
                    // resolved
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("law", r.law().title());
            m.put("version", r.version().id());
            m.put("effectiveFrom", r.version().articleEffectiveFrom(r.article()).toString());
            m.put("article", r.article().label());
            m.put("paragraph", r.paragraph() == null ? null : r.paragraph().number());
            m.put("item", r.item() == null ? null : r.item().number());
            m.put("text", r.text());
            m.put("lawId", r.law().id());
            m.put("articleNumber", r.article().number());
            m.put("articleSuffix", r.article().suffix());
            m.put("versionLabel", r.version().label());
            m.put("effectiveTo", r.version().effectiveTo() == null ? null : r.version().effectiveTo().toString());
            m.put("citation", r.label());
            m.put("chapter", r.article().chapter());
            String human = r.label() + "\n" + versionLine(r) + "\n" + r.text();
            print(m, human);
            return 0;
        }
    }
}
