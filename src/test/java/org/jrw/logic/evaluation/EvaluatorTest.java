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
        // 100 less the 4 points of 自由裁量 for fining a first offence corrected in time without saying why
        // 第三十三条第一款's 可以不予处罚 was not used (NO_PENALTY_CANDIDATE, a warning as the contract has it)
        assertEquals(96, e.score(), e.toString());
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
    void oneOfficerIsAVetoEvenWhenTheRestScoresAPass() {
        // regression: one officer, a decision after 90 days and late service graded 70 合格, though
        // 执法人员不得少于两人 (第四十二条) is a veto item of the criteria the form cites
        Evaluation e = grade(m -> {
            ((ArrayNode) m.get("officers")).remove(1);
            ((ObjectNode) m.get("case")).put("filedOn", "2024-01-10");
            doc(m, "FILING_APPROVAL").put("date", "2024-01-10");
            ((ObjectNode) m.get("case")).put("discoveredOn", "2024-01-08");
            ((ObjectNode) m.get("case")).put("violationDate", "2024-01-08");
        });
        assertTrue(e.vetoed(), e.toString());
        assertEquals(Evaluation.Grade.FAIL, e.grade());
        Evaluation.Item veto = e.items().stream().filter(i -> i.id().equals("OFFICER_NOT_QUALIFIED")).findFirst().orElseThrow();
        assertTrue(veto.hit() && veto.reason().contains("少于 2 名"), veto.toString());
        Evaluation.Item procedure = e.items().stream().filter(i -> i.id().equals("PROCEDURE")).findFirst().orElseThrow();
        assertTrue(procedure.deductions().stream().anyMatch(x -> x.code().equals("DECISION_OVERDUE")), procedure.toString());
    }

    @Test
    void aFineBelowTheMinimumWithOnlyMitigatingGroundsIsAVetoNotAnExcellentGrade() {
        // regression: graded 优秀 with 超出法定处罚幅度 未命中 — a unit fined below 第九十七条's 逾期未改正 range
        // (十万元以上) with 按期完成整改 as its only (从轻) ground
        Evaluation e = grade(m -> {
            ObjectNode v = (ObjectNode) m.get("violations").get(0);
            v.put("penaltyProvision", "《中华人民共和国安全生产法》第九十七条第七项");
            ObjectNode c = (ObjectNode) v.get("circumstances");
            c.put("uncorrectedAfterDeadline", true);
            ((ObjectNode) v.get("proposed")).put("fineYuan", 50000);
        });
        Evaluation.Item veto = e.items().stream().filter(i -> i.id().equals("FINE_OVER_STATUTORY_RANGE")).findFirst()
                .orElseThrow();
        assertTrue(veto.hit(), veto.toString());
        assertNotEquals(Messages.get("evaluation.veto.clear"), veto.reason());
        assertEquals(Evaluation.Grade.FAIL, e.grade());
    }

    @Test
    void theEvaluatorIsNeverTheOperatingSystemLogin() {
        String before = System.getProperty("jrw.user");
        System.clearProperty("jrw.user");
        try {
            org.jrw.logic.audit.Actor.setCurrent(null);
            if (System.getenv("JRW_USER") == null) {
                assertTrue(org.jrw.logic.audit.Actor.signedIn().isEmpty());
            }
            org.jrw.logic.audit.Actor.setCurrent(new org.jrw.logic.audit.Actor("李审核", null));
            assertEquals("李审核", org.jrw.logic.audit.Actor.signedIn().orElseThrow());
        } finally {
            org.jrw.logic.audit.Actor.setCurrent(null);
            if (before != null) {
                System.setProperty("jrw.user", before);
            }
        }
    }

    @Test
    void noResearchNotesOrItemCodesOnWhatTheUserReads() {
        Evaluation e = grade(m -> ((ArrayNode) m.get("officers")).remove(1));
        for (Evaluation.Item i : e.items()) {
            for (String text : java.util.List.of(i.name(), i.reason(), i.basis())) {
                assertFalse(text.matches("(?s).*(【知】|D\\d-\\d|https?://|\\.json|\\.md).*"), i.id() + ": " + text);
            }
        }
        assertFalse(EvaluationModel.builtIn().thresholdSource().contains("【知】"));
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
