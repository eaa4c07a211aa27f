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
 * Benchmark.band: the most specific layer that covers the case's place and has a matching rule
 * decides; a rule matches by provision, party kind, count, employees, tier condition and the
 * circumstance flags. The layers here are test fixtures, not any place's real benchmark.
 */
class BenchmarkBandTest {
    private static final String P97_7 = "《中华人民共和国安全生产法》第九十七条第七项";
    private static final Resolution R97_7 = new CitationResolver(LawLibrary.builtIn())
            .resolve(P97_7, LocalDate.of(2024, 4, 16));
    private static final Resolution UNRESOLVED = new CitationResolver(LawLibrary.builtIn())
            .resolve("《某某不存在条例》第三条", LocalDate.of(2024, 4, 16));

    private static final String RULE = "\"law\":\"work-safety-law\",\"article\":97,\"item\":7";
    private static final String LAYERS = "{\"layers\":["
            + "{\"name\":\"全国层\",\"rules\":[{\"id\":\"n1\",\"label\":\"全国 一般\"," + RULE + ",\"minYuan\":10000,\"maxYuan\":100000}]},"
            + "{\"name\":\"样例层\",\"example\":true,\"rules\":[{\"id\":\"e1\"," + RULE + ",\"minYuan\":1,\"maxYuan\":2}]},"
            + "{\"name\":\"西安市层\",\"regions\":[\"西安市\"],\"rules\":["
            + "  {\"id\":\"x-person\"," + RULE + ",\"party\":\"PERSON\",\"minYuan\":3000,\"maxYuan\":5000},"
            + "  {\"id\":\"x-repeat\"," + RULE + ",\"party\":\"UNIT\",\"when\":{\"countMin\":2},\"minYuan\":50000,\"maxYuan\":100000},"
            + "  {\"id\":\"x-small\"," + RULE + ",\"party\":\"UNIT\",\"when\":{\"employeesMax\":20,\"firstOffence\":true},\"minYuan\":10000,\"maxYuan\":20000},"
            + "  {\"id\":\"x-gain\"," + RULE + ",\"party\":\"UNIT\",\"when\":{\"expr\":\"违法所得1万元以上\"},\"minYuan\":40000,\"maxYuan\":60000,\"source\":\"测试夹具\"}"
            + "]}]}";

    private static Benchmark benchmark() {
        try {
            return new Benchmark(Json.parse(LAYERS));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static CaseInfo caseIn(String agency, String district) {
        return new CaseInfo("测-1", "测试案", agency, district, "工贸", "检查", null, null, null, null, Extra.NONE);
    }

    private static final CaseInfo XIAN = caseIn("西安市应急管理局", "未央区");
    private static final CaseInfo BAOJI = caseIn("宝鸡市应急管理局", "渭滨区");

    private static Party unit(Integer employees) {
        return new Party("p1", PartyKind.UNIT, "某公司", null, null, null, employees, null, null, null, Extra.NONE);
    }

    private static Party person() {
        return new Party("p2", PartyKind.PERSON, "张某", null, null, null, null, null, null, null, Extra.NONE);
    }

    private static Circumstances circ(Boolean first, Integer count) {
        return new Circumstances(first, null, null, null, count, List.of(), List.of(), Extra.NONE);
    }

    private static Optional<String> rule(CaseInfo c, Party p, Circumstances circ, String facts) {
        return benchmark().band(c, R97_7, p, circ, facts).map(Benchmark.Band::ruleId);
    }

    @Test
    void theProvisionResolves() {
        assertThat(R97_7.found()).as(P97_7).isTrue();
    }

    @Test
    void anUnresolvedProvisionHasNoBand() {
        assertThat(benchmark().band(XIAN, UNRESOLVED, unit(10), circ(true, 1))).isEmpty();
        assertThat(benchmark().missingFacts(XIAN, UNRESOLVED, unit(10), circ(true, 1), null)).isEmpty();
    }

    @Test
    void theMunicipalLayerDecidesForItsCityAndTheNationalOneElsewhere() {
        assertThat(rule(XIAN, person(), circ(null, null), null)).contains("x-person");
        assertThat(rule(BAOJI, person(), circ(null, null), null)).contains("全国 一般");
        assertThat(rule(null, person(), circ(null, null), null)).contains("全国 一般");
    }

    @Test
    void theRuleForTheOtherPartyKindDoesNotApply() {
        // a unit matching none of the unit rules falls back to the national layer, not to the person rule
        assertThat(rule(XIAN, unit(100), circ(false, 1), null)).contains("全国 一般");
    }

    @Test
    void theCountBoundaryIsInclusiveAndAMissingCountIsOne() {
        assertThat(rule(XIAN, unit(100), circ(false, 2), null)).contains("x-repeat");
        assertThat(rule(XIAN, unit(100), circ(false, null), null)).contains("全国 一般");
    }

    @Test
    void employeesAndFlagsMustAllHoldAndUnknownEmployeesDoNot() {
        assertThat(rule(XIAN, unit(20), circ(true, 1), null)).contains("x-small");
        assertThat(rule(XIAN, unit(21), circ(true, 1), null)).contains("全国 一般");
        assertThat(rule(XIAN, unit(20), circ(false, 1), null)).contains("全国 一般");
        assertThat(rule(XIAN, unit(20), circ(null, 1), null)).as("an unrecorded first offence is not one")
                .contains("全国 一般");
        assertThat(rule(XIAN, unit(null), circ(true, 1), null)).contains("全国 一般");
    }

    @Test
    void aTierConditionReadsTheFactsAndTheBandCarriesItsSource() {
        Optional<Benchmark.Band> b = benchmark().band(XIAN, R97_7, unit(100), circ(false, 1),
                "经查，当事人违法所得共计人民币12,000元。");
        assertThat(b).isPresent();
        assertThat(b.get().ruleId()).isEqualTo("x-gain");
        assertThat(b.get().minYuan()).isEqualTo(40000);
        assertThat(b.get().maxYuan()).isEqualTo(60000);
        assertThat(b.get().source()).isEqualTo("测试夹具");
        assertThat(b.get().basis()).isEqualTo("西安市层 x-gain").doesNotContain("测试夹具");
        assertThat(rule(XIAN, unit(100), circ(false, 1), "违法所得人民币8000元")).contains("全国 一般");
    }

    @Test
    void theFactsATierNeedsAndTheCaseLacksAreNamed() {
        assertThat(benchmark().missingFacts(XIAN, R97_7, unit(100), circ(false, 1), "未记载所得。"))
                .containsExactly("违法所得");
        assertThat(benchmark().missingFacts(XIAN, R97_7, unit(100), circ(false, 1), "违法所得5000元")).isEmpty();
    }

    @Test
    void exampleLayersAreReadOnlyForTrainingAndLabelledAsSamples() throws Exception {
        String onlyExample = "{\"layers\":[{\"name\":\"外省样例\",\"example\":true,\"rules\":[{\"id\":\"e1\","
                + RULE + ",\"minYuan\":1,\"maxYuan\":2}]}]}";
        assertThat(new Benchmark(Json.parse(onlyExample)).band(XIAN, R97_7, unit(5), circ(true, 1))).isEmpty();
        Optional<Benchmark.Band> b = Benchmark.withExamples(Json.parse(onlyExample))
                .band(XIAN, R97_7, unit(5), circ(true, 1));
        assertThat(b).isPresent();
        assertThat(b.get().sample()).isTrue();
        assertThat(b.get().label()).isEqualTo("外省样例 e1（样例）");
    }
}
