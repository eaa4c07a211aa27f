package org.jrw.logic.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jrw.codec.DossierCodec;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.logic.checks.FileVerifier;
import org.jrw.logic.checks.LegalityChecker;
import org.jrw.model.Dossier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Grades: the complete demo file, a file with a veto fault, files with minor faults. */
class EvaluatorTest {
    private static final LegalityChecker CHECKER = new LegalityChecker();
    private static final FileVerifier ALL_GOOD = (sha, file) -> Optional.of(true);
    private static final Evaluator EVALUATOR = new Evaluator();
    private static ObjectNode demo;

    @BeforeAll
    static void readDemo() throws IOException {
        Messages.setLanguage("zh");
        try (InputStream in = Files.newInputStream(Path.of("resources/demo/demo.jrcase"));
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("manifest.json")) {
                    demo = (ObjectNode) Json.parse(zip.readAllBytes());
                }
            }
        }
    }

    static Evaluation grade(Consumer<ObjectNode> change) {
        ObjectNode m = demo.deepCopy();
        change.accept(m);
        Dossier d = DossierCodec.read(m);
        return EVALUATOR.evaluate(d, CHECKER.check(d, ALL_GOOD));
    }

    static void removeDocs(ObjectNode m, String type) {
        ArrayNode docs = (ArrayNode) m.get("documents");
        for (int i = docs.size() - 1; i >= 0; i--) {
            if (docs.get(i).path("type").asText().equals(type)) {
                docs.remove(i);
            }
        }
    }

    static ObjectNode doc(ObjectNode m, String type) {
        for (JsonNode d : m.get("documents")) {
            if (d.path("type").asText().equals(type)) {
                return (ObjectNode) d;
            }
        }
        throw new AssertionError(type);
    }

    static boolean vetoHit(Evaluation e, String id) {
        return e.items().stream().anyMatch(i -> i.id().equals(id) && i.kind() == Evaluation.Kind.VETO && i.hit());
    }

    @Test
    void theCompleteDemoFileIsExcellent() {
        Evaluation e = grade(m -> { });
        assertEquals(100, e.score(), e.toString());
        assertEquals(Evaluation.Grade.EXCELLENT, e.grade());
        assertFalse(e.vetoed());
        assertEquals(7, e.scoringItems().size());
        assertEquals(100, e.scoringItems().stream().mapToInt(Evaluation.Item::maxPoints).sum());
        for (Evaluation.Item i : e.items()) {
            assertFalse(i.basis().isBlank(), i.id());
            assertFalse(i.reason().isBlank(), i.id());
        }
    }

    @Test
    void decidedWithoutPenaltyNoticeFailsByVeto() {
        Evaluation e = grade(m -> removeDocs(m, "PENALTY_NOTICE"));
        assertEquals(Evaluation.Grade.FAIL, e.grade());
        assertTrue(e.vetoed());
        assertTrue(vetoHit(e, "NO_PENALTY_NOTICE"), e.toString());
        assertEquals(0, e.score());
        Evaluation.Item veto = e.vetoesHit().get(0);
        assertTrue(veto.basis().contains("第六十二条"), veto.basis());
    }

    @Test
    void aNoticeDatedAfterTheDecisionDoesNotCount() {
        Evaluation e = grade(m -> doc(m, "PENALTY_NOTICE").put("date", "2024-04-20"));
        assertTrue(vetoHit(e, "NO_PENALTY_NOTICE"), e.toString());
    }

    @Test
    void wrongEnforcementBodyAndMissingLegalBasisAreVetoes() {
        Evaluation body = grade(m -> ((ObjectNode) m.get("case")).put("agency", "西安市市场监督管理局"));
        assertTrue(vetoHit(body, "WRONG_ENFORCEMENT_BODY"));
        assertEquals(Evaluation.Grade.FAIL, body.grade());
        Evaluation basis = grade(m -> ((ObjectNode) m.get("violations").get(0)).remove("penaltyProvision"));
        assertTrue(vetoHit(basis, "NO_LEGAL_BASIS"), basis.toString());
        assertEquals(Evaluation.Grade.FAIL, basis.grade());
    }

    @Test
    void overdueWithOneOfficerScoresLower() {
        Evaluation ok = grade(m -> { });
        Evaluation e = grade(m -> {
            ((ArrayNode) m.get("officers")).remove(1);
            ((ObjectNode) m.get("case")).put("filedOn", "2024-01-10");
            doc(m, "FILING_APPROVAL").put("date", "2024-01-10");
            ((ObjectNode) m.get("case")).put("discoveredOn", "2024-01-08");
            ((ObjectNode) m.get("case")).put("violationDate", "2024-01-08");
        });
        assertTrue(e.score() < ok.score(), e.score() + " vs " + ok.score());
        assertNotEquals(Evaluation.Grade.EXCELLENT, e.grade());
        Evaluation.Item subject = e.items().stream().filter(i -> i.id().equals("SUBJECT")).findFirst().orElseThrow();
        assertTrue(subject.deductions().stream().anyMatch(x -> x.code().equals("OFFICERS_INSUFFICIENT")), subject.toString());
        Evaluation.Item procedure = e.items().stream().filter(i -> i.id().equals("PROCEDURE")).findFirst().orElseThrow();
        assertTrue(procedure.deductions().stream().anyMatch(x -> x.code().equals("DECISION_OVERDUE")), procedure.toString());
        assertTrue(procedure.points() < procedure.maxPoints());
        assertFalse(e.vetoed(), e.toString());
        assertEquals(Evaluation.Grade.PASS, e.grade());
    }

    @Test
    void minorDocumentFaultsLowerTheScoreButKeepAPass() {
        Evaluation e = grade(m -> {
            doc(m, "RECTIFICATION_ORDER").remove("number");
            ((ObjectNode) m.get("violations").get(0)).remove("circumstances");
        });
        assertTrue(e.score() < 100 && e.score() >= 70, String.valueOf(e.score()));
        assertFalse(e.vetoed());
    }

    @Test
    void aStoredResultReadsBack() {
        Evaluation e = grade(m -> removeDocs(m, "PENALTY_NOTICE"));
        Evaluation back = EvaluationJson.fromJson(Json.write(EvaluationJson.toMap(e)), e.caseId(), e.caseNumber(),
                e.modelId());
        assertEquals(e.score(), back.score());
        assertEquals(e.grade(), back.grade());
        assertEquals(e.vetoed(), back.vetoed());
        assertEquals(e.items().size(), back.items().size());
    }
}
