package org.jrw.logic.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.jrw.logic.jurisdiction.Region;
import org.jrw.logic.jurisdiction.RuleSource;
import org.jrw.model.Finding;
import org.jrw.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When a case holds several documents of a kind (a corrected decision, an undated draft), the
 * latest dated one is the one compared; periods a bureau sets in working days by the English unit
 * name count working days; a draft intake (status 草稿) asks for no documents yet.
 */
class LatestDocumentsTest {
    private static final LegalityChecker CHECKER = new LegalityChecker();

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
    }

    private static List<Finding> run(LegalityChecker c, String code, Consumer<ObjectNode> change) {
        return LegalityCheckerTest.findings(c, code, change);
    }

    private static void decision(ObjectNode m, String id, String date, long fine) {
        ObjectNode d = ((ArrayNode) m.get("documents")).addObject().put("id", id).put("type", "PENALTY_DECISION")
                .put("title", "行政处罚决定书（更正）");
        if (date != null) {
            d.put("date", date);
        }
        d.putObject("states").put("fineYuan", fine);
    }

    @Test
    void theLatestDatedDecisionIsComparedWithTheNotice() {
        List<Finding> heavier = run(CHECKER, "PENALTY_INCREASED_AFTER_NOTICE", m -> {
            decision(m, "d12u", null, 50000);
            decision(m, "d12b", "2024-04-20", 30000);
        });
        assertThat(heavier).hasSize(1);
        assertThat(heavier.get(0).refs()).containsExactly("d10", "d12b");
        assertThat(heavier.get(0).message()).isEqualTo("决定书的罚款（30000 元）高于告知书（20000 元）");
        // an earlier heavier decision was superseded by the demo's of 04-16
        assertThat(run(CHECKER, "PENALTY_INCREASED_AFTER_NOTICE", m -> decision(m, "d12a", "2024-04-15", 30000)))
                .isEmpty();
    }

    @Test
    void aPeriodSetInWorkingDaysByItsEnglishUnitCountsWorkingDays() {
        // served Thursday 2024-04-11, decided Tuesday 04-16: three calendar days end on the 14th,
        // three working days on the 16th itself — too early
        RuleSource calendar = ApplicableRulesTest.source(RuleSource.THRESHOLDS, "陕西省西安市", "2020-01-01", null,
                "{\"values\":{\"statementPeriodDays\":{\"value\":3,\"unit\":\"日\",\"basis\":\"本机关规定\"}}}");
        assertThat(run(ApplicableRulesTest.bureau(calendar), "STATEMENT_PERIOD_TOO_SHORT", m -> { })).isEmpty();
        RuleSource working = ApplicableRulesTest.source(RuleSource.THRESHOLDS, "陕西省西安市", "2020-01-01", null,
                "{\"values\":{\"statementPeriodDays\":{\"value\":3,\"unit\":\"workingDays\",\"basis\":\"本机关规定\"}}}");
        List<Finding> f = run(ApplicableRulesTest.bureau(working), "STATEMENT_PERIOD_TOO_SHORT", m -> { });
        assertThat(f).hasSize(1);
        assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(f.get(0).basis()).startsWith("本机关规定");
        assertThat(f.get(0).refs()).containsExactly("d10", "d12");
    }

    @Test
    void aNoticeWithoutServiceIsCountedFromItsOwnDate() {
        List<Finding> f = run(CHECKER, "STATEMENT_PERIOD_TOO_SHORT", m -> {
            LegalityCheckerTest.doc(m, "d10").remove("deliveredOn");
            LegalityCheckerTest.doc(m, "d13").remove("date");
            LegalityCheckerTest.doc(m, "d10").put("date", "2024-04-14");
        });
        assertThat(f).hasSize(1);
        assertThat(f.get(0).message()).contains("2024-04-14");
    }

    @Test
    void aDraftIntakeAsksForNoDocumentsYet() {
        Consumer<ObjectNode> bare = m -> {
            ((ArrayNode) m.get("documents")).removeAll();
            ((ObjectNode) m.get("case")).put("status", " 草稿 ");
        };
        assertThat(run(CHECKER, "REQUIRED_DOCUMENT_MISSING", bare)).isEmpty();
        assertThat(run(CHECKER, "REQUIRED_DOCUMENT_MISSING", m -> {
            ((ArrayNode) m.get("documents")).removeAll();
            ((ObjectNode) m.get("case")).put("status", "已立案");
        })).isNotEmpty();
    }

    @Test
    void aWorkspaceWithoutJurisdictionIsNational() {
        assertThat(CheckConfig.builtIn().forWorkspace(null, List.of()).workspace()).isEqualTo(Region.NATIONAL);
    }
}
