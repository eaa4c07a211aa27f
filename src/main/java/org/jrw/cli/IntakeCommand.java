package org.jrw.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.codec.DossierCodec;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.logic.intake.Choices;
import org.jrw.logic.intake.FieldValue;
import org.jrw.logic.intake.IntakeFile;
import org.jrw.logic.intake.IntakeScan;
import org.jrw.logic.intake.IntakeService;
import org.jrw.logic.intake.Proposal;
import org.jrw.logic.intake.Reading;
import org.jrw.logic.task.Progress;
import org.jrw.persistence.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code case intake PATH…} (contract v1.1): a draft case from files or folders. Prints the
 * proposed manifest, the source of each value, the unresolved fields and — a compatible
 * extension — the {@code conflicts} (every reading of a field the documents disagree on) and the
 * {@code files} (each file's classification and messages).
 */
@Command(name = "intake", resourceBundle = "i18n.intake", mixinStandardHelpOptions = true)
final class IntakeCommand extends WorkspaceCommand {
    @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "intake.paths")
    List<Path> paths;

    @picocli.CommandLine.Option(names = "--dry-run", descriptionKey = "intake.dryRun")
    boolean dryRun;

    @Override
    protected Integer run(Workspace ws) {
        IntakeService service = new IntakeService(ws);
        // the command line waits for text recognition of pictures and scans before it prints the fields
        IntakeScan scan = service.scanAndRecognise(paths, Progress.NONE);
        try {
            IntakeService.requireUsable(scan);
            Proposal p = service.propose(scan, new Choices());
            String caseId = dryRun ? null : service.create(scan, p, Progress.NONE).caseId();
            Map<String, Object> result = result(caseId, p, scan);
            print(result, human(caseId, p, scan));
            return 0;
        } finally {
            scan.discard();
        }
    }

    static Map<String, Object> result(String caseId, Proposal p, IntakeScan scan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseId", caseId);
        m.put("manifest", Json.toJava(DossierCodec.write(p.dossier())));
        Map<String, Object> sources = new LinkedHashMap<>();
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (FieldValue f : p.fields().values()) {
            if (f.conflict()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("field", f.field());
                List<Map<String, Object>> readings = new ArrayList<>();
                for (Reading r : f.readings()) {
                    Map<String, Object> x = source(r);
                    x.put("value", jsonValue(r.value()));
                    readings.add(x);
                }
                c.put("readings", readings);
                conflicts.add(c);
            } else if (f.source() != null) {
                sources.put(f.field(), source(f.source()));
            }
        }
        m.put("sources", sources);
        m.put("unresolved", p.unresolved());
        m.put("conflicts", conflicts);
        List<Map<String, Object>> files = new ArrayList<>();
        for (IntakeFile f : scan.files()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("file", f.name());
            x.put("status", f.status().name().toLowerCase(java.util.Locale.ROOT));
            if (f.included()) {
                x.put(f.proposed().isEvidence() ? "evidenceType" : "documentType",
                        f.proposed().isEvidence() ? f.proposed().evidenceKind().labelZh()
                                : f.proposed().isDocument() ? f.proposed().documentType().name() : "OTHER");
                x.put("text", f.textStatus().name().toLowerCase(java.util.Locale.ROOT));
            }
            x.put("sha256", f.sha256());
            x.put("messages", f.messageTexts());
            files.add(x);
        }
        m.put("files", files);
        return m;
    }

    private static Map<String, Object> source(Reading r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("file", r.source().file());
        s.put("page", r.source().page());
        s.put("text", r.source().text());
        return s;
    }

    private static Object jsonValue(Object v) {
        return v instanceof LocalDate d ? d.toString() : v;
    }

    private static String human(String caseId, Proposal p, IntakeScan scan) {
        StringBuilder sb = new StringBuilder();
        var d = p.dossier();
        sb.append(Messages.get(caseId == null ? "intake.dryRun.done" : "intake.done", d.caseInfo().caseNumber(),
                caseId, scan.files().size(), d.documents().size(), d.evidence().size(), p.unresolved().size(),
                p.conflicts().size()));
        if (p.provisionalNumber()) {
            sb.append(Messages.get("intake.provisional"));
        }
        sb.append("\n\n").append(Messages.get("intake.human.files")).append('\n');
        for (IntakeFile f : scan.files()) {
            sb.append("  ").append(f.name()).append("  →  ")
                    .append(f.included() ? f.proposed().labelZh() : "—").append('\n');
            for (String msg : f.messageTexts()) {
                sb.append("      ").append(msg).append('\n');
            }
        }
        sb.append('\n').append(Messages.get("intake.human.fields")).append('\n');
        for (FieldValue f : p.fields().values()) {
            if (f.conflict()) {
                continue;
            }
            Reading r = f.source();
            sb.append("  ").append(f.field()).append(" = ").append(jsonValue(f.value()))
                    .append("    [").append(r.source().file());
            if (r.source().page() != null) {
                sb.append("，").append(Messages.get("intake.source.page", r.source().page()));
            }
            sb.append(Messages.colon()).append(abbreviate(r.source().text())).append("]\n");
        }
        if (!p.conflicts().isEmpty()) {
            sb.append('\n').append(Messages.get("intake.human.conflicts")).append('\n');
            for (FieldValue f : p.conflicts()) {
                sb.append("  ").append(f.field()).append('\n');
                for (Reading r : f.readings()) {
                    sb.append("      ").append(jsonValue(r.value())).append("    [").append(r.source().file());
                    if (r.source().page() != null) {
                        sb.append("，").append(Messages.get("intake.source.page", r.source().page()));
                    }
                    sb.append(Messages.colon()).append(abbreviate(r.source().text())).append("]\n");
                }
            }
        }
        sb.append('\n').append(Messages.get("intake.human.unresolved")).append('\n');
        p.unresolved().forEach(u -> sb.append("  ").append(u).append('\n'));
        return sb.toString().stripTrailing();
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 58) + "…";
    }
}
