package org.jrw.logic.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.jrw.codec.Json;
import org.jrw.logic.jurisdiction.Region;
import org.jrw.logic.jurisdiction.RuleSource;
import org.junit.jupiter.api.Test;

/**
 * How the thresholds for a case are put together: national entries in force on the day (dated
 * versions, examples and notes left out, an unreadable date read as open), then every imported
 * source that applies, value by value. The entries are test fixtures.
 */
class ThresholdsMergeTest {
    private static final String NATIONAL = "{"
            + "\"a\":{\"value\":1,\"unit\":\"日\",\"effectiveFrom\":\"2020-01-01\",\"effectiveTo\":\"2020-12-31\"},"
            + "\"b\":{\"versions\":[{\"value\":1,\"effectiveTo\":\"2021-12-31\"},{\"value\":2,\"effectiveFrom\":\"2022-01-01\"}]},"
            + "\"c\":{\"value\":3,\"effectiveFrom\":\"不是日期\"},"
            + "\"d\":{\"value\":4,\"effectiveFrom\":\" \",\"effectiveTo\":\"2020-12-31\"},"
            + "\"ex\":{\"value\":9,\"example\":true},"
            + "\"about\":\"说明文字\"}";

    private static CheckConfig config(RuleSource... imported) throws Exception {
        return CheckConfig.builtIn().withThresholds(Json.parse(NATIONAL))
                .forWorkspace(Region.parse("陕西省西安市雁塔区"), List.of(imported));
    }

    @Test
    void nationalEntriesInForceOnTheDay() throws Exception {
        JsonNode y2021 = config().thresholdsFor(Region.NATIONAL, LocalDate.of(2021, 6, 1));
        assertThat(y2021.has("a")).isFalse();
        assertThat(y2021.path("b").path("value").asInt()).isEqualTo(1);
        assertThat(y2021.path("c").path("value").asInt()).as("an unreadable date does not close the entry").isEqualTo(3);
        assertThat(y2021.has("d")).as("a blank start date is open, the end date still closes").isFalse();
        assertThat(config().thresholdsFor(Region.NATIONAL, LocalDate.of(1999, 1, 1)).path("d").path("value").asInt())
                .isEqualTo(4);
        assertThat(y2021.has("ex")).as("examples never count").isFalse();
        assertThat(y2021.has("about")).isFalse();
        assertThat(config().thresholdsFor(Region.NATIONAL, LocalDate.of(2020, 6, 1)).path("a").path("value").asInt())
                .isEqualTo(1);
        // no day: every dated entry counts, the last version wins
        JsonNode any = config().thresholdsFor(Region.NATIONAL, null);
        assertThat(any.path("a").path("value").asInt()).isEqualTo(1);
        assertThat(any.path("b").path("value").asInt()).isEqualTo(2);
    }

    @Test
    void anImportedSourceOverridesValueByValueAndAddsWhatTheNationalOnesLack() throws Exception {
        RuleSource province = ApplicableRulesTest.source(RuleSource.THRESHOLDS, "陕西省", "2020-01-01", null,
                "{\"values\":{\"a\":{\"value\":5,\"example\":true},\"local\":{\"value\":7},\"flag\":true}}");
        CheckConfig c = config(province);
        JsonNode y2020 = c.thresholdsFor(c.workspace(), LocalDate.of(2020, 6, 1));
        assertThat(y2020.path("a").path("value").asInt()).isEqualTo(5);
        assertThat(y2020.path("a").path("unit").asText()).as("the national entry's other fields stay").isEqualTo("日");
        assertThat(y2020.path("a").has("example")).as("an imported value is the bureau's own, not an example").isFalse();
        assertThat(y2020.path("local").path("value").asInt()).isEqualTo(7);
        assertThat(y2020.path("flag").asBoolean()).isTrue();
        // before the source takes effect, and at a place it does not cover
        assertThat(c.thresholdsFor(c.workspace(), LocalDate.of(2019, 6, 1)).has("local")).isFalse();
        assertThat(c.thresholdsFor(Region.parse("甘肃省兰州市"), LocalDate.of(2020, 6, 1)).has("local")).isFalse();
        assertThat(c.imported()).containsExactly(province);
    }
}
