package org.jrw.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.logic.jurisdiction.RuleSource;
import org.jrw.logic.rules.RuleSources;
import org.jrw.logic.rules.RulesImporter;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rules import|list} and {@code workspace jurisdiction [REGION]} (contract v1.1, ADR 0070). */
final class RulesCommands {
    private RulesCommands() {
    }

    @Command(name = "rules", resourceBundle = "i18n.rules", mixinStandardHelpOptions = true,
            subcommands = {Import.class, ListSources.class, Template.class})
    static final class RulesGroup extends GroupCommand {
    }

    static LocalDate date(String text, String option) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadInputException("rules.date.invalid", option, text);
        }
    }

    @Command(name = "import", resourceBundle = "i18n.rules", mixinStandardHelpOptions = true)
    static final class Import extends WorkspaceCommand {
        @Parameters(paramLabel = "FILE", descriptionKey = "rules.file")
        Path file;
        @Option(names = "--kind", required = true, paramLabel = "KIND", descriptionKey = "rules.kind")
        String kind;
        @Option(names = "--jurisdiction", required = true, paramLabel = "REGION", descriptionKey = "rules.jurisdiction")
        String jurisdiction;
        @Option(names = "--effective", required = true, paramLabel = "DATE", descriptionKey = "rules.effective")
        String effective;
        @Option(names = "--until", paramLabel = "DATE", descriptionKey = "rules.until")
        String until;
        @Option(names = "--title", paramLabel = "TITLE", descriptionKey = "rules.title")
        String title;

        @Override
        protected Integer run(Workspace ws) {
            RuleSource s = new RulesImporter().read(file, kind, jurisdiction, date(effective, "--effective"),
                    date(until, "--until"), title);
            new RuleSources(ws).store(List.of(s), file.getFileName().toString());
            int n = s.content().path("count").asInt();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", s.kind());
            m.put("jurisdiction", s.jurisdiction().label());
            m.put("rules", n);
            String done = Messages.get("rules.imported", Messages.get("rules.gui.kind." + s.kind()), n,
                    s.jurisdiction().label(), s.effectiveFrom().toString());
            print(m, s.content().path("untitled").asBoolean(false)
                    ? done + "\n" + Messages.get("rules.imported.untitled", s.name()) : done);
            return 0;
        }
    }

    /** {@code rules template DIR}: writes the import templates (CSV and XLSX, with 【示例】 rows). */
    @Command(name = "template", resourceBundle = "i18n.rules", mixinStandardHelpOptions = true)
    static final class Template extends BaseCommand {
        @Parameters(paramLabel = "DIR", descriptionKey = "rules.template.dir")
        Path dir;
        @Option(names = "--force", descriptionKey = "rules.template.force")
        boolean force;

        @Override
        public Integer call() {
            List<Path> files = org.jrw.logic.rules.RuleTemplates.writeTo(dir, force);
            print(Map.of("files", files.stream().map(Path::toString).toList()),
                    Messages.get("rules.template.written", dir.toString()));
            return 0;
        }
    }

    @Command(name = "list", resourceBundle = "i18n.rules", mixinStandardHelpOptions = true)
    static final class ListSources extends ReadingCommand {
        @Override
        protected Integer run(Workspace ws) {
            List<Map<String, Object>> sources = new RuleSources(ws).list();
            StringBuilder human = new StringBuilder();
            for (Map<String, Object> s : sources) {
                String kind = Messages.has("rules.gui.kind." + s.get("kind")) ? Messages.get("rules.gui.kind." + s.get("kind"))
                        : String.valueOf(s.get("kind"));
                human.append(Messages.get("rules.list.row", kind, s.get("name"), s.get("jurisdiction"),
                        s.get("effectiveFrom") == null ? "" : s.get("effectiveFrom"),
                        s.get("effectiveTo") == null ? "" : s.get("effectiveTo"), s.get("origin"))).append('\n');
            }
            print(Map.of("sources", sources), human.toString().stripTrailing());
            return 0;
        }
    }

    @Command(name = "jurisdiction", resourceBundle = "i18n.rules", mixinStandardHelpOptions = true)
    static final class Jurisdiction extends WorkspaceCommand {
        @Parameters(paramLabel = "REGION", arity = "0..1", descriptionKey = "rules.region")
        String region;

        @Override
        protected boolean readOnly() {
            return region == null;
        }

        @Override
        protected Integer run(Workspace ws) {
            RuleSources rs = new RuleSources(ws);
            Map<String, Object> m = new LinkedHashMap<>();
            if (region == null) {
                String j = rs.jurisdiction().orElse(null);
                m.put("jurisdiction", j);
                print(m, j == null ? Messages.get("rules.jurisdiction.none") : Messages.get("rules.jurisdiction.show", j));
            } else {
                String j = rs.setJurisdiction(region).label();
                m.put("jurisdiction", j);
                print(m, Messages.get("rules.jurisdiction.set", j));
            }
            return 0;
        }
    }
}
