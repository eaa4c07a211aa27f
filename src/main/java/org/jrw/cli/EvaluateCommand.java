package org.jrw.cli;

import org.jrw.i18n.Messages;
import org.jrw.logic.evaluation.Evaluation;
import org.jrw.logic.evaluation.EvaluationJson;
import org.jrw.logic.evaluation.EvaluationService;
import org.jrw.persistence.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code evaluate CASE}: the case-file evaluation (案卷评查): score, grade and every item with its basis. */
@Command(name = "evaluate", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class EvaluateCommand extends ReadingCommand {
    @Parameters(paramLabel = "CASE", descriptionKey = "evaluate.case")
    String caseRef;

    @picocli.CommandLine.Option(names = "--report", paramLabel = "FILE.pdf|FILE.docx", descriptionKey = "evaluate.report")
    java.nio.file.Path report;

    @Override
    protected Integer run(Workspace ws) {
        EvaluationService.Result r = new EvaluationService(ws).evaluate(caseRef);
        Evaluation e = r.evaluation();
        StringBuilder human = new StringBuilder();
        human.append(Messages.get("evaluate.head", r.dossier().caseInfo().caseNumber(), e.score(),
                Messages.get("evaluation.grade." + e.grade().name()))).append('\n');
        for (Evaluation.Item i : e.items()) {
            if (i.kind() == Evaluation.Kind.SCORE) {
                human.append(String.format("  %-10s %3d / %-3d  %s%n", i.name(), i.points(), i.maxPoints(), i.reason()));
            } else if (i.hit()) {
                human.append("  [").append(Messages.get("evaluate.veto")).append("] ").append(i.name()).append(Messages.colon())
                        .append(i.reason()).append('\n').append("      ").append(i.basis()).append('\n');
            }
        }
        if (report != null) {
            org.jrw.logic.evaluation.EvaluationDocuments.write(org.jrw.logic.evaluation.EvaluationDocuments.report(e,
                    r.dossier(), org.jrw.logic.evaluation.EvaluationModel.builtIn(),
                    org.jrw.logic.audit.Actor.signedIn().orElse(null), java.time.LocalDate.now()), report);
            note(Messages.get("evaluate.reportWritten", report.toString()));
        }
        // as the 案卷评查 tab does: a score from the example model (or another place's) is for reference only
        String caveat = org.jrw.logic.evaluation.EvaluationCaveat.of(org.jrw.logic.evaluation.EvaluationModel.builtIn(),
                r.dossier(), new org.jrw.logic.rules.RuleSources(ws).jurisdiction().orElse(null));
        if (caveat != null) {
            note(caveat);
        }
        print(EvaluationJson.toMap(e), human.toString().stripTrailing());
        return 0;
    }
}
