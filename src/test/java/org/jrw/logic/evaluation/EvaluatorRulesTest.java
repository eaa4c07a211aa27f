package org.jrw.logic.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jrw.logic.evaluation.EvaluatorTest.doc;
import static org.jrw.logic.evaluation.EvaluatorTest.grade;
import static org.jrw.logic.evaluation.EvaluatorTest.removeDocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.logic.jurisdiction.Region;
import org.jrw.model.Finding;
import org.jrw.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each veto rule and each scoring rule of the evaluation model, on the demo file with one fault
 * put in: the item hit, the reason the evaluator reads, the deduction capped as the model says;
 * and a model for another place never passed off as the standard here.
 */
class EvaluatorRulesTest {
    @BeforeAll
    static void load() throws Exception {
        EvaluatorTest.readDemo();
    }

    private static Evaluation.Item item(Evaluation e, String id) {
        return e.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private static ObjectNode caseInfo(ObjectNode m) {
        return (ObjectNode) m.get("case");
    }

    private static ObjectNode violation(ObjectNode m) {
        return (ObjectNode) m.get("violations").get(0);
    }

    @Test
    void theCleanDemoFileHitsNoVetoRule() {
        Evaluation e = grade(m -> { });
        for (String id : List.of("WRONG_ENFORCEMENT_BODY", "OFFICER_NOT_QUALIFIED", "PARTY_NOT_IDENTIFIED",
                "NO_LEGAL_BASIS", "NO_PENALTY_NOTICE", "PROCEDURE_INVERTED")) {
            assertThat(item(e, id).hit()).as(id).isFalse();
            assertThat(item(e, id).reason()).isEqualTo(Messages.get("evaluation.veto.clear"));
        }
    }

    @Test
    void aFileWithoutItsAgencyOrWithAnOfficerWithoutCertificateIsVetoed() {
        Evaluation noAgency = grade(m -> caseInfo(m).remove("agency"));
        assertThat(item(noAgency, "WRONG_ENFORCEMENT_BODY").reason()).isEqualTo(Messages.get("evaluation.rule.agencyMissing"));
        assertThat(noAgency.grade()).isEqualTo(Evaluation.Grade.FAIL);
        assertThat(noAgency.score()).isZero();

        Evaluation noCert = grade(m -> ((ObjectNode) m.get("officers").get(1)).remove("certificateNo"));
        assertThat(item(noCert, "OFFICER_NOT_QUALIFIED").hit()).isTrue();
        assertThat(item(noCert, "OFFICER_NOT_QUALIFIED").reason()).contains("赵某").contains("没有执法证件号");

        Evaluation none = grade(m -> ((ArrayNode) m.get("officers")).removeAll());
        assertThat(item(none, "OFFICER_NOT_QUALIFIED").reason()).contains(Messages.get("evaluation.rule.noOfficers"));
    }

    @Test
    void aPartyThatCannotBeIdentifiedIsAVeto() {
        Evaluation unknown = grade(m -> violation(m).put("partyId", "p9"));
        Evaluation.Item veto = item(unknown, "PARTY_NOT_IDENTIFIED");
        assertThat(veto.hit()).isTrue();
        assertThat(veto.reason()).isEqualTo(Messages.get("evaluation.rule.partyUnknown", "第1项违法行为"));
        assertThat(veto.refs()).containsExactly("v1");

        Evaluation noCode = grade(m -> ((ObjectNode) m.get("parties").get(0)).remove("creditCode"));
        assertThat(item(noCode, "PARTY_NOT_IDENTIFIED").reason()).contains("西安某某精工机械有限公司");
        assertThat(item(noCode, "PARTY_NOT_IDENTIFIED").refs()).containsExactly("p1");

        // a person is identified by the ID number, not a credit code
        Evaluation person = grade(m -> {
            violation(m).put("partyId", "p2");
            ((ObjectNode) m.get("parties").get(1)).remove("idNumber");
        });
        assertThat(item(person, "PARTY_NOT_IDENTIFIED").reason()).contains("张某华");
        assertThat(item(grade(m -> violation(m).put("partyId", "p2")), "PARTY_NOT_IDENTIFIED").hit()).isFalse();
    }

    @Test
    void aDecidedCaseWithoutViolationOrViolatedProvisionHasNoLegalBasis() {
        Evaluation noProvision = grade(m -> violation(m).remove("violatedProvision"));
        assertThat(item(noProvision, "NO_LEGAL_BASIS").reason())
                .isEqualTo(Messages.get("evaluation.rule.noViolatedProvision", "第1项违法行为"));

        Evaluation noViolation = grade(m -> ((ArrayNode) m.get("violations")).removeAll());
        assertThat(item(noViolation, "NO_LEGAL_BASIS").reason()).contains(Messages.get("evaluation.rule.noViolation"));
    }

    @Test
    void aDecisionWithoutFilingOrBeforeItIsProcedureInverted() {
        Evaluation notFiled = grade(m -> {
            caseInfo(m).remove("filedOn");
            removeDocs(m, "FILING_APPROVAL");
        });
        assertThat(item(notFiled, "PROCEDURE_INVERTED").reason()).isEqualTo(Messages.get("evaluation.rule.notFiled"));

        // a filing approval without a filing date in the case details is filed
        assertThat(item(grade(m -> caseInfo(m).remove("filedOn")), "PROCEDURE_INVERTED").hit()).isFalse();

        Evaluation inverted = grade(m -> caseInfo(m).put("filedOn", "2024-04-20"));
        Evaluation.Item veto = item(inverted, "PROCEDURE_INVERTED");
        assertThat(veto.reason()).contains("2024-04-16").contains("2024-04-20");
        assertThat(veto.refs()).containsExactly("d12");
    }

    @Test
    void aCaseNotYetDecidedNeedsNoNoticeAndNoFilingYet() {
        Evaluation tentative = grade(m -> {
            caseInfo(m).put("status", "拟作出处罚决定");
            removeDocs(m, "PENALTY_DECISION");
            removeDocs(m, "PENALTY_NOTICE");
            caseInfo(m).remove("filedOn");
            removeDocs(m, "FILING_APPROVAL");
        });
        assertThat(item(tentative, "NO_PENALTY_NOTICE").hit()).isFalse();
        assertThat(item(tentative, "PROCEDURE_INVERTED").hit()).isFalse();
        // a status past the decision counts as decided even when the decision document is missing
        Evaluation served = grade(m -> {
            caseInfo(m).put("status", "已送达");
            removeDocs(m, "PENALTY_DECISION");
            removeDocs(m, "PENALTY_NOTICE");
        });
        assertThat(item(served, "NO_PENALTY_NOTICE").hit()).isTrue();
        assertThat(item(served, "NO_PENALTY_NOTICE").refs()).isEmpty();
    }

    @Test
    void briefFactsAndASingleKindOfEvidenceAreDeductedFromTheFacts() {
        Evaluation clean = grade(m -> { });
        Evaluation brief = grade(m -> violation(m).put("facts", "使用无证焊工"));
        Evaluation.Item facts = item(brief, "FACTS");
        assertThat(facts.deductions()).extracting(Evaluation.Deduction::code).contains("FACTS_TOO_BRIEF");
        assertThat(facts.reason()).contains("少于20字");
        assertThat(facts.points()).isEqualTo(item(clean, "FACTS").points() - 5);

        Evaluation single = grade(m -> m.get("evidence").forEach(e -> ((ObjectNode) e).put("type", "书证")));
        assertThat(item(single, "FACTS").deductions()).extracting(Evaluation.Deduction::code)
                .contains("SINGLE_KIND_EVIDENCE");
        assertThat(item(single, "FACTS").reason()).contains("只有1种");
    }

    @Test
    void documentFaultsAreDeductedOnePerDocumentUpToTheCap() {
        Evaluation clean = grade(m -> { });
        // six served documents without a number: 1 point each, capped at 4
        Evaluation unnumbered = grade(m -> m.get("documents").forEach(d -> ((ObjectNode) d).remove("number")));
        List<Evaluation.Deduction> numbers = item(unnumbered, "DOCUMENTS").deductions().stream()
                .filter(x -> x.code().equals("SERVED_WITHOUT_NUMBER")).toList();
        assertThat(numbers.size()).isGreaterThan(4);
        assertThat(numbers.stream().mapToInt(Evaluation.Deduction::points).sum()).isEqualTo(4);
        assertThat(numbers).extracting(Evaluation.Deduction::points).endsWith(0);

        // a served document without a delivery date counts as delivered when a receipt names it
        Evaluation undelivered = grade(m -> doc(m, "RECTIFICATION_ORDER").remove("deliveredOn"));
        assertThat(item(undelivered, "DOCUMENTS").reason()).contains(Messages.get("evaluation.rule.servedWithoutDelivery",
                doc(EvaluatorTestAccess.demo(), "RECTIFICATION_ORDER").path("title").asText()));
        Evaluation receipted = grade(m -> {
            doc(m, "RECTIFICATION_ORDER").remove("deliveredOn");
            ObjectNode r = doc(m, "DELIVERY_RECEIPT");
            ObjectNode states = r.has("states") ? (ObjectNode) r.get("states") : r.putObject("states");
            states.put("servedDocument", "d02");
        });
        assertThat(item(receipted, "DOCUMENTS").points()).isEqualTo(item(clean, "DOCUMENTS").points());

        Evaluation undated = grade(m -> doc(m, "INQUIRY_NOTICE").remove("date"));
        assertThat(item(undated, "DOCUMENTS").deductions()).extracting(Evaluation.Deduction::code)
                .contains("DOCUMENT_WITHOUT_DATE");
    }

    @Test
    void aClosedCaseNeedsAClosingDateAndAFineNeedsItsCircumstances() {
        Evaluation undated = grade(m -> {
            caseInfo(m).remove("closedOn");
            doc(m, "CLOSING_APPROVAL").remove("date");
        });
        assertThat(item(undated, "ARCHIVE").deductions()).extracting(Evaluation.Deduction::code)
                .contains("CLOSED_WITHOUT_DATE");
        // the closing approval's date is enough
        assertThat(item(grade(m -> caseInfo(m).remove("closedOn")), "ARCHIVE").deductions())
                .extracting(Evaluation.Deduction::code).doesNotContain("CLOSED_WITHOUT_DATE");
        // a case still to be archived has no closing date to give
        assertThat(item(grade(m -> {
            caseInfo(m).remove("closedOn");
            caseInfo(m).put("status", "待结案");
            doc(m, "CLOSING_APPROVAL").remove("date");
        }), "ARCHIVE").deductions()).extracting(Evaluation.Deduction::code).doesNotContain("CLOSED_WITHOUT_DATE");

        Evaluation bare = grade(m -> violation(m).putObject("circumstances"));
        assertThat(item(bare, "DISCRETION").deductions()).extracting(Evaluation.Deduction::code)
                .contains("NO_CIRCUMSTANCES");
        // no fine, nothing to justify
        Evaluation noFine = grade(m -> {
            violation(m).putObject("circumstances");
            ((ObjectNode) violation(m).get("proposed")).put("fineYuan", 0);
        });
        assertThat(item(noFine, "DISCRETION").deductions()).extracting(Evaluation.Deduction::code)
                .doesNotContain("NO_CIRCUMSTANCES");
    }

    private static EvaluationModel custom(java.util.function.Consumer<ObjectNode> change) {
        ObjectNode root = EvaluationModel.builtIn().json().deepCopy();
        change.accept(root);
        return new EvaluationModel(root);
    }

    @Test
    void anInfoFindingNeverVetoesOrDeductsAndAnErrorKeepsTheFileFromExcellent() {
        Evaluation clean = grade(m -> { });
        org.jrw.model.Dossier d = org.jrw.codec.DossierCodec.read(EvaluatorTestAccess.demo());
        Evaluator ev = new Evaluator();
        Finding info = new Finding("LIMITATION_EXPIRED", Severity.INFO, "时效", "提示", "依据", List.of());
        Evaluation withInfo = ev.evaluate(d, List.of(info));
        assertThat(item(withInfo, "LIMITATION_EXPIRED").hit()).isFalse();
        Finding error = new Finding("LIMITATION_EXPIRED", Severity.ERROR, "时效", "已超过行政处罚追责时效", "依据", List.of("v1"));
        Evaluation vetoed = ev.evaluate(d, List.of(error));
        assertThat(item(vetoed, "LIMITATION_EXPIRED").reason()).isEqualTo("已超过行政处罚追责时效");
        assertThat(item(vetoed, "LIMITATION_EXPIRED").refs()).containsExactly("v1");
        assertThat(vetoed.grade()).isEqualTo(Evaluation.Grade.FAIL);
        assertThat(clean.grade()).isEqualTo(Evaluation.Grade.EXCELLENT);

        // a model that allows an excellent grade despite an error finding
        EvaluationModel lenient = custom(r -> ((ObjectNode) r.get("thresholds")).put("excellentRequiresNoError", false));
        Finding other = new Finding("SOME_ERROR", Severity.ERROR, "其他", "某项错误", "依据", List.of());
        assertThat(new Evaluator(lenient).evaluate(d, List.of()).grade()).isEqualTo(Evaluation.Grade.EXCELLENT);
        assertThat(new Evaluator(EvaluationModel.builtIn()).evaluate(d, List.of(other)).grade())
                .isEqualTo(Evaluation.Grade.PASS);
        assertThat(new Evaluator(lenient).evaluate(d, List.of(other)).grade()).isEqualTo(Evaluation.Grade.EXCELLENT);
    }

    @Test
    void unknownRulesInACustomModelAreIgnoredNotFatal() {
        EvaluationModel odd = custom(r -> {
            ((ObjectNode) r.get("vetoes").get(0)).put("rule", "noSuchRule");
            ((ObjectNode) r.get("ruleDeductions").get(0)).put("rule", "noSuchRule");
            ((ObjectNode) r.get("ruleDeductions").get(1)).put("item", "NO_SUCH_ITEM");
        });
        org.jrw.model.Dossier d = org.jrw.codec.DossierCodec.read(grade0(m -> {
            caseInfo(m).remove("agency");
            violation(m).put("facts", "短");
        }));
        Evaluation e = new Evaluator(odd).evaluate(d, List.of());
        assertThat(item(e, "WRONG_ENFORCEMENT_BODY").hit()).isFalse();
        assertThat(item(e, "FACTS").deductions()).isEmpty();
    }

    private static ObjectNode grade0(java.util.function.Consumer<ObjectNode> change) {
        ObjectNode m = EvaluatorTestAccess.demo().deepCopy();
        change.accept(m);
        return m;
    }

    @Test
    void theBuiltInModelIsAnExampleAndIsNoStandardForXian() throws Exception {
        Region xian = Region.parse("陕西省西安市雁塔区");
        assertThat(EvaluationModel.builtIn().example()).isTrue();
        assertThat(EvaluationModel.builtIn().appliesTo(xian)).isFalse();
        JsonNode base = EvaluationModel.builtIn().json();
        EvaluationModel shaanxi = custom(r -> {
            r.put("example", false);
            r.put("jurisdiction", "甘肃省、陕西省");
        });
        assertThat(shaanxi.appliesTo(xian)).isTrue();
        assertThat(shaanxi.appliesTo(Region.parse("河南省郑州市"))).isFalse();
        assertThat(shaanxi.appliesTo(null)).isFalse();
        EvaluationModel nowhere = custom(r -> {
            r.put("example", false);
            r.remove("jurisdiction");
        });
        assertThat(nowhere.appliesTo(xian)).isFalse();
        EvaluationModel zhejiang = custom(r -> {
            r.put("example", false);
            r.put("jurisdiction", "浙江省");
        });
        assertThat(zhejiang.appliesTo(xian)).isFalse();
        assertThat(Json.write(base)).isEqualTo(Json.write(EvaluationModel.builtIn().json()));
    }

    @Test
    void aMissingArchiveDocumentIsDeductedFromTheArchiveAndAnyOtherFromTheProcedure() {
        org.jrw.model.Dossier d = org.jrw.codec.DossierCodec.read(EvaluatorTestAccess.demo());
        Evaluator ev = new Evaluator();
        String closing = org.jrw.model.DocumentType.CLOSING_APPROVAL.labelZh();
        Finding archive = new Finding("REQUIRED_DOCUMENT_MISSING", Severity.WARNING, "程序", "案卷缺少" + closing, "依据",
                List.of());
        Evaluation a = ev.evaluate(d, List.of(archive));
        assertThat(item(a, "ARCHIVE").deductions()).extracting(Evaluation.Deduction::points).containsExactly(3);
        assertThat(item(a, "PROCEDURE").deductions()).isEmpty();
        Finding procedure = new Finding("REQUIRED_DOCUMENT_MISSING", Severity.WARNING, "程序", "案卷缺少法制审核意见书", "依据",
                List.of());
        Evaluation p = ev.evaluate(d, List.of(procedure));
        assertThat(item(p, "PROCEDURE").deductions()).extracting(Evaluation.Deduction::points).containsExactly(5);
        assertThat(item(p, "PROCEDURE").reason()).contains("案卷缺少法制审核意见书");
        // a finding the model does not score, or a remark, takes nothing
        Evaluation none = ev.evaluate(d, List.of(new Finding("UNSCORED", Severity.ERROR, "其他", "x", "y", List.of()),
                new Finding("REQUIRED_DOCUMENT_MISSING", Severity.INFO, "程序", "提示", "依据", List.of())));
        assertThat(none.scoringItems()).allSatisfy(i -> assertThat(i.deductions()).isEmpty());
    }

    @Test
    void aStatusPastTheDecisionIsDecidedATentativeOneIsNotAndOnlyAClosedCaseIsClosed() {
        for (String decided : List.of("已作出处罚决定", "已送达", "执行中", "已结案", "已归档")) {
            org.jrw.model.Dossier d = org.jrw.codec.DossierCodec.read(grade0(m -> {
                caseInfo(m).put("status", decided);
                removeDocs(m, "PENALTY_DECISION");
            }));
            assertThat(Evaluator.decided(d)).as(decided).isTrue();
        }
        for (String open : List.of("拟作出处罚决定", "待送达", "调查中", "")) {
            org.jrw.model.Dossier d = org.jrw.codec.DossierCodec.read(grade0(m -> {
                caseInfo(m).put("status", open);
                removeDocs(m, "PENALTY_DECISION");
            }));
            assertThat(Evaluator.decided(d)).as(open).isFalse();
            assertThat(Evaluator.closed(d)).as(open).isFalse();
        }
        assertThat(Evaluator.closed(org.jrw.codec.DossierCodec.read(grade0(m -> caseInfo(m).put("status", "已归档"))))).isTrue();
        assertThat(Evaluator.closed(org.jrw.codec.DossierCodec.read(grade0(m -> caseInfo(m).put("status", "待结案"))))).isFalse();
        assertThat(Evaluator.closed(org.jrw.codec.DossierCodec.read(grade0(m -> caseInfo(m).remove("status"))))).isFalse();
    }
}
