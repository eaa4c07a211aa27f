package org.jrw.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.logic.checks.CheckService;
import org.jrw.model.Finding;
import org.jrw.model.Severity;
import org.jrw.persistence.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code check CASE}: every legality and completeness check on a case. */
@Command(name = "check", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class CheckCommand extends ReadingCommand {
    @Parameters(paramLabel = "CASE", descriptionKey = "check.case")
    String caseRef;

    @Override
    protected Integer run(Workspace ws) {
        CheckService.Result r = new CheckService(ws).check(caseRef);
        List<Map<String, Object>> findings = new ArrayList<>();
        StringBuilder human = new StringBuilder();
        int[] counts = new int[3];
        for (Finding f : r.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", f.code());
            m.put("severity", f.severity().json());
            m.put("category", f.category());
            m.put("message", f.message());
            m.put("basis", f.basis());
            m.put("refs", f.refs());
            findings.add(m);
            counts[f.severity().ordinal()]++;
            // for a person: severity and category in the interface language; the code is in the JSON
            human.append('[').append(Messages.get("gui.checks.severity." + f.severity().name())).append("] ")
                    .append(org.jrw.logic.checks.CheckCategories.label(f.category())).append('\n').append("    ").append(f.message()).append('\n')
                    .append("    ").append(f.basis()).append(f.refs().isEmpty() ? "" : "  " + f.refs()).append('\n');
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("caseId", r.dossier().caseId());
        out.put("findings", findings);
        // v1.1, compatible: what could not be checked because no applicable rule source is configured
        out.put("notes", r.notes());
        for (String n : r.notes()) {
            human.append('[').append(Messages.get("ux.checks.notChecked")).append("] ").append(n).append('\n');
        }
        human.append(Messages.get("check.done", r.dossier().caseInfo().caseNumber(), counts[Severity.ERROR.ordinal()],
                counts[Severity.WARNING.ordinal()], counts[Severity.INFO.ordinal()]));
        if (!r.notes().isEmpty()) {
            human.append(Messages.get("ux.checks.notCheckedCount", r.notes().size()));
        }
        print(out, human.toString());
        return 0;
    }
}
