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
 * CRIMINAL_TRANSFER_SUGGESTED by an accident's consequences (serious injuries, direct loss) and not
 * once the case was transferred; LIMITATION_EXPIRED counted to the filing day when the day of
 * discovery is not recorded, and not for a continuing act still going on.
 */
class TransferAndLimitationTest {
    private static final LegalityChecker CHECKER = new LegalityChecker();

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
    }

    private static List<Finding> run(String code, Consumer<ObjectNode> change) {
        ObjectNode m = LegalityCheckerTest.demo();
        change.accept(m);
        return CHECKER.check(DossierCodec.read(m), (sha, file) -> Optional.of(true)).stream()
                .filter(f -> f.code().equals(code)).toList();
    }

    private static Consumer<ObjectNode> facts(String text) {
        return m -> LegalityCheckerTest.violation(m).put("facts", text);
    }

    @Test
    void threeSeriouslyInjuredOrAMillionLostSuggestATransferNamingWhatTheFactsState() {
        List<Finding> injured = run("CRIMINAL_TRANSFER_SUGGESTED", facts("焊接作业引发火灾，造成3名工人重伤。"));
        assertThat(injured).hasSize(1);
        assertThat(injured.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(injured.get(0).message()).contains("（事实记载：重伤3人）", "重大责任事故罪");
        assertThat(injured.get(0).refs()).containsExactly("v1");
        List<Finding> loss = run("CRIMINAL_TRANSFER_SUGGESTED", facts("火灾造成直接经济损失120万元，无人员伤亡。"));
        assertThat(loss).hasSize(1);
        assertThat(loss.get(0).message()).contains("（事实记载：直接经济损失120万元）");
        // below every threshold: two injured, 99 万元
        assertThat(run("CRIMINAL_TRANSFER_SUGGESTED", facts("造成2名工人重伤，直接经济损失99万元。"))).isEmpty();
    }

    @Test
    void aCaseAlreadyTransferredIsNotSuggestedAgain() {
        assertThat(run("CRIMINAL_TRANSFER_SUGGESTED", m -> {
            facts("事故造成1名作业人员死亡。").accept(m);
            ((ArrayNode) m.get("documents")).addObject().put("id", "d20").put("type", "CRIMINAL_TRANSFER")
                    .put("title", "涉嫌犯罪案件移送书").put("date", "2024-04-01");
        })).isEmpty();
        assertThat(run("CRIMINAL_TRANSFER_SUGGESTED", m -> LegalityCheckerTest.violation(m).remove("facts"))).isEmpty();
    }

    @Test
    void withoutADayOfDiscoveryTheLimitationRunsToTheFilingDay() {
        List<Finding> f = run("LIMITATION_EXPIRED", m -> {
            ObjectNode c = (ObjectNode) m.get("case");
            c.remove("discoveredOn");
            c.put("violationDate", "2021-03-01");
            c.put("filedOn", "2024-03-14");
        });
        assertThat(f).hasSize(1);
        assertThat(f.get(0).message()).isEqualTo("违法行为发生于 2021-03-01，至 2024-03-14 才被发现，已超过 2 年的追责期限，不再给予行政处罚");
        // harm to life and health: five years
        assertThat(run("LIMITATION_EXPIRED", m -> {
            ObjectNode c = (ObjectNode) m.get("case");
            c.remove("discoveredOn");
            c.put("violationDate", "2021-03-01");
            LegalityCheckerTest.circ(m).put("harmfulConsequence", true);
        })).isEmpty();
        // neither discovered nor filed: nothing to count to
        assertThat(run("LIMITATION_EXPIRED", m -> {
            ObjectNode c = (ObjectNode) m.get("case");
            c.remove("discoveredOn");
            c.remove("filedOn");
            LegalityCheckerTest.removeDocs(m, "FILING_APPROVAL");
            c.put("violationDate", "2019-03-01");
        })).isEmpty();
    }

    @Test
    void aContinuingActStillGoingOnHasNotBegunItsPeriod() {
        assertThat(run("LIMITATION_EXPIRED", m -> {
            ((ObjectNode) m.get("case")).put("violationDate", "2019-03-01");
            LegalityCheckerTest.violation(m).put("continuing", true);
        })).isEmpty();
        List<Finding> ended = run("LIMITATION_EXPIRED", m -> {
            ((ObjectNode) m.get("case")).put("violationDate", "2019-03-01");
            LegalityCheckerTest.violation(m).put("continuing", true).put("endedOn", "2021-06-30");
        });
        assertThat(ended).hasSize(1);
        assertThat(ended.get(0).basis()).isEqualTo("《中华人民共和国行政处罚法》第三十六条");
        assertThat(ended.get(0).message()).startsWith("违法行为有连续或者继续状态，于 2021-06-30 终了");
    }
}
