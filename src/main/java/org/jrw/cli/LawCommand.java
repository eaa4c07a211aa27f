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
        subcommands = {LawCommand.Cite.class})
final class LawCommand extends GroupCommand {

    @Command(name = "cite", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Cite extends BaseCommand {
        @Parameters(paramLabel = "TEXT", arity = "1..*", descriptionKey = "law.cite.text")
        String[] text;

        @Option(names = "--on", paramLabel = "DATE", descriptionKey = "law.cite.on")
        String on;

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
            Resolution r = new CitationResolver(LawLibrary.builtIn()).resolve(citation, date);
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
                        r.label());
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
            String human = r.label() + "\n" + Messages.get("law.cite.version", r.version().label(),
                    r.version().effectiveFrom().toString()) + "\n" + r.text();
            print(m, human);
            return 0;
        }
    }
}
