package org.jrw.logic.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jrw.codec.DossierCodec;
import org.jrw.logic.jurisdiction.RuleSource;
import org.jrw.model.Finding;
import org.jrw.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * NO_PENALTY_CANDIDATE (行政处罚法 第三十三条): each condition that rules it out on its own, a 轻微 item
 * of the bureau's list (应当不予), a list naming the violated rather than the penalty provision, and
 * the note that says no local list is imported. The lists are test fixtures standing for what a bureau
 * imports. The demo (初次违法、及时改正、没有危害后果, fined) is the 可以 case.
 */
class NoPenaltyConditionsTest {
    private static final FileVerifier ALL_GOOD = (sha, file) -> Optional.of(true);

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
    }

    private static RuleSource list(String article, String item, String kind) {
        return ApplicableRulesTest.source(RuleSource.NO_PENALTY, "陕西省西安市", "2022-01-01", null,
                "{\"items\":[{\"law\":\"work-safety-law\",\"article\":" + article + (item == null ? "" : ",\"item\":" + item)
                        + ",\"what\":\"特种作业人员未持证上岗，及时改正\",\"kind\":\"" + kind + "\"}]}");
    }

    private static LegalityChecker.Review review(LegalityChecker checker, Consumer<ObjectNode> change) {
        ObjectNode m = LegalityCheckerTest.demo();
        change.accept(m);
        return checker.review(DossierCodec.read(m), ALL_GOOD);
    }

    private static List<Finding> candidates(LegalityChecker checker, Consumer<ObjectNode> change) {
        return review(checker, change).findings().stream().filter(f -> f.code().equals("NO_PENALTY_CANDIDATE")).toList();
    }

    @Test
    void eachDisqualifyingCircumstanceRulesItOutAlone() {
        LegalityChecker bureau = ApplicableRulesTest.bureau();
        assertEquals(1, candidates(bureau, m -> { }).size(), "the demo is a candidate");
        assertEquals(List.of(), candidates(bureau, m -> LegalityCheckerTest.circ(m).put("correctedInTime", false)));
        assertEquals(List.of(), candidates(bureau, m -> LegalityCheckerTest.circ(m).put("harmfulConsequence", true)));
        assertEquals(List.of(), candidates(bureau, m -> LegalityCheckerTest.circ(m).remove("harmfulConsequence")),
                "unrecorded harm is not the absence of harm");
        assertEquals(List.of(), candidates(bureau, m -> LegalityCheckerTest.circ(m).put("uncorrectedAfterDeadline", true)));
        assertEquals(List.of(), candidates(bureau, m -> LegalityCheckerTest.circ(m).withArray("aggravating").add("多次违法")));
        assertEquals(List.of(), candidates(bureau, m -> ((ObjectNode) LegalityCheckerTest.violation(m).get("proposed"))
                .remove("fineYuan")));
    }

    @Test
    void withoutALocalListTheReviewSaysSoAndWithOneItDoesNot() {
        String note = "首违不罚";
        assertTrue(review(ApplicableRulesTest.bureau(), m -> { }).notes().stream().anyMatch(n -> n.contains(note)),
                review(ApplicableRulesTest.bureau(), m -> { }).notes().toString());
        assertTrue(review(ApplicableRulesTest.bureau(list("97", "7", "首违")), m -> { }).notes().stream()
                .noneMatch(n -> n.contains(note)));
    }

    @Test
    void aListedFirstOffenceNamesTheListItem() {
        List<Finding> f = candidates(ApplicableRulesTest.bureau(list("97", "7", "首违")), m -> { });
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().startsWith("初次违法，已及时改正且没有危害后果，属本地首违不罚清单事项（特种作业人员未持证上岗，及时改正）"),
                f.get(0).message());
        assertTrue(f.get(0).basis().endsWith("；《测试用陕西省西安市规则》“特种作业人员未持证上岗，及时改正”"), f.get(0).basis());
        // not a first offence: the list's 首违 item does not apply
        assertEquals(List.of(), candidates(ApplicableRulesTest.bureau(list("97", "7", "首违")),
                m -> LegalityCheckerTest.circ(m).put("firstOffence", false)));
    }

    @Test
    void aListedMinorItemIsShallNotEvenForARepeatOffence() {
        List<Finding> f = candidates(ApplicableRulesTest.bureau(list("97", "7", "轻微")),
                m -> LegalityCheckerTest.circ(m).put("firstOffence", false));
        assertEquals(1, f.size(), f.toString());
        assertEquals("违法行为轻微并已及时改正，没有造成危害后果（特种作业人员未持证上岗，及时改正）：依照《中华人民共和国行政处罚法》第三十三条第一款应当不予行政处罚，"
                + "并依照该条第三款对当事人进行教育", f.get(0).message());
    }

    @Test
    void aListNamingTheViolatedProvisionApplies() {
        // the demo violated 安全生产法 第三十条第一款 and is fined under 第九十七条第七项
        List<Finding> f = candidates(ApplicableRulesTest.bureau(list("30", null, "首违")), m -> { });
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("属本地首违不罚清单事项"), f.get(0).message());
    }

    @Test
    void aMinorMarkerInTheFactsIsEnough() {
        List<Finding> f = candidates(ApplicableRulesTest.bureau(), m -> {
            LegalityCheckerTest.circ(m).put("firstOffence", false);
            LegalityCheckerTest.violation(m).put("facts", "经查，该违法行为轻微，当场改正。");
        });
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("应当不予行政处罚"), f.get(0).message());
    }
}
