package org.jrw.logic.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jrw.i18n.Messages;
import org.jrw.logic.jurisdiction.RuleSource;
import org.jrw.model.BadInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark and no-penalty rows as a bureau fills them: a good row becomes a rule with its
 * provision resolved and its conditions; every bad row is named with its line and the problem,
 * and nothing of the file is kept.
 */
class RulesImporterRowsTest {
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final String P97 = "《中华人民共和国安全生产法》第九十七条第七项";
    private static final String HEAD = "id,provision,party,countMin,countMax,uncorrected,firstOffence,condition,minYuan,maxYuan,label";

    @TempDir
    Path tmp;

    @BeforeAll
    static void zh() {
        Messages.setLanguage("zh");
    }

    private Path csv(String name, String... lines) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n");
        return p;
    }

    @Test
    void goodBenchmarkRowsBecomeRulesWithTheirConditions() throws Exception {
        Path f = csv("b.csv", HEAD,
                "XA-1," + P97 + ",单位,1,3,否,是,,\"10,000\",30000,第十二项 一般情形",
                "," + P97 + ",个人,,,,,,20000.0,50000,",
                "XA-3," + P97 + ",单位,4,,true,,从业人员>=100,100000,200000,第十二项 逾期未改正");
        RuleSource s = new RulesImporter().read(f, RuleSource.BENCHMARK, "陕西省西安市", FROM, null, "西安市裁量基准");
        JsonNode rules = s.content().path("rules");
        assertThat(s.content().path("count").asInt()).isEqualTo(3);
        assertThat(s.name()).isEqualTo("西安市裁量基准");
        JsonNode first = rules.get(0);
        assertThat(first.path("id").asText()).isEqualTo("XA-1");
        assertThat(first.path("party").asText()).isEqualTo("UNIT");
        assertThat(first.path("minYuan").asLong()).isEqualTo(10000);
        assertThat(first.path("when").path("countMin").asInt()).isEqualTo(1);
        assertThat(first.path("when").path("countMax").asInt()).isEqualTo(3);
        assertThat(first.path("when").path("uncorrected").asBoolean(true)).isFalse();
        assertThat(first.path("when").path("firstOffence").asBoolean()).isTrue();
        assertThat(first.path("article").asInt()).isEqualTo(97);
        // an unnamed rule gets a number and its id as label; a person's rule is a person's
        JsonNode second = rules.get(1);
        assertThat(second.path("id").asText()).isEqualTo("R2");
        assertThat(second.path("label").asText()).isEqualTo("R2");
        assertThat(second.path("party").asText()).isEqualTo("PERSON");
        assertThat(second.path("when").size()).isZero();
        assertThat(rules.get(2).path("when").path("expr").asText()).contains("从业人员");
    }

    @Test
    void everyBadBenchmarkRowIsNamedAndNothingIsImported() throws Exception {
        Path f = csv("bad.csv", HEAD,
                "A,,单位,,,,,,10000,30000,无条款",
                "B,《中华人民共和国安全生产法》第九百条,单位,,,,,,10000,30000,不存在的条款",
                "C," + P97 + ",单位,,,也许,,,10000,30000,是否写错",
                "D," + P97 + ",单位,,,,,,-5,30000,负数",
                "E," + P97 + ",单位,,,,,,,30000,缺下限",
                "F," + P97 + ",单位,,,,,,30000,10000,上下限颠倒",
                "G," + P97 + ",单位,,,,,,10000,500000,超出法定幅度",
                "H," + P97 + ",单位,,,,,违法所得多多,10000,30000,条件写错");
        assertThatThrownBy(() -> new RulesImporter().read(f, RuleSource.BENCHMARK, "陕西省西安市", FROM, null))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("bad.csv")
                .hasMessageContaining("第2行：" + Messages.get("rules.row.provisionMissing"))
                .hasMessageContaining("第九百条")
                .hasMessageContaining("第4行").hasMessageContaining("也许")
                .hasMessageContaining("第5行").hasMessageContaining("-5")
                .hasMessageContaining("第6行：minYuan 未填写")
                .hasMessageContaining("第7行").hasMessageContaining("高于上限")
                .hasMessageContaining("第8行").hasMessageContaining("超出")
                .hasMessageContaining("第9行").hasMessageContaining("condition");
    }

    @Test
    void noPenaltyRowsNeedAProvisionWhatAndAKnownKind() throws Exception {
        Path good = csv("np.csv", "provision,what,kind",
                "《中华人民共和国安全生产法》第九十七条第四项,未如实记录安全生产教育和培训情况,首违",
                "《中华人民共和国安全生产法》第九十七条第四项,培训记录个别项目漏填并当场改正,轻微");
        RuleSource s = new RulesImporter().read(good, RuleSource.NO_PENALTY, "陕西省西安市", FROM, null, "西安市不予处罚清单");
        assertThat(s.content().path("items")).hasSize(2);
        assertThat(s.content().path("items").get(1).path("kind").asText()).isEqualTo("轻微");

        Path bad = csv("np-bad.csv", "provision,what,kind",
                "《中华人民共和国安全生产法》第九十七条第四项,,首违",
                "《中华人民共和国安全生产法》第九十七条第四项,未如实记录,可以");
        assertThatThrownBy(() -> new RulesImporter().read(bad, RuleSource.NO_PENALTY, "陕西省西安市", FROM, null))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("第2行：" + Messages.get("rules.row.whatMissing"))
                .hasMessageContaining("第3行").hasMessageContaining("可以");

        Path unknownColumn = csv("np-col.csv", "provision,what,kind,fine", "《中华人民共和国安全生产法》第九十七条第四项,x,首违,1");
        assertThatThrownBy(() -> new RulesImporter().read(unknownColumn, RuleSource.NO_PENALTY, "陕西省西安市", FROM, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("fine");
        Path empty = csv("np-empty.csv", "provision,what,kind");
        assertThatThrownBy(() -> new RulesImporter().read(empty, RuleSource.NO_PENALTY, "陕西省西安市", FROM, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("np-empty.csv");
    }
}
