package org.jrw.logic.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jrw.logic.review.OpinionContentTest.dossier;

import java.util.List;
import org.jrw.model.Circumstances;
import org.jrw.model.Extra;
import org.jrw.model.review.Conclusion;
import org.jrw.model.review.Recommendation;
import org.junit.jupiter.api.Test;

/**
 * The opinion's 裁量理由: the statutory range, a benchmark only where one applies to the case's
 * place (another place's sample structure is never cited as Xi'an's benchmark), and the
 * circumstances sorted into 从轻, 减轻 and 从重.
 */
class OpinionDiscretionTest {
    private static Recommendation rec(String range, String band, List<String> mitigating, List<String> aggravating,
                                      String reasoning) {
        return new Recommendation(Conclusion.APPROVE, null, 20000L, range, band, mitigating, aggravating, reasoning,
                List.of());
    }

    private static String discretion(Circumstances c, Recommendation r, OpinionContent.Sources src) {
        return String.join("", OpinionSections.discretion(dossier(false, c), r, src));
    }

    @Test
    void theSampleBenchmarkIsNeverCitedForXianAndTheStatutoryRangeComesFromTheLaw() {
        String t = discretion(Circumstances.NONE, rec(null, null, List.of(), List.of(), null),
                OpinionContentTest.sources(List.of()));
        assertThat(t).contains("法定处罚幅度：10万元以下罚款。", "裁量基准：本案管辖地无可适用的行政处罚裁量基准")
                .doesNotContain("样例", "S-97");
        // a band the panel wrote from a sample is left out the same way
        String sample = discretion(Circumstances.NONE, rec(null, "样例省级基准S-97-7-a（1万元至3万元档）", List.of(), List.of(),
                null), OpinionContentTest.sources(List.of()));
        assertThat(sample).contains("本案管辖地无可适用的行政处罚裁量基准").doesNotContain("S-97-7-a");
        // the bureau's own band, as the panel recorded it
        String own = discretion(Circumstances.NONE, rec("一万元以上三万元以下罚款", "西安市应急管理行政处罚裁量基准第十二项（1万元至3万元档）",
                List.of(), List.of(), null), OpinionContentTest.sources(List.of()));
        assertThat(own).contains("法定处罚幅度：一万元以上三万元以下罚款。", "裁量基准：西安市应急管理行政处罚裁量基准第十二项（1万元至3万元档）。");
    }

    @Test
    void withoutTheLawLibraryNoRangeIsMadeUp() {
        String t = discretion(Circumstances.NONE, rec(null, null, List.of(), List.of(), null), OpinionContent.Sources.NONE);
        assertThat(t).doesNotContain("法定处罚幅度：").contains("裁量基准：本案管辖地无可适用的行政处罚裁量基准");
    }

    @Test
    void circumstancesAreSortedIntoMitigatingReducingAndAggravating() {
        Circumstances c = new Circumstances(true, true, true, true, 1, List.of("主动消除危害后果。", " "),
                List.of("拒不配合检查；"), Extra.NONE);
        String t = discretion(c, rec(null, null, List.of("具有减轻处罚情节：受他人胁迫"), List.of("拒不配合检查"),
                "违法行为持续时间短"), OpinionContentTest.sources(List.of()));
        assertThat(t).contains("从轻情节：初次违法；及时改正；主动消除危害后果。",
                "减轻情节：具有减轻处罚情节：受他人胁迫。",
                "从重情节：逾期未改正；造成危害后果；拒不配合检查。",
                "承办机构拟处罚款", "联审小组认为：违法行为持续时间短。")
                .doesNotContain("案卷未载明从轻", "；；", "拒不配合检查；拒不配合检查");
    }
}
