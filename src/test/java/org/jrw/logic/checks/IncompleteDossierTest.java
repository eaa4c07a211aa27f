package org.jrw.logic.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jrw.codec.DossierCodec;
import org.jrw.model.Finding;
import org.jrw.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dossiers as an intake draft or a half-finished file leaves them — a violation without its party,
 * circumstances or proposal, documents without dates, officers without certificates, blank
 * identifiers, files missing from the vault: every check still answers, with the finding the gap
 * deserves and no finding the gap does not support.
 */
class IncompleteDossierTest {
    private static final FileVerifier ALL_GOOD = (sha, file) -> Optional.of(true);
    private static final LegalityChecker CHECKER = new LegalityChecker();

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
    }

    private static List<Finding> run(Consumer<ObjectNode> change) {
        return run(change, ALL_GOOD);
    }

    private static List<Finding> run(Consumer<ObjectNode> change, FileVerifier files) {
        ObjectNode m = LegalityCheckerTest.demo();
        change.accept(m);
        return CHECKER.check(DossierCodec.read(m), files);
    }

    private static List<Finding> of(List<Finding> fs, String code) {
        return fs.stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void aFineOnAViolationWithoutItsPartyIsStillMeasuredAgainstTheLaw() {
        List<Finding> fs = run(m -> {
            LegalityCheckerTest.violation(m).remove("partyId");
            ((ObjectNode) LegalityCheckerTest.violation(m).get("proposed")).put("fineYuan", 900000);
        });
        List<Finding> above = of(fs, "FINE_ABOVE_STATUTORY_MAX");
        assertThat(above).as(fs.toString()).hasSize(1);
        assertThat(above.get(0).refs()).containsExactly("v1");
        assertThat(above.get(0).message()).contains("900000");
    }

    @Test
    void aViolationWithoutCircumstancesOrProposalHasNoDiscretionFinding() {
        List<Finding> fs = run(m -> {
            LegalityCheckerTest.violation(m).remove("circumstances");
            LegalityCheckerTest.violation(m).remove("proposed");
        });
        assertThat(of(fs, "FINE_ABOVE_STATUTORY_MAX")).isEmpty();
        assertThat(of(fs, "FINE_BELOW_STATUTORY_MIN")).isEmpty();
        assertThat(of(fs, "NO_PENALTY_CANDIDATE")).as("nothing proposed, nothing to forgo").isEmpty();
        assertThat(fs).noneMatch(f -> f.severity() == Severity.ERROR && f.category().equals(Findings.DISCRETION));
    }

    @Test
    void aViolationWithoutItsPenaltyProvisionSaysTheProvisionIsNotWritten() {
        List<Finding> fs = run(m -> LegalityCheckerTest.violation(m).remove("penaltyProvision"));
        List<Finding> nf = of(fs, "PROVISION_NOT_FOUND");
        assertThat(nf).as(fs.toString()).hasSize(1);
        assertThat(nf.get(0).message()).endsWith("未写明");
        assertThat(nf.get(0).refs()).contains("v1");
        List<Finding> garbled = of(run(m -> LegalityCheckerTest.violation(m).put("penaltyProvision", "依照有关规定")),
                "PROVISION_NOT_FOUND");
        assertThat(garbled).hasSize(1);
        assertThat(garbled.get(0).message()).contains("依照有关规定", "无法识别为条文引用");
    }

    @Test
    void officersWithoutNameOrCertificateDoNotCountTwice() {
        List<Finding> fs = run(m -> {
            ArrayNode officers = (ArrayNode) m.get("officers");
            ((ObjectNode) officers.get(1)).put("certificateNo", " ");
            officers.addObject().put("name", "钱某").put("certificateNo", "61010024017"); // the first officer's number again
            officers.addObject().put("name", " ").put("certificateNo", "61010024099");
        });
        List<Finding> o = of(fs, "OFFICERS_INSUFFICIENT");
        assertThat(o).as(fs.toString()).hasSize(1);
        assertThat(o.get(0).message()).contains("只有 1 名");
        assertThat(of(run(m -> { }), "OFFICERS_INSUFFICIENT")).isEmpty();
    }

    @Test
    void blankIdentifiersAreNotCheckedAndAnonymisedOnesAreNotFaults() {
        List<Finding> fs = run(m -> {
            ((ObjectNode) m.get("parties").get(0)).put("creditCode", " ");
            ((ObjectNode) m.get("parties").get(1)).put("idNumber", "");
        });
        assertThat(of(fs, "PARTY_CREDIT_CODE_INVALID")).isEmpty();
        assertThat(of(fs, "PARTY_ID_NUMBER_INVALID")).isEmpty();
        List<Finding> wrong = run(m -> ((ObjectNode) m.get("parties").get(0)).put("creditCode", "91610112MA6U7R2K3X"));
        assertThat(of(wrong, "PARTY_CREDIT_CODE_INVALID")).hasSize(1);
    }

    @Test
    void aFileMissingFromTheVaultIsReportedAsMissingNotAsAltered() {
        FileVerifier d01Missing = (sha, file) -> file.contains("01-现场检查记录") ? Optional.empty() : Optional.of(true);
        List<Finding> fs = of(run(m -> { }, d01Missing), "EVIDENCE_HASH_MISMATCH");
        // the document and the evidence item that share the file
        assertThat(fs).extracting(Finding::refs).containsExactly(List.of("d01"), List.of("e08"));
        assertThat(fs).allSatisfy(f -> assertThat(f.message()).contains("缺失"));
        FileVerifier altered = (sha, file) -> Optional.of(!file.contains("01-现场检查记录"));
        List<Finding> alt = of(run(m -> { }, altered), "EVIDENCE_HASH_MISMATCH");
        assertThat(alt).hasSize(2);
        assertThat(alt).allSatisfy(f -> assertThat(f.message()).contains("可能已被改动"));
        // an item without a recorded hash or file has nothing to verify
        List<Finding> none = of(run(m -> {
            LegalityCheckerTest.doc(m, "d01").remove("sha256");
            LegalityCheckerTest.doc(m, "d02").put("file", "");
        }, (sha, file) -> Optional.of(false)), "EVIDENCE_HASH_MISMATCH");
        assertThat(none).extracting(f -> f.refs().get(0)).doesNotContain("d01", "d02").contains("d03");
        // without a vault to compare with, no finding at all
        assertThat(of(CHECKER.check(DossierCodec.read(LegalityCheckerTest.demo()), null), "EVIDENCE_HASH_MISMATCH")).isEmpty();
    }

    @Test
    void undatedDocumentsAreNotPutInOrder() {
        List<Finding> fs = run(m -> {
            for (var d : m.get("documents")) {
                ((ObjectNode) d).remove("date");
                ((ObjectNode) d).remove("deliveredOn");
            }
            ((ObjectNode) m.get("case")).remove("violationDate");
        });
        assertThat(of(fs, "DATE_ORDER_INVALID")).isEmpty();
        assertThat(of(fs, "STATEMENT_PERIOD_TOO_SHORT")).isEmpty();
        assertThat(of(fs, "DELIVERY_LATE")).isEmpty();
        assertThat(of(fs, "DECISION_OVERDUE")).isEmpty();
        assertThat(of(fs, "LEGAL_REVIEW_MISSING")).isEmpty();
        assertThat(of(fs, "COLLECTIVE_DISCUSSION_MISSING")).isEmpty();
    }

    @Test
    void aCaseWithoutCaseInformationIsCheckedWithoutDates() {
        List<Finding> fs = run(m -> m.remove("case"));
        assertThat(of(fs, "DATE_ORDER_INVALID")).as(fs.toString())
                .allSatisfy(f -> assertThat(f.message()).doesNotContain("null"));
        assertThat(of(fs, "LIMITATION_EXPIRED")).isEmpty();
        assertThat(fs).allSatisfy(f -> assertThat(f.message()).doesNotContain("null"));
    }

    @Test
    void paymentAndEnforcementBeforeTheDecisionAndRecordsBeforeTheNoticeAreOutOfOrder() {
        List<Finding> fs = of(run(m -> {
            LegalityCheckerTest.doc(m, "d15").put("date", "2024-04-15");
            LegalityCheckerTest.doc(m, "d11").put("date", "2024-04-10");
        }), "DATE_ORDER_INVALID");
        assertThat(fs).extracting(Finding::refs).as(fs.toString())
                .contains(List.of("d15", "d12"), List.of("d11", "d10"));
        assertThat(fs).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        // a continuing act recorded as ending before it began
        List<Finding> ended = of(run(m -> LegalityCheckerTest.violation(m).put("endedOn", "2024-03-01")),
                "DATE_ORDER_INVALID");
        assertThat(ended).extracting(Finding::refs).contains(List.of("v1"));
    }

    @Test
    void aConfiscationRaisedAfterTheNoticeIsAnIncrease() {
        List<Finding> fs = of(run(m -> {
            ((ObjectNode) LegalityCheckerTest.doc(m, "d10").get("states")).put("confiscationYuan", 1000);
            ((ObjectNode) LegalityCheckerTest.doc(m, "d12").get("states")).put("confiscationYuan", 5000);
        }), "PENALTY_INCREASED_AFTER_NOTICE");
        assertThat(fs).hasSize(1);
        assertThat(fs.get(0).message()).isEqualTo("决定书的没收金额（5000 元）高于告知书（1000 元）");
        assertThat(fs.get(0).refs()).containsExactly("d10", "d12");
        assertThat(of(run(m -> ((ObjectNode) LegalityCheckerTest.doc(m, "d12").get("states")).put("confiscationYuan", 5000)),
                "PENALTY_INCREASED_AFTER_NOTICE")).as("the notice states none").isEmpty();
    }

    @Test
    void categoriesAreShownInTheInterfaceLanguageAndUnknownOnesAsStored() {
        assertThat(CheckCategories.messageKey("程序")).isEqualTo("ux.checks.category.procedure");
        assertThat(CheckCategories.messageKey("归档")).isEqualTo("ux.checks.category.archive");
        assertThat(CheckCategories.messageKey("其他")).isNull();
        assertThat(CheckCategories.messageKey(null)).isNull();
        assertThat(CheckCategories.label("主体")).isEqualTo("主体");
        assertThat(CheckCategories.label("杂项")).isEqualTo("杂项");
    }
}
