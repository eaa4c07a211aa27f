package org.jrw.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.logic.dossier.DossierExporter;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.dossier.ImportResult;
import org.jrw.logic.dossier.Problem;
import org.jrw.logic.task.Progress;
import org.jrw.model.CaseSummary;
import org.jrw.persistence.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "case", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {CaseCommand.Import.class, CaseCommand.Export.class, CaseCommand.ListCases.class,
                CaseEditCommands.Set.class, CaseEditCommands.Add.class, CaseEditCommands.Remove.class,
                CaseEditCommands.Link.class, CaseEditCommands.Move.class, CaseEditCommands.ReplaceFile.class,
                CaseEditCommands.Draft.class, CaseEditCommands.Confirm.class, CaseEditCommands.Undo.class,
                CaseEditCommands.Redo.class, CaseEditCommands.Validate.class, CaseEditCommands.Show.class,
                CaseEditCommands.History.class, IntakeCommand.class})
final class CaseCommand extends GroupCommand {

    @Command(name = "import", resourceBundle = "i18n.cli",
            mixinStandardHelpOptions = true)
    static final class Import extends WorkspaceCommand {
        @Parameters(paramLabel = "PATH", descriptionKey = "case.import.path")
        Path path;

        @Option(names = "--replace", descriptionKey = "case.import.replace")
        boolean replace;

        @Override
        protected Integer run(Workspace ws) {
            ImportResult r = new DossierService(ws).importPackage(path, replace, Progress.NONE);
            List<String> warnings = r.warnings().stream().map(Problem::message).toList();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("caseId", r.caseId());
            m.put("caseNumber", r.caseNumber());
            m.put("documents", r.documents());
            m.put("evidence", r.evidence());
            m.put("warnings", warnings);
            if (r.replaced()) {
                m.put("replaced", true);
            }
            warnings.forEach(w -> note(Messages.get("cli.warning", w)));
            print(m, Messages.get(r.replaced() ? "case.import.replaced" : "case.import.done", r.caseNumber(),
                    r.caseId(), r.documents(), r.evidence()));
            return 0;
        }
    }

    @Command(name = "export", resourceBundle = "i18n.cli",
            mixinStandardHelpOptions = true)
    static final class Export extends WorkspaceCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "case.export.out")
        Path out;

        @Override
        protected Integer run(Workspace ws) {
            DossierExporter.ExportResult r = new DossierService(ws).export(caseRef, out, Progress.NONE);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", r.file().toString());
            m.put("sha256", r.sha256());
            print(m, Messages.get("case.export.done", r.file(), r.sha256()));
            return 0;
        }
    }

    @Command(name = "list", resourceBundle = "i18n.cli",
            mixinStandardHelpOptions = true)
    static final class ListCases extends ReadingCommand {
        @Override
        protected Integer run(Workspace ws) {
            List<CaseSummary> cases = new DossierService(ws).list();
            List<Map<String, Object>> rows = new ArrayList<>();
            StringBuilder human = new StringBuilder();
            for (CaseSummary c : cases) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("caseId", c.caseId());
                m.put("caseNumber", c.caseNumber());
                m.put("title", c.title());
                m.put("status", c.status());
                rows.add(m);
                human.append(c.caseId()).append('\t').append(c.caseNumber()).append('\t')
                        .append(c.status() == null ? "" : c.status()).append('\t').append(c.title()).append('\n');
            }
            if (cases.isEmpty()) {
                human.append(Messages.get("case.list.empty"));
            }
            print(Map.of("cases", rows), human.toString().stripTrailing());
            return 0;
        }
    }
}
