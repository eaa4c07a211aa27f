package org.jrw.logic.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * HEARING_RIGHT_NOT_NOTIFIED (行政处罚法 第六十三条) against the province's 较大数额 standard as a bureau
 * imports it (test fixture: unit 30 000 元, person 10 000 元): the threshold is inclusive, the fine a
 * notice or decision states counts for a single party, a person is measured by the person's
 * standard, a notice recorded by title or by state is a notice, and a case only filed is not yet due.
 */
class HearingRightTest {
    private static final FileVerifier ALL_GOOD = (sha, file) -> Optional.of(true);
    private static LegalityChecker province;

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
        province = ApplicableRulesTest.bureau(ApplicableRulesTest.PROVINCE_HEARING);
    }

    private static List<Finding> hearing(Consumer<ObjectNode> change) {
        ObjectNode m = LegalityCheckerTest.demo();
        change.accept(m);
        return province.check(DossierCodec.read(m), ALL_GOOD).stream()
                .filter(f -> f.code().equals("HEARING_RIGHT_NOT_NOTIFIED")).toList();
    }

    private static void proposed(ObjectNode m, long yuan) {
        ((ObjectNode) LegalityCheckerTest.violation(m).get("proposed")).put("fineYuan", yuan);
        for (String d : List.of("d08", "d09", "d10", "d12")) {
            ((ObjectNode) LegalityCheckerTest.doc(m, d).get("states")).put("fineYuan", yuan);
        }
    }

    @Test
    void theUnitThresholdIsInclusive() {
        List<Finding> f = hearing(m -> proposed(m, 30000));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("对西安某某精工机械有限公司拟罚款 30000 元，达到听证标准（30000 元），但卷内没有听证告知书", f.get(0).message());
        assertEquals(List.of("v1", "p1"), f.get(0).refs());
        assertEquals(List.of(), hearing(m -> proposed(m, 29999)));
    }

    @Test
    void theFineTheDecisionStatesCountsWhenItExceedsTheProposal() {
        List<Finding> f = hearing(m -> ((ObjectNode) LegalityCheckerTest.doc(m, "d12").get("states")).put("fineYuan", 30000));
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("拟罚款 30000 元"), f.get(0).message());
    }

    @Test
    void aPersonIsMeasuredByThePersonsStandard() {
        // the 20 000 元 of the demo, proposed against the natural person 张某华 instead of the company
        List<Finding> f = hearing(m -> LegalityCheckerTest.violation(m).put("partyId", "p2"));
        assertEquals(1, f.size(), f.toString());
        assertEquals("对张某华拟罚款 20000 元，达到听证标准（10000 元），但卷内没有听证告知书", f.get(0).message());
        assertEquals(List.of("v1", "p2"), f.get(0).refs());
    }

    @Test
    void aNoticeRecordedByTitleOrStateIsANotice() {
        assertEquals(List.of(), hearing(m -> {
            proposed(m, 30000);
            LegalityCheckerTest.doc(m, "d10").put("title", "行政处罚告知书（含听证告知）");
        }));
        assertEquals(List.of(), hearing(m -> {
            proposed(m, 30000);
            ((ObjectNode) LegalityCheckerTest.doc(m, "d10").get("states")).put("hearingRightsNotified", true);
        }));
        assertEquals(List.of(), hearing(m -> {
            proposed(m, 30000);
            m.withArray("documents").addObject().put("id", "h0").put("type", "HEARING_RIGHTS_NOTICE")
                    .put("title", "听证权利告知书").put("date", "2024-04-11");
        }));
    }

    @Test
    void aCaseOnlyFiledIsNotYetDue() {
        assertEquals(List.of(), hearing(m -> {
            proposed(m, 30000);
            LegalityCheckerTest.removeDocs(m, "PENALTY_NOTICE");
            LegalityCheckerTest.removeDocs(m, "PENALTY_DECISION");
            ((ObjectNode) m.get("case")).put("status", "调查中");
        }));
        // a case recorded as decided is due even without the papers
        assertEquals(1, hearing(m -> {
            proposed(m, 30000);
            LegalityCheckerTest.removeDocs(m, "PENALTY_NOTICE");
            LegalityCheckerTest.removeDocs(m, "PENALTY_DECISION");
            ((ObjectNode) m.get("case")).put("status", "已作出决定");
        }).size());
    }

    @Test
    void belowTheFineStandardASanctionOfArticle63StillNeedsTheNotice() {
        List<Finding> f = hearing(m -> ((ObjectNode) LegalityCheckerTest.violation(m).get("proposed"))
                .withArray("other").add("责令停产停业整顿"));
        assertEquals(1, f.size(), f.toString());
        assertEquals("对西安某某精工机械有限公司拟责令停产停业整顿，属应告知听证权利的处罚，但卷内没有听证告知书", f.get(0).message());
    }
}
