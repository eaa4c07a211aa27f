package org.jrw.logic.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

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
 * What the typical-case draft and its pre-check say to the officer: one citation form, the party as the
 * case names it, no internal finding codes, no claim about an empty 裁量依据.
 */
class TypicalCaseWordingTest {
    private static final TypicalCaseDrafter DRAFTER = new TypicalCaseDrafter();
    private static final CitationResolver RESOLVER = new CitationResolver(LawLibrary.builtIn());

    @BeforeAll
    static void zh() {
        Messages.setLanguage("zh");
    }

    private static Dossier dossier(Consumer<ObjectNode> change) {
        ObjectNode m = EvaluatorTestAccess.demo().deepCopy();
        change.accept(m);
        return DossierCodec.read(m);
    }

    private static Qualification.Check check(TypicalCase t, Dossier d, List<Finding> findings, String id) {
        return Qualification.run(t, d, findings, RESOLVER).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void keywordsCiteThePenaltyProvisionAsTheGistDoes() {
        TypicalCase t = DRAFTER.draft(dossier(m -> { }));
        assertThat(t.keywords()).contains("《中华人民共和国安全生产法》第九十七条第七项").doesNotContain("（七）");
        assertThat(t.gist()).contains("第九十七条第七项");
    }

    @Test
    void aPartyWithoutNameIsCalledTheParty() {
        Dossier d = dossier(m -> ((ObjectNode) m.get("parties").get(0)).remove("name"));
        TypicalCase t = DRAFTER.draft(d);
        assertThat(t.title() + t.facts() + t.result()).doesNotContain("null").contains("当事人");
    }

    @Test
    void aPersonIsNotCalledTheCompanyInTheFacts() {
        Dossier d = dossier(m -> {
            ObjectNode p = (ObjectNode) m.get("parties").get(0);
            p.put("kind", "person");
            p.put("name", "刘某");
            p.put("idNumber", "610112197205142739");
            p.remove("creditCode");
        });
        TypicalCase t = DRAFTER.draft(d);
        // the sentences the draft writes itself (the facts quoted from the case keep their own words)
        assertThat(t.facts()).contains("对刘某涉嫌违法行为立案调查", "执法人员复查，刘某已按期完成整改")
                .doesNotContain("对该公司涉嫌", "复查，该公司");
        // a unit keeps 该公司
        assertThat(DRAFTER.draft(dossier(m -> { })).facts()).contains("对该公司涉嫌违法行为立案调查");
    }

    @Test
    void errorFindingsAreNamedByTheirMessagesNotTheirCodes() {
        Dossier d = dossier(m -> { });
        Finding f = new Finding("OFFICERS_INSUFFICIENT", Severity.ERROR, "程序", "持有执法证件的执法人员只有 1 名，少于 2 名",
                "《中华人民共和国行政处罚法》第四十二条", List.of());
        Qualification.Check c = check(DRAFTER.draft(d), d, List.of(f), "findings");
        assertThat(c.passed()).isFalse();
        assertThat(c.detail()).contains("执法人员只有 1 名").doesNotContain("OFFICERS_INSUFFICIENT");
    }

    @Test
    void theBenchmarkCheckClaimsNothingAboutAnEmptyDiscretionBasis() {
        Dossier d = dossier(m -> { });
        TypicalCase t = DRAFTER.draft(d);
        assertThat(t.discretionBasis()).isEmpty();
        Qualification.Check c = check(t, d, List.of(), "benchmark");
        assertThat(c.passed()).isTrue();
        assertThat(c.label()).doesNotContain("本地现行裁量基准");
    }
}
