package org.jrw.gui.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jrw.i18n.Messages;
import org.jrw.logic.law.Law;
import org.jrw.logic.law.LawLibrary;
import org.jrw.logic.law.LawVersion;
import org.jrw.logic.law.Resolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The law viewer's version logic on the built-in 安全生产法 (2014 and 2021). */
class LawViewerViewModelTest {
    private static LawLibrary lib;
    private static Law law;
    private static LawVersion v2014;
    private static LawVersion v2021;

    @BeforeAll
    static void library() {
        Messages.setLanguage("zh");
        lib = LawLibrary.builtIn();
        law = lib.law("work-safety-law").orElseThrow();
        v2014 = law.version("2014").orElseThrow();
        v2021 = law.version("2021").orElseThrow();
    }

    @Test
    void theVersionInForceTodayIsChosen() {
        assertThat(LawViewerViewModel.defaultVersion(law, LocalDate.of(2026, 11, 25))).isSameAs(v2021);
        assertThat(LawViewerViewModel.defaultVersion(law, LocalDate.of(2019, 5, 1))).isSameAs(v2014);
        // before the earliest version held: the latest
        assertThat(LawViewerViewModel.defaultVersion(law, LocalDate.of(2010, 1, 1))).isSameAs(v2021);
    }

    @Test
    void versionsAreListedWithTheirPeriod() {
        assertThat(LawViewerViewModel.versionLabel(v2021)).isEqualTo("2021年修正 · 2021-09-01 起施行");
        assertThat(LawViewerViewModel.versionLabel(v2014)).isEqualTo("2014年修正 · 2014-12-01 至 2021-08-31");
    }

    @Test
    void theHeaderSaysWhetherTheVersionIsInForce() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        assertThat(LawViewerViewModel.state(v2021, today)).isEqualTo("现行有效");
        assertThat(LawViewerViewModel.state(v2014, today)).isEqualTo("已被修改（2021-09-01 起失效）");
        assertThat(LawViewerViewModel.state(v2014, LocalDate.of(2021, 8, 31))).isEqualTo("现行有效");
        assertThat(LawViewerViewModel.state(v2021, LocalDate.of(2021, 8, 31))).startsWith("尚未施行");
        assertThat(LawViewerViewModel.header(law, v2014, today))
                .isEqualTo("《中华人民共和国安全生产法》2014年修正：已被修改（2021-09-01 起失效）");
    }

    @Test
    void renumberedArticlesPointToEachOther() {
        List<LawViewerViewModel.Counterpart> from2014 = LawViewerViewModel.counterparts(law, v2014, "96");
        assertThat(from2014).hasSize(1);
        assertThat(from2014.get(0).version()).isSameAs(v2021);
        assertThat(from2014.get(0).articleKey()).isEqualTo("99");
        assertThat(from2014.get(0).text()).isEqualTo("本条在2021年修正中为第九十九条");

        List<LawViewerViewModel.Counterpart> from2021 = LawViewerViewModel.counterparts(law, v2021, "99");
        assertThat(from2021).extracting(LawViewerViewModel.Counterpart::articleKey).containsExactly("96");
        assertThat(from2021.get(0).text()).isEqualTo("本条在2014年修正中为第九十六条");

        // an article the 2021 amendment added has none in 2014
        List<LawViewerViewModel.Counterpart> added = LawViewerViewModel.counterparts(law, v2021, "12");
        assertThat(added).hasSize(1);
        assertThat(added.get(0).articleKey()).isNull();
        assertThat(added.get(0).text()).isEqualTo("2014年修正中没有对应的条文");

        assertThat(LawViewerViewModel.counterparts(law, v2014, "1").get(0).text()).isEqualTo("本条在2021年修正中仍为第一条");
        // a law with one version: no hint
        Law penalty = lib.law("administrative-penalty-law").orElseThrow();
        assertThat(LawViewerViewModel.counterparts(penalty, penalty.latest(), "37")).isEmpty();
    }

    @Test
    void switchingVersionsStaysOnTheSameProvision() {
        assertThat(LawViewerViewModel.mapArticle(law, v2014, v2021, "96")).isEqualTo("99");
        assertThat(LawViewerViewModel.mapArticle(law, v2021, v2014, "99")).isEqualTo("96");
        assertThat(LawViewerViewModel.mapArticle(law, v2021, v2014, "12")).isNull();
        assertThat(LawViewerViewModel.mapArticle(law, v2021, v2021, "12")).isEqualTo("12");
    }

    @Test
    void goToCitationResolvesInTheChosenVersionOrOnTheDate() {
        Resolution in2014 = LawViewerViewModel.resolve(lib, "第九十六条", null, law, v2014);
        assertThat(in2014.found()).isTrue();
        assertThat(in2014.version()).isSameAs(v2014);
        assertThat(in2014.article().text()).contains("可以处五万元以下的罚款");

        Resolution in2021 = LawViewerViewModel.resolve(lib, "《安全生产法》第九十六条", null, law, v2021);
        assertThat(in2021.version()).isSameAs(v2021);

        Resolution onDate = LawViewerViewModel.resolve(lib, "《安全生产法》第九十六条", LocalDate.of(2019, 5, 1), law, v2021);
        assertThat(onDate.version()).isSameAs(v2014);

        // an article only the 2021 version has, asked in the 2014 version: found in 2021
        Resolution only2021 = LawViewerViewModel.resolve(lib, "第一百一十九条", null, law, v2014);
        assertThat(only2021.found()).isTrue();
        assertThat(only2021.version()).isSameAs(v2021);

        // another law: its latest version
        Resolution other = LawViewerViewModel.resolve(lib, "《行政处罚法》第三十七条", null, law, v2014);
        assertThat(other.law().id()).isEqualTo("administrative-penalty-law");
    }

    @Test
    void articleLabelsFromKeys() {
        assertThat(LawViewerViewModel.articleLabel("99")).isEqualTo("第九十九条");
        assertThat(LawViewerViewModel.articleLabel("134-1")).isEqualTo("第一百三十四条之一");
    }
}
