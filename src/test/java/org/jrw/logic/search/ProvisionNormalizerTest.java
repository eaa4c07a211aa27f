package org.jrw.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisionNormalizerTest {
    private static List<String> ids(String text) {
        return ProvisionNormalizer.parse(text).stream().map(Provision::id).toList();
    }

    @Test
    void threeSpellingsOfOneItemAreTheSameCanonicalId() {
        String a = ids("《安全生产法》第九十七条第(七)项").get(0);
        String b = ids("《中华人民共和国安全生产法》第九十七条第一款第七项").get(0);
        String c = ids("安全生产法97条7项").get(0);
        assertThat(a).isEqualTo("安全生产法第97条第7项").isEqualTo(b).isEqualTo(c);
        // without a law: matches the same item of any law
        assertThat(ids("97条7项")).containsExactly("*第97条第7项");
        assertThat(ProvisionNormalizer.parse("《安全生产法》第九十七条第（七）项").get(0).indexKeys())
                .contains("安全生产法第97条", "安全生产法第97条第1款", "*第97条第7项");
    }

    @Test
    void shownAsTheLawCitesItInChineseNumeralsWhileTheIdStaysCanonical() {
        assertThat(ProvisionNormalizer.parse("安全生产法97条7项").get(0).display()).isEqualTo("《安全生产法》第九十七条第七项");
        assertThat(ProvisionNormalizer.parse("《安全生产法》第三十条第一款").get(0).display()).isEqualTo("《安全生产法》第三十条第一款");
        assertThat(ProvisionNormalizer.parse("《刑法》第一百三十四条之一第(一)项").get(0).display())
                .isEqualTo("《刑法》第一百三十四条之一第一项");
        assertThat(ProvisionNormalizer.parse("第一百零五条第二款").get(0).display()).isEqualTo("第一百零五条第二款");
        // a facet's value (the canonical id) shown as cited
        assertThat(Provision.displayOf("安全生产法第97条")).isEqualTo("《安全生产法》第九十七条");
        assertThat(Provision.displayOf("*第36条第2款")).isEqualTo("第三十六条第二款");
        assertThat(Provision.displayOf("其他")).isEqualTo("其他");
    }

    @Test
    void lawAndArticleCarryOver() {
        assertThat(ids("《烟花爆竹经营许可实施办法》第二十二条第二款、第二十五条第一款"))
                .containsExactly("烟花爆竹经营许可实施办法第22条第2款", "烟花爆竹经营许可实施办法第25条第1款");
        assertThat(ids("《烟花爆竹经营许可实施办法》第三十二条第(六)项、第(十)项"))
                .containsExactly("烟花爆竹经营许可实施办法第32条第6项", "烟花爆竹经营许可实施办法第32条第10项");
        assertThat(ids("《工贸企业重大事故隐患判定标准》第十一条第(三)(六)项"))
                .containsExactly("工贸企业重大事故隐患判定标准第11条第3项", "工贸企业重大事故隐患判定标准第11条第6项");
        assertThat(ids("《刑法》第一百三十四条之一第(一)项")).containsExactly("刑法第134条之1第1项");
        assertThat(ids("《安全生产法》第一百零五条第(二)项")).containsExactly("安全生产法第105条第2项");
        assertThat(ProvisionNormalizer.parse("未在摘录中写明(应为第九十七条第(七)项)", "安全生产法").get(0).id())
                .isEqualTo("安全生产法第97条第7项");
    }

    @Test
    void numbering2014IsMappedWhereKnown() {
        assertThat(ids("《安全生产法》(2014)第三十三条第二款")).containsExactly("安全生产法第36条第2款");
        assertThat(ids("《安全生产法》(2014)第九十六条第(二)(三)(六)项、第九十九条"))
                .containsExactly("安全生产法第99条第2项", "安全生产法第99条第3项", "安全生产法第99条第6项",
                        "安全生产法第102条");
        assertThat(ids("《安全生产法》(2014)第一百零九条")).containsExactly("安全生产法第114条");
        assertThat(ids("《安全生产法》(2014)第一百零六条")).containsExactly("安全生产法第110条");
        assertThat(ids("《安全生产法》(2014)第十条")).containsExactly("安全生产法(2014)第10条");
    }

    @Test
    void chineseNumerals() {
        assertThat(ProvisionNormalizer.number("九十七")).isEqualTo(97);
        assertThat(ProvisionNormalizer.number("一百零五")).isEqualTo(105);
        assertThat(ProvisionNormalizer.number("十")).isEqualTo(10);
        assertThat(ProvisionNormalizer.number("二百一十")).isEqualTo(210);
        assertThat(ProvisionNormalizer.number("９７")).isEqualTo(97);
    }
}
