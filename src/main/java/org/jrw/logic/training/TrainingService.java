package org.jrw.logic.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrw.codec.Json;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.dossier.DossierService;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.Timestamps;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.TrainingDao;
import org.jrw.persistence.Workspace;

/** The training use cases the CLI and the GUI share: booklet, exercise, scoring, class results. */
public final class TrainingService {
    private final Workspace workspace;
    private final StatuteReference statute;

    /** With {@code statute} null, each case is scored against the built-in law library ({@link LawStatuteReference}). */
    public TrainingService(Workspace workspace, StatuteReference statute) {
        this.workspace = workspace;
        this.statute = statute;
    }

    private StatuteReference statuteFor(Dossier d) {
        return statute != null ? statute : LawStatuteReference.forDossier(d);
    }

    public Dossier load(String caseRef) {
        return new DossierService(workspace).load(caseRef);
    }

    public Exercise exercise(String caseRef) {
        return Exercise.of(load(caseRef));
    }

    /** Whether the case is a de-identified copy ({@link Exercise#isAnonymized}). */
    public boolean isAnonymized(String caseRef) {
        return Exercise.isAnonymized(load(caseRef));
    }

    public byte[] booklet(String caseRef, boolean answers) {
        Dossier d = load(caseRef);
        return CaseStudyBooklet.render(d, answers, statuteFor(d));
    }

    /** Scores an answer and stores it (audited); the trainee's latest answer counts in the results. */
    public Scorer.Score submit(String caseRef, Exercise.Answer a) {
        if (a.trainee() == null || a.trainee().isBlank()) {
            throw new BadInputException("training.exercise.trainee.blank");
        }
        if (a.fineYuan() != null && a.fineYuan() < 0) {
            throw new BadInputException("training.exercise.fine.invalid", a.fineYuan());
        }
        Dossier d = load(caseRef);
        Exercise ex = Exercise.of(d);
        Scorer.Score s = new Scorer(statuteFor(d)).score(ex, a);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("violatedProvision", a.violatedProvision());
        answer.put("penaltyProvision", a.penaltyProvision());
        answer.put("circumstances", a.circumstances().stream().map(Enum::name).sorted().toList());
        answer.put("fineYuan", a.fineYuan());
        String details = Json.write(s.items());
        String at = Timestamps.now();
        workspace.db().inTransaction(c -> {
            long id = TrainingDao.insert(c, ex.caseId(), a.trainee().strip(), at, Json.write(answer), s.total(), details);
            AuditDao.append(c, Audit.entry("training.exercise.submit", ex.caseId(), List.of("exercise:" + id), null,
                    null, Map.of("trainee", a.trainee().strip(), "score", s.total())));
            return id;
        });
        Audit.writeHead(workspace);
        return s;
    }

    /** Every trainee's latest score on a case, re-scored from the stored answer. */
    public List<Scorer.Score> results(String caseRef) {
        Dossier d = load(caseRef);
        Exercise ex = Exercise.of(d);
        Scorer scorer = new Scorer(statuteFor(d));
        List<Scorer.Score> out = new ArrayList<>();
        for (TrainingDao.Row r : workspace.db().withConnection(c -> TrainingDao.latest(c, ex.caseId()))) {
            out.add(scorer.score(ex, answerOf(r.trainee(), r.answer())));
        }
        return out;
    }

    static Exercise.Answer answerOf(String trainee, String json) {
        try {
            JsonNode n = Json.parse(json);
            Set<Exercise.Circumstance> cs = EnumSet.noneOf(Exercise.Circumstance.class);
            n.path("circumstances").forEach(c -> cs.add(Exercise.Circumstance.valueOf(c.asText())));
            return new Exercise.Answer(trainee, n.path("violatedProvision").asText(null),
                    n.path("penaltyProvision").asText(null), cs,
                    n.path("fineYuan").isNumber() ? n.path("fineYuan").asLong() : null);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes built-in material (the demo dossier or a precedent) available as a case of the workspace
     * and returns its case id: anonymised and leak-scanned into the workspace's temporary folder, then
     * imported; when the material was imported before, the existing case is used.
     */
    public String importMaterial(String materialId, org.jrw.logic.task.Progress progress) {
        String number = TrainingMaterial.caseNumber(materialId);
        DossierService dossiers = new DossierService(workspace);
        for (var c : dossiers.list()) {
            if (c.caseNumber().equals(number)) {
                return c.caseId();
            }
        }
        java.nio.file.Path tmp = null;
        try {
            java.nio.file.Files.createDirectories(workspace.tmpDir());
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory(workspace.tmpDir(), "material-");
            tmp = dir.resolve("material.jrcase");
            TrainingMaterial.build(materialId, tmp, progress);
            return dossiers.importPackage(tmp, false, progress).caseId();
        } catch (java.io.IOException e) {
            throw new BadInputException(e, "io.material.failed", number, org.jrw.i18n.IoReasons.of(e));
        } finally {
            if (tmp != null) {
                try {
                    java.nio.file.Files.deleteIfExists(tmp);
                    java.nio.file.Files.deleteIfExists(tmp.getParent());
                } catch (java.io.IOException failure) {
                    org.slf4j.LoggerFactory.getLogger(TrainingService.class)
                            .debug("temporary file {} not deleted", tmp, failure);
                    // emptied at the next open
                }
            }
        }
    }

    /** Parses circumstance codes (comma separated; names or Chinese labels not accepted). */
    public static Set<Exercise.Circumstance> circumstances(List<String> codes) {
        Set<Exercise.Circumstance> s = EnumSet.noneOf(Exercise.Circumstance.class);
        for (String c : codes) {
            for (String part : c.split("[,，\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    s.add(Exercise.Circumstance.valueOf(part.strip().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new BadInputException("training.exercise.circumstance.invalid", part);
                }
            }
        }
        return s;
    }
}
