package org.jrw.logic.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.jrw.codec.DossierCodec;
import org.jrw.i18n.Messages;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.PrecedentRecord;
import org.jrw.persistence.Workspace;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decided case of the bureau as a precedent: a unit and its principal fined separately keep
 * the two amounts apart (单位、个人), the other measures are kept, a decision that only states its
 * fine supplies it, and a case without facts is refused by its number with nothing stored.
 */
class BureauCaseRecordTest {
    @TempDir
    Path tmp;

    /** The test package with its 行政处罚决定书 and, optionally, a second violation of the person party. */
    private static ObjectNode manifest(boolean personFined) {
        ObjectNode m = TestPackages.valid("西应急罚〔2024〕31号").manifest;
        ObjectNode decision = ((ArrayNode) m.get("documents")).addObject();
        decision.put("id", "d9").put("type", "PENALTY_DECISION").put("title", "行政处罚决定书").put("date", "2024-05-06")
                .put("number", "西应急罚〔2024〕31号").put("file", "files/09-决定书.pdf")
                .put("sha256", "0".repeat(64)).putObject("states").put("fineYuan", 26000);
        if (personFined) {
            ObjectNode v2 = ((ArrayNode) m.get("violations")).addObject();
            v2.put("id", "v2").put("partyId", "p2").put("facts", "主要负责人李某未履行安全生产管理职责。")
                    .put("violatedProvision", "《中华人民共和国安全生产法》第二十一条")
                    .put("penaltyProvision", "《中华人民共和国安全生产法》第九十四条第一款");
            v2.putObject("proposed").put("fineYuan", 6000).putArray("other");
        }
        return m;
    }

    @Test
    void aUnitAndItsPrincipalFinedSeparatelyKeepTheirAmounts() {
        Messages.setLanguage("zh");
        try (Workspace ws = Workspace.open(tmp.resolve("ws")); PrecedentService s = new PrecedentService(ws)) {
            Dossier d = DossierCodec.read(manifest(true));
            PrecedentRecord r = s.addCase(d);
            assertThat(r.partyType()).isEqualTo("单位、个人");
            assertThat(r.penaltyUnitYuan()).isEqualByComparingTo(BigDecimal.valueOf(20000));
            assertThat(r.penaltyPersonYuan()).isEqualByComparingTo(BigDecimal.valueOf(6000));
            assertThat(r.otherSanctions()).isEqualTo("责令限期改正");
            assertThat(r.penaltyBasis()).contains("第九十七条第七项").contains("第九十四条第一款");
            assertThat(r.date()).isEqualTo("2024-05-06");
            assertThat(BureauCases.isOwn(r)).isTrue();
            Hit h = s.search(SearchQuery.of("主要负责人").withLimit(5)).hits().get(0);
            assertThat(h.id()).isEqualTo(r.id());
            assertThat(h.bureauCase()).isTrue();
            assertThat(s.records(true)).extracting(PrecedentRecord::id).containsExactly(r.id());
        }
    }

    @Test
    void theDecisionsStatedFineStandsInWhenNoViolationStatesOne() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws")); PrecedentService s = new PrecedentService(ws)) {
            ObjectNode m = manifest(false);
            ((ObjectNode) m.get("violations").get(0)).remove("proposed");
            PrecedentRecord r = s.addCase(DossierCodec.read(m));
            assertThat(r.penaltyUnitYuan()).isEqualByComparingTo(BigDecimal.valueOf(26000));
            assertThat(r.penaltyPersonYuan()).isNull();
            assertThat(r.otherSanctions()).isNull();
        }
    }

    @Test
    void aCaseWithoutFactsIsRefusedByItsNumber() {
        Messages.setLanguage("zh");
        try (Workspace ws = Workspace.open(tmp.resolve("ws")); PrecedentService s = new PrecedentService(ws)) {
            ObjectNode m = manifest(false);
            ((ObjectNode) m.get("violations").get(0)).put("facts", "");
            assertThatThrownBy(() -> s.addCase(DossierCodec.read(m))).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("西应急罚〔2024〕31号");
            assertThat(s.count()).isZero();
        }
    }
}
