package org.jrw.logic.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.logic.jurisdiction.Region;
import org.jrw.logic.jurisdiction.RuleSource;
import org.jrw.model.BadInputException;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.RuleSourceDao;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace's rule sources: the bureau's jurisdiction as typed, imports stored all or nothing
 * (a second import of the same source is refused naming the stored one), and the list every user
 * sees, where other places' figures are labelled as examples, never as a jurisdiction.
 */
class RuleSourcesTest {
    @TempDir
    Path tmp;

    private Workspace ws;
    private RuleSources rules;

    @BeforeAll
    static void zh() {
        Messages.setLanguage("zh");
    }

    @BeforeEach
    void open() {
        ws = Workspace.open(tmp.resolve("ws"));
        rules = new RuleSources(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aRegionIsTheWholeCountryOrDivisionsWithNothingAfterThem() {
        assertThat(RuleSources.parseRegion("陕西省西安市雁塔区", "地区").label()).isEqualTo("陕西省西安市雁塔区");
        assertThat(RuleSources.parseRegion(" 陕西省 西安市 ", "地区").label()).isEqualTo("陕西省西安市");
        for (String national : List.of("全国", "中华人民共和国", "国家")) {
            assertThat(RuleSources.parseRegion(national, "地区").national()).as(national).isTrue();
        }
        for (String bad : List.of("", "   ", "西安", "陕西省西安市雁塔区某街道办", "火星省某市")) {
            assertThatThrownBy(() -> RuleSources.parseRegion(bad, "地区"))
                    .as(bad).isInstanceOf(BadInputException.class).hasMessageContaining("地区“" + bad.strip() + "”");
        }
        assertThatThrownBy(() -> RuleSources.parseRegion(null, "适用地区"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("适用地区“”");
    }

    @Test
    void settingTheJurisdictionStoresItWithAnAuditEntryAndBadTextChangesNothing() {
        assertThat(rules.jurisdiction()).isEmpty();
        assertThat(rules.setJurisdiction("陕西省西安市").label()).isEqualTo("陕西省西安市");
        assertThat(rules.jurisdiction()).contains("陕西省西安市");
        int audits = audit().size();
        assertThat(audit()).anySatisfy(a -> assertThat(a.action()).isEqualTo("workspace.jurisdiction"));

        assertThatThrownBy(() -> rules.setJurisdiction("西安"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("西安");
        assertThat(rules.jurisdiction()).contains("陕西省西安市");
        assertThat(audit()).hasSize(audits);
    }

    private List<AuditDao.Row> audit() {
        return ws.db().withConnection(c -> AuditDao.list(c, null, null));
    }

    private static RuleSource benchmark(String id, String place, LocalDate from, String content) throws Exception {
        return new RuleSource(id, RuleSource.BENCHMARK, "裁量基准" + id, RuleSources.parseRegion(place, ""), from, null,
                "导入：" + id + ".csv", false, Json.parse(content));
    }

    @Test
    void aSourceAlreadyImportedIsRefusedNamingItAndTheWholeBatchIsLeftOut() throws Exception {
        LocalDate from = LocalDate.of(2024, 1, 1);
        RuleSource first = benchmark("a", "陕西省西安市", from, "{\"count\":2,\"rules\":[1,2]}");
        rules.store(List.of(first), "a.csv");
        assertThat(rules.imported()).extracting(RuleSource::id).containsExactly("a");
        int audits = audit().size();

        // the same content written in another key order is the same source
        RuleSource again = benchmark("b", "陕西省西安市", from, "{\"rules\":[1,2],\"count\":2}");
        RuleSource fresh = benchmark("c", "陕西省西安市", from, "{\"count\":1,\"rules\":[3]}");
        assertThatThrownBy(() -> rules.store(List.of(fresh, again), "b.csv"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("b.csv").hasMessageContaining("裁量基准a").hasMessageContaining("2024-01-01");
        assertThat(rules.imported()).extracting(RuleSource::id).containsExactly("a");
        assertThat(audit()).hasSize(audits);

        // another place, another date or other content is a different source
        rules.store(List.of(benchmark("d", "陕西省宝鸡市", from, "{\"count\":2,\"rules\":[1,2]}"),
                benchmark("e", "陕西省西安市", from.plusYears(1), "{\"count\":2,\"rules\":[1,2]}"), fresh), "c.csv");
        assertThat(rules.imported()).extracting(RuleSource::id).containsExactlyInAnyOrder("a", "c", "d", "e");
        assertThat(audit()).hasSize(audits + 3);
    }

    @Test
    void theListShowsImportsFirstAndOtherPlacesFiguresAsExamplesWithoutAJurisdiction() throws Exception {
        rules.store(List.of(benchmark("a", "陕西省西安市", LocalDate.of(2024, 1, 1), "{\"count\":2,\"rules\":[1,2]}")),
                "a.csv");
        List<Map<String, Object>> list = rules.list();
        Map<String, Object> mine = list.get(0);
        assertThat(mine).containsEntry("id", "a").containsEntry("jurisdiction", "陕西省西安市")
                .containsEntry("effectiveFrom", "2024-01-01").containsEntry("example", false).containsEntry("rules", 2);
        assertThat(mine.get("effectiveTo")).isNull();

        String example = Messages.get("rules.jurisdiction.example");
        List<Map<String, Object>> examples = list.stream().filter(m -> Boolean.TRUE.equals(m.get("example"))).toList();
        assertThat(examples).isNotEmpty().allSatisfy(m -> assertThat(m.get("jurisdiction")).isEqualTo(example));
        assertThat(examples).extracting(m -> m.get("kind"))
                .contains(RuleSource.BENCHMARK, RuleSource.NO_PENALTY, RuleSource.EVALUATION_MODEL);
        // built-in laws: the national ones for the whole country, each version with its own validity
        List<Map<String, Object>> laws = list.stream().filter(m -> RuleSource.LAW.equals(m.get("kind"))).toList();
        assertThat(laws).isNotEmpty().allSatisfy(m -> {
            assertThat(m.get("effectiveFrom")).isNotNull();
            assertThat((String) m.get("jurisdiction")).isNotEqualTo(example);
        });
        assertThat(laws).anySatisfy(m -> {
            assertThat((String) m.get("name")).startsWith("《中华人民共和国安全生产法》");
            assertThat(m.get("jurisdiction")).isEqualTo(Region.NATIONAL.label());
        });
        // a replaced version ends the day before its successor starts
        assertThat(laws).anySatisfy(m -> assertThat(m.get("effectiveTo")).isNotNull());
        // thresholds are listed by a plain name, never by their configuration key
        assertThat(list.stream().filter(m -> RuleSource.THRESHOLDS.equals(m.get("kind"))).toList())
                .isNotEmpty().allSatisfy(m -> assertThat((String) m.get("name")).doesNotContainPattern("^[a-zA-Z.]+$"));
    }

    private Path csv(String name, String... lines) throws Exception {
        Path p = tmp.resolve(name);
        java.nio.file.Files.writeString(p, String.join("\n", lines) + "\n");
        return p;
    }

    @Test
    void theSameThresholdsWithTheirRowsReorderedAreRefusedAsAlreadyImported() throws Exception {
        LocalDate from = LocalDate.of(2024, 1, 1);
        String unit = "hearingThreshold.unitYuan,50000,,陕西省行政处罚听证较大数额标准第二条";
        String person = "hearingThreshold.personYuan,5000,,陕西省行政处罚听证较大数额标准第二条";
        String days = "statementPeriodDays,5,日,本机关适用的规章第十条";
        RulesImporter importer = new RulesImporter();
        RuleSource first = importer.read(csv("t1.csv", "key,value,unit,basis", unit, person, days),
                RuleSource.THRESHOLDS, "陕西省西安市", from, null, "西安市期限和标准");
        rules.store(List.of(first), "t1.csv");
        RuleSource reordered = importer.read(csv("t2.csv", "key,value,unit,basis", days, person, unit),
                RuleSource.THRESHOLDS, "陕西省西安市", from, null, "西安市期限和标准");
        assertThatThrownBy(() -> rules.store(List.of(reordered), "t2.csv"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("t2.csv").hasMessageContaining("西安市期限和标准");
        assertThat(rules.imported()).hasSize(1);
        // a changed figure is a new source
        RuleSource changed = importer.read(csv("t3.csv", "key,value,unit,basis", days, person,
                        unit.replace("50000", "30000")), RuleSource.THRESHOLDS, "陕西省西安市", from, null, "西安市期限和标准");
        rules.store(List.of(changed), "t3.csv");
        assertThat(rules.imported()).hasSize(2);
    }

    @Test
    void anImportIsRefusedNamingTheFieldBeforeAnythingIsRead() throws Exception {
        Path f = csv("t.csv", "key,value,unit,basis", "statementPeriodDays,5,日,本机关适用的规章第十条");
        RulesImporter importer = new RulesImporter();
        LocalDate from = LocalDate.of(2024, 1, 1);
        assertThatThrownBy(() -> importer.read(f, "penalties", "陕西省西安市", from, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("penalties");
        assertThatThrownBy(() -> importer.read(f, RuleSource.THRESHOLDS, "西安", from, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--jurisdiction").hasMessageContaining("西安");
        assertThatThrownBy(() -> importer.read(f, RuleSource.THRESHOLDS, "陕西省西安市", null, null))
                .isInstanceOf(BadInputException.class).hasMessage(Messages.get("rules.effective.missing"));
        assertThatThrownBy(() -> importer.read(f, RuleSource.THRESHOLDS, "陕西省西安市", from, from.minusDays(1)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("2023-12-31").hasMessageContaining("2024-01-01");
        // days in a unit that is not a day, an unknown key and a missing basis are all named, row by row
        Path bad = csv("bad.csv", "key,value,unit,basis", "statementPeriodDays,5,月,本机关适用的规章第十条",
                "fineCap,100,,某规定", "legalReview.fineYuan,10000,,");
        assertThatThrownBy(() -> importer.read(bad, RuleSource.THRESHOLDS, "陕西省西安市", from, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("bad.csv").hasMessageContaining("月")
                .hasMessageContaining("fineCap").hasMessageContaining("第4行");
        assertThat(rules.imported()).isEmpty();
        // without a title, a neutral label that is no document's name
        RuleSource untitled = importer.read(f, RuleSource.THRESHOLDS, "陕西省西安市", from, null, "  ");
        assertThat(untitled.name()).doesNotContain("《").contains("陕西省西安市").contains("2024-01-01");
        assertThat(untitled.content().path("untitled").asBoolean()).isTrue();
        assertThat(importer.read(f, RuleSource.THRESHOLDS, "陕西省西安市", from, null, "《西安市期限》").name())
                .isEqualTo("西安市期限");
    }
}
