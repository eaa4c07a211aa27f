package org.jrw.logic.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jrw.codec.Json;
import org.jrw.logic.audit.Actor;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.checks.CheckService;
import org.jrw.model.Dossier;
import org.jrw.model.Finding;
import org.jrw.model.Timestamps;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.EvaluationDao;
import org.jrw.persistence.Workspace;

/**
 * Grades a case of a workspace: loads the dossier, runs the legality checks (files verified in
 * the vault), evaluates, and records the evaluation with its audit entry (unless the workspace
 * is open read-only).
 */
public final class EvaluationService {
    private final Workspace workspace;
    private final Evaluator evaluator;
    private final CheckService checks;

    public EvaluationService(Workspace workspace) {
        this(workspace, new Evaluator());
    }

    public EvaluationService(Workspace workspace, Evaluator evaluator) {
        this.workspace = workspace;
        this.evaluator = evaluator;
        this.checks = new CheckService(workspace);
    }

    /** An evaluation with the dossier and the findings it was computed from. */
    public record Result(Dossier dossier, List<Finding> findings, Evaluation evaluation, boolean stored) {
    }

    /** Evaluates without storing. */
    public Result preview(String caseRef) {
        CheckService.Result r = checks.check(caseRef);
        return new Result(r.dossier(), r.findings(), evaluator.evaluate(r.dossier(), r.findings()), false);
    }

    /** Evaluates and stores the result (with an audit entry) when the workspace is writable. */
    public Result evaluate(String caseRef) {
        Result r = preview(caseRef);
        if (workspace.readOnly()) {
            return r;
        }
        Evaluation e = r.evaluation();
        String json = Json.write(EvaluationJson.toMap(e));
        String at = Timestamps.now();
        String who = Actor.signedIn().orElse(null);
        workspace.db().inTransaction(c -> {
            EvaluationDao.insert(c, new EvaluationDao.Row(0, e.caseId(), at, who, e.modelId(), e.score(),
                    e.grade().label(), e.vetoed(), json));
            AuditDao.append(c, Audit.entry("evaluation.record", e.caseId(), List.of(e.caseId()), null,
                    org.jrw.persistence.Vault.hash(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    Map.of("score", e.score(), "grade", e.grade().label(), "model", e.modelId())));
            return null;
        });
        Audit.writeHead(workspace);
        return new Result(r.dossier(), r.findings(), e, true);
    }

    /** A stored evaluation with when and by whom it was recorded. */
    public record Recorded(Evaluation evaluation, String at, String by) {
    }

    /** The last stored evaluation of a case with its time and evaluator. */
    public Optional<Recorded> latestRecorded(String caseId, String caseNumber) {
        return workspace.db().withConnection(c -> EvaluationDao.latest(c, caseId))
                .map(row -> new Recorded(EvaluationJson.fromJson(row.resultJson(), caseId, caseNumber, row.modelId()),
                        row.evaluatedAt(), row.evaluator()));
    }

    /** The last stored evaluation of a case. */
    public Optional<Evaluation> latest(String caseId, String caseNumber) {
        return workspace.db().withConnection(c -> EvaluationDao.latest(c, caseId))
                .map(row -> EvaluationJson.fromJson(row.resultJson(), caseId, caseNumber, row.modelId()));
    }
}
