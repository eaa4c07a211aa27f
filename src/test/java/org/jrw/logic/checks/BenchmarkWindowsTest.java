package org.jrw.logic.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jrw.codec.Json;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.law.LawLibrary;
import org.jrw.logic.law.Resolution;
import org.jrw.model.CaseInfo;
import org.jrw.model.Circumstances;
import org.jrw.model.Extra;
import org.jrw.model.Party;
import org.jrw.model.PartyKind;
import org.junit.jupiter.api.Test;

/**
 * Benchmark rules by the size of the unit, the number of places, the flags of an uncorrected act and
 * tier conditions over several facts; rules for another article neither match nor ask for facts.
 * The layers are test fixtures, not any place's real benchmark.
 */
class BenchmarkWindowsTest {
    private static final Resolution R97_7 = new CitationResolver(LawLibrary.builtIn())
            .resolve("《中华人民共和国安全生产法》第九十七条第七项", LocalDate.of(2024, 4, 16));
    private static final String RULE = "\"law\":\"work-safety-law\",\"article\":97,\"item\":7";
    private static final String LAYERS = "{\"layers\":["
            + "{\"name\":\"市层\",\"rules\":["
            + "  {\"id\":\"other-article\",\"law\":\"work-safety-law\",\"article\":99,\"when\":{\"expr\":\"面积100平方米以上\"},\"minYuan\":1,\"maxYuan\":2},"
            + "  {\"id\":\"big\"," + RULE + ",\"party\":\"UNIT\",\"when\":{\"employeesMin\":300,\"countMax\":1},\"minYuan\":60000,\"maxYuan\":100000},"
            + "  {\"id\":\"gain-a\"," + RULE + ",\"when\":{\"expr\":\"违法所得5万元以上\"},\"minYuan\":80000,\"maxYuan\":100000},"
            + "  {\"id\":\"gain-b\"," + RULE + ",\"when\":{\"expr\":\"违法所得1万元以上 且 面积10平方米以上\"},\"minYuan\":50000,\"maxYuan\":80000},"
            + "  {\"id\":\"uncorrected\"," + RULE + ",\"when\":{\"uncorrected\":true,\"harmfulConsequence\":false,\"correctedInTime\":false},\"minYuan\":70000,\"maxYuan\":90000}"
            + "]},"
            + "{\"name\":\"样例层\",\"example\":true,\"rules\":[{\"id\":\"ex\"," + RULE + ",\"when\":{\"expr\":\"持续天数10日以上\"},\"minYuan\":1,\"maxYuan\":2}]}"
            + "]}";
    private static final CaseInfo XIAN = new CaseInfo("测-1", "测试案", "西安市应急管理局", "未央区", "工贸", "检查", null, null,
            null, null, Extra.NONE);

    private static Benchmark benchmark() throws Exception {
        return new Benchmark(Json.parse(LAYERS));
    }

    private static Party unit(Integer employees) {
        return new Party("p1", PartyKind.UNIT, "某公司", null, null, null, employees, null, null, null, Extra.NONE);
    }

    private static Circumstances circ(Boolean corrected, Boolean uncorrected, Boolean harmful, Integer count) {
        return new Circumstances(null, corrected, uncorrected, harmful, count, List.of(), List.of(), Extra.NONE);
    }

    private static Optional<String> rule(Party p, Circumstances c, String facts) throws Exception {
        return benchmark().band(XIAN, R97_7, p, c, facts).map(Benchmark.Band::ruleId);
    }

    @Test
    void aLargeUnitAtOnePlaceHasItsOwnBand() throws Exception {
        assertThat(rule(unit(300), circ(null, null, null, 1), null)).contains("big");
        assertThat(rule(unit(299), circ(null, null, null, 1), null)).isEmpty();
        assertThat(rule(unit(500), circ(null, null, null, 2), null)).as("two places").isEmpty();
    }

    @Test
    void conditionsOverSeveralFactsMustAllHold() throws Exception {
        assertThat(rule(unit(10), circ(null, null, null, 1), "违法所得6万元")).contains("gain-a");
        assertThat(rule(unit(10), circ(null, null, null, 1), "违法所得2万元")).as("面积 not recorded").isEmpty();
        Circumstances withArea = org.jrw.codec.DossierCodec.readCircumstances(
                Json.parse("{\"quantities\":[\"面积=20\"]}"));
        assertThat(rule(unit(10), withArea, "违法所得2万元")).contains("gain-b");
    }

    @Test
    void anUncorrectedActMatchesOnlyWithEveryFlagAsTheRuleSays() throws Exception {
        assertThat(rule(unit(10), circ(false, true, false, 1), null)).contains("uncorrected");
        assertThat(rule(unit(10), circ(false, true, true, 1), null)).as("harm recorded").isEmpty();
        assertThat(rule(unit(10), circ(true, true, false, 1), null)).as("corrected in time").isEmpty();
        assertThat(rule(unit(10), circ(false, null, false, 1), null)).as("not recorded as uncorrected").isEmpty();
    }

    @Test
    void theFactsAskedForAreThoseOfThisArticlesRulesEachOnce() throws Exception {
        assertThat(benchmark().missingFacts(XIAN, R97_7, unit(10), circ(null, null, null, 1), null))
                .containsExactly("违法所得", "面积");
        assertThat(Benchmark.withExamples(Json.parse(LAYERS))
                .missingFacts(XIAN, R97_7, unit(10), circ(null, null, null, 1), null))
                .containsExactly("违法所得", "面积", "持续天数");
    }

    @Test
    void aCaseWithoutAgencyOrDistrictIsMatchedOnlyByLayersForEveryPlace() throws Exception {
        String layers = "{\"layers\":[{\"name\":\"全国层\",\"rules\":[{\"id\":\"n\"," + RULE
                + ",\"minYuan\":1,\"maxYuan\":100000}]},{\"name\":\"西安市层\",\"regions\":[\"西安市\"],\"rules\":"
                + "[{\"id\":\"x\"," + RULE + ",\"minYuan\":1,\"maxYuan\":2}]}]}";
        Benchmark b = new Benchmark(Json.parse(layers));
        CaseInfo nowhere = new CaseInfo("测-2", "测试案", null, null, "工贸", "检查", null, null, null, null, Extra.NONE);
        assertThat(b.band(nowhere, R97_7, unit(10), circ(null, null, null, 1)).map(Benchmark.Band::ruleId)).contains("n");
        assertThat(b.band(XIAN, R97_7, unit(10), circ(null, null, null, 1)).map(Benchmark.Band::ruleId)).contains("x");
    }
}
