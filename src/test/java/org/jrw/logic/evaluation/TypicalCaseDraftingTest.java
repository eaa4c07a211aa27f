package org.jrw.logic.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.jrw.codec.DossierCodec;
import org.jrw.i18n.Messages;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.law.LawLibrary;
import org.jrw.model.Dossier;
import org.jrw.model.Finding;
import org.jrw.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A typical case drafted from files that are not the complete demo, and the qualification
 * pre-check that keeps an incomplete or out-of-scope case from being reported.
 */
class TypicalCaseDraftingTest {
    private static final TypicalCaseDrafter DRAFTER = new TypicalCaseDrafter();
    private static final CitationResolver RESOLVER = new CitationResolver(LawLibrary.builtIn());

    @BeforeAll
    static void zh() {
        Messages.setLanguage("zh");
    }

    private static Dossier dossier(Consumer<ObjectNode> change) {
        ObjectNode m = EvaluatorTestAccess.demo();
        change.accept(m);
        return DossierCodec.read(m);
    }

    private static ObjectNode violation(ObjectNode m) {
        return (ObjectNode) m.get("violations").get(0);
    }

    /** A draft with the two fields the officer must write filled in. */
    private static TypicalCase complete(Dossier d) {
        return DRAFTER.draft(d).with("discretionBasis", "依据本局现行行政处罚裁量基准第十二项（1万元至3万元档）。")
                .with("analysis", "本案的难点在于区分违法条款与罚则。");
    }

    private static List<String> failing(Dossier d, List<Finding> findings) {
        return Qualification.run(complete(d), d, findings, RESOLVER).stream().filter(c -> !c.passed())
                .map(Qualification.Check::id).toList();
    }

    private static Qualification.Check check(Dossier d, String id) {
        return Qualification.run(complete(d), d, List.of(), RESOLVER).stream().filter(c -> c.id().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void theCompleteDemoQualifiesOnceTheOfficersFieldsAreWritten() {
        Dossier d = dossier(m -> { });
        assertThat(failing(d, List.of())).isEmpty();
        TypicalCase t = DRAFTER.draft(d);
        assertThat(t.gist()).contains("规定，").contains("本案处罚款2万元").contains("考虑当事人初次违法且及时改正");
        assertThat(t.result()).contains("处罚款人民币2万元", "案件已结案。");
        assertThat(t.keywords()).contains("特种作业人员持证上岗", "工贸", "行政处罚");
        assertThat(t.analysis()).isEmpty();
    }

    @Test
    void aMissingProcedureStepIsNamedInTheOrderOfTheProcedure() {
        Dossier d = dossier(m -> {
            for (String type : List.of("FILING_APPROVAL", "PAYMENT_RECEIPT", "CLOSING_APPROVAL", "DELIVERY_RECEIPT")) {
                EvaluatorTest.removeDocs(m, type);
            }
            EvaluatorTest.doc(m, "PENALTY_DECISION").remove("deliveredOn");
        });
        assertThat(check(d, "procedure").passed()).isFalse();
        assertThat(check(d, "procedure").detail()).isEqualTo("缺少：立案、送达、执行、结案");
        // the decision's own delivery date is service enough
        Dossier served = dossier(m -> EvaluatorTest.removeDocs(m, "DELIVERY_RECEIPT"));
        assertThat(check(served, "procedure").passed()).isTrue();
        // paid but not closed: the result says so
        Dossier open = dossier(m -> EvaluatorTest.removeDocs(m, "CLOSING_APPROVAL"));
        assertThat(DRAFTER.draft(open).result()).endsWith("案件待结案。");
    }

    @Test
    void aCaseBeforeTheScopeOrWithErrorsOrWithoutViolationDoesNotQualify() {
        Dossier old = dossier(m -> ((ObjectNode) m.get("case")).put("filedOn", "2020-12-31"));
        assertThat(check(old, "period").passed()).isFalse();
        assertThat(check(old, "period").detail()).contains("2020-12-31");
        Dossier discovered = dossier(m -> {
            ((ObjectNode) m.get("case")).remove("filedOn");
            ((ObjectNode) m.get("case")).put("discoveredOn", "2021-01-01");
        });
        assertThat(check(discovered, "period").passed()).isTrue();

        Dossier d = dossier(m -> { });
        Finding err = new Finding("LIMITATION_EXPIRED", Severity.ERROR, "时效", "超过时效", "依据", List.of());
        Finding warn = new Finding("NO_PENALTY_CANDIDATE", Severity.WARNING, "裁量", "可以不予处罚", "依据", List.of());
        List<Qualification.Check> checks = Qualification.run(complete(d), d, List.of(err, err, warn), RESOLVER);
        assertThat(checks.stream().filter(c -> c.id().equals("findings")).findFirst().orElseThrow().detail())
                .isEqualTo("有1项错误：超过时效"); // the finding's message, never its internal code
        assertThat(Qualification.passed(checks)).isFalse();

        Dossier none = dossier(m -> ((ArrayNode) m.get("violations")).removeAll());
        TypicalCase t = DRAFTER.draft(none);
        assertThat(t.gist()).isEmpty();
        assertThat(t.violationBasis()).isEmpty();
        assertThat(t.discretionBasis()).isEmpty();
        assertThat(check(none, "provisions").detail()).contains("无违法行为");
    }

    @Test
    void aProvisionTheLibraryCannotReadIsCitedAsWrittenAndLeavesTheGistEmpty() {
        Dossier d = dossier(m -> violation(m).put("penaltyProvision", "《某省安全生产条例》第八十八条"));
        TypicalCase t = DRAFTER.draft(d);
        assertThat(t.gist()).isEmpty();
        assertThat(t.penaltyBasis()).contains("某省安全生产条例").doesNotContain("：“");
        assertThat(check(d, "provisions").detail()).contains("《某省安全生产条例》第八十八条");
        Dossier missing = dossier(m -> violation(m).remove("violatedProvision"));
        assertThat(check(missing, "provisions").detail()).contains("第1项违法行为的违法依据（未载明）").doesNotContain("v1");
    }

    @Test
    void aPersonIsTheOffenderAConfiscationIsAPenaltyAndAnUnnamedSourceIsAnInspection() {
        Dossier d = dossier(m -> {
            violation(m).put("partyId", "p2");
            ((ObjectNode) violation(m).get("proposed")).put("confiscationYuan", 15000);
            ((ObjectNode) violation(m).get("circumstances")).put("firstOffence", false).put("correctedInTime", false);
            ((ObjectNode) m.get("case")).remove("source");
        });
        TypicalCase t = DRAFTER.draft(d);
        assertThat(t.gist()).contains("当事人违反该规定的").doesNotContain("生产经营单位违反", "从轻处罚");
        assertThat(t.result()).contains("对张某华处罚款人民币2万元，没收违法所得人民币15000元");
        assertThat(t.facts()).contains("执法人员在执法检查中对张某华进行检查");
        assertThat(TypicalCaseDrafter.yuan(20000)).isEqualTo("2万元");
        assertThat(TypicalCaseDrafter.yuan(15000)).isEqualTo("15000元");
        assertThat(TypicalCaseDrafter.yuan(5000)).isEqualTo("5000元");
    }
}
