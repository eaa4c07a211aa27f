package org.jrw.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.logic.evaluation.Dashboard;
import org.jrw.logic.evaluation.Qualification;
import org.jrw.logic.evaluation.TypicalCase;
import org.jrw.logic.evaluation.TypicalCaseService;
import org.jrw.persistence.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code typical draft|export}: typical-case reports (典型案例报送); {@code dashboard}: the reporting figures. */
final class TypicalCommands {
    private TypicalCommands() {
    }

    @Command(name = "typical", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
            subcommands = {Draft.class, Export.class})
    static final class TypicalGroup implements Runnable {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.command.missing"));
        }
    }

    static Map<String, Object> json(TypicalCaseService.Draft d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("caseId", d.dossier().caseId());
        out.put("fields", d.typical().toMap());
        out.put("level", d.level());
        out.put("unit", d.unit());
        out.put("qualified", d.qualified());
        List<Map<String, Object>> checks = new ArrayList<>();
        for (Qualification.Check c : d.checks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("label", c.label());
            m.put("passed", c.passed());
            m.put("detail", c.detail());
            checks.add(m);
        }
        out.put("checks", checks);
        return out;
    }

    static String human(TypicalCaseService.Draft d) {
        StringBuilder sb = new StringBuilder();
        for (String f : TypicalCase.FIELDS) {
            sb.append('【').append(TypicalCase.label(f)).append("】").append(d.typical().get(f)).append('\n');
        }
        for (Qualification.Check c : d.checks()) {
            sb.append(c.passed() ? "  ✓ " : "  ✗ ").append(c.label()).append(c.detail().isBlank() ? "" : Messages.colon() + c.detail())
                    .append('\n');
        }
        return sb.toString().stripTrailing();
    }

    @Command(name = "draft", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Draft extends ReadingCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "typical.case")
        String caseRef;

        @Override
        protected Integer run(Workspace ws) {
            TypicalCaseService.Draft d = new TypicalCaseService(ws).draft(caseRef);
            print(json(d), human(d));
            return 0;
        }
    }

    @Command(name = "export", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Export extends WorkspaceCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "typical.case")
        String caseRef;

        @Option(names = "--out", required = true, paramLabel = "FILE.docx|FILE.pdf", descriptionKey = "typical.out")
        Path out;

        @Option(names = "--fields", paramLabel = "FILE.json", descriptionKey = "typical.fields")
        Path fields;

        @Option(names = "--force", descriptionKey = "typical.force")
        boolean force;

        @Override
        protected Integer run(Workspace ws) throws Exception {
            TypicalCase edited = null;
            if (fields != null) {
                if (!Files.isRegularFile(fields)) {
                    throw new org.jrw.model.BadInputException("typical.fieldsMissing", fields.toString());
                }
                edited = TypicalCase.fromMap(org.jrw.codec.Json.readMap(Files.readString(fields)));
            }
            TypicalCaseService.Draft d = new TypicalCaseService(ws).export(caseRef, edited, out, force);
            Map<String, Object> o = json(d);
            o.put("file", out.toAbsolutePath().toString());
            print(o, Messages.get("typical.written", out.toString()));
            return 0;
        }
    }

    @Command(name = "dashboard", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class DashboardCommand extends ReadingCommand {
        @Option(names = "--csv", paramLabel = "FILE.csv", descriptionKey = "dashboard.csv")
        Path csv;

        @Override
        protected Integer run(Workspace ws) throws Exception {
            Dashboard.Data d = Dashboard.compute(ws);
            String text = Dashboard.csv(d);
            if (csv != null) {
                Path parent = csv.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Files.writeString(csv, text);
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("rows", d.rows());
            o.put("quotas", d.quotas().stream().map(q -> Map.of("unit", q.unit(), "level", q.level().label,
                    "period", q.period(), "reported", q.reported(), "drafts", q.drafts(), "quota", q.quota(),
                    "cadence", q.level().cadence)).toList());
            print(o, text.substring(1).stripTrailing());
            return 0;
        }
    }
}
