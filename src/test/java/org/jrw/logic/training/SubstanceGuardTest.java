package org.jrw.logic.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.jrw.codec.DossierCodec;
import org.jrw.model.Dossier;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.Test;

/**
 * The guard that closes every anonymisation: a copy whose legal substance differs from the
 * original in any respect (provisions, amounts, circumstances, document types and stated amounts,
 * evidence, parties' kind and size, officers) is named by the first difference; wording that only
 * names persons or places may change.
 */
class SubstanceGuardTest {
    private static Dossier original() {
        return DossierCodec.read(TestPackages.valid().manifest);
    }

    private static String differenceAfter(Consumer<ObjectNode> change) {
        ObjectNode m = TestPackages.valid().manifest;
        change.accept(m);
        return Anonymizer.substanceDifference(original(), DossierCodec.read(m));
    }

    private static ObjectNode violation(ObjectNode m) {
        return (ObjectNode) m.get("violations").get(0);
    }

    @Test
    void namesAndWordingMayChange() {
        assertThat(differenceAfter(m -> {
            ((ObjectNode) m.get("parties").get(0)).put("name", "甲某有限公司");
            ((ObjectNode) m.get("parties").get(1)).put("name", "乙某");
            ((ObjectNode) m.get("officers").get(0)).put("name", "丙某");
            violation(m).put("facts", "该公司安排1名未取得特种作业操作证的员工从事电焊作业。");
            ((ArrayNode) violation(m).get("circumstances").get("mitigating")).set(0, "乙某主动消除危害后果");
            ((ObjectNode) m.get("case")).put("caseNumber", "培训案例-1");
        })).isNull();
    }

    @Test
    void everyChangeOfSubstanceIsNamed() {
        assertThat(differenceAfter(m -> violation(m).put("penaltyProvision", "《中华人民共和国安全生产法》第九十七条第一项")))
                .isEqualTo("violations[0] provisions");
        assertThat(differenceAfter(m -> violation(m).put("violatedProvision", "《中华人民共和国安全生产法》第三十条")))
                .isEqualTo("violations[0] provisions");
        assertThat(differenceAfter(m -> ((ObjectNode) violation(m).get("proposed")).put("fineYuan", 2000)))
                .isEqualTo("violations[0].proposed");
        assertThat(differenceAfter(m -> ((ObjectNode) violation(m).get("circumstances")).put("correctedInTime", false)))
                .isEqualTo("violations[0].circumstances");
        assertThat(differenceAfter(m -> ((ObjectNode) violation(m).get("circumstances")).put("count", 2)))
                .isEqualTo("violations[0].circumstances");
        assertThat(differenceAfter(m -> ((ArrayNode) violation(m).get("circumstances").get("aggravating")).add("拒不改正")))
                .isEqualTo("violations[0].circumstances");
        assertThat(differenceAfter(m -> violation(m).remove("circumstances")))
                .isEqualTo("violations[0].circumstances");
        assertThat(differenceAfter(m -> ((ArrayNode) m.get("violations")).addObject().put("id", "v2").put("partyId", "p2")
                .put("facts", "另一行为"))).isEqualTo("violations");
        assertThat(differenceAfter(m -> ((ObjectNode) m.get("documents").get(1)).put("type", "PENALTY_DECISION")))
                .isEqualTo("documents[1].type");
        assertThat(differenceAfter(m -> ((ObjectNode) m.get("documents").get(1).get("states")).put("fineYuan", 30000)))
                .isEqualTo("documents[1].states.fineYuan");
        assertThat(differenceAfter(m -> ((ArrayNode) m.get("documents")).remove(0))).isEqualTo("documents");
        assertThat(differenceAfter(m -> ((ObjectNode) m.get("evidence").get(0)).put("type", "物证")))
                .isEqualTo("evidence[0]");
        assertThat(differenceAfter(m -> ((ArrayNode) m.get("evidence").get(0).get("proves")).removeAll()))
                .isEqualTo("evidence[0]");
        assertThat(differenceAfter(m -> ((ArrayNode) m.get("evidence")).removeAll())).isEqualTo("evidence");
        assertThat(differenceAfter(m -> ((ObjectNode) m.get("parties").get(0)).put("employees", 300)))
                .isEqualTo("parties[0]");
        assertThat(differenceAfter(m -> ((ObjectNode) m.get("parties").get(1)).put("annualIncomeYuan", 1)))
                .isEqualTo("parties[1]");
        assertThat(differenceAfter(m -> ((ObjectNode) m.get("parties").get(1)).put("kind", "unit")))
                .isEqualTo("parties[1]");
        assertThat(differenceAfter(m -> ((ArrayNode) m.get("parties")).remove(1))).isEqualTo("parties");
        assertThat(differenceAfter(m -> ((ArrayNode) m.get("officers")).remove(1))).isEqualTo("officers");
    }
}
