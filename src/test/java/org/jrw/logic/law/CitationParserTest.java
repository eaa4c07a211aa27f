package org.jrw.logic.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jrw.i18n.Messages;
import org.jrw.model.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationParserTest {
    private final CitationParser parser = CitationParser.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "《安全生产法》第九十七条第(七)项|安全生产法:97:*:7",
        "《安全生产法》第九十七条第（七）项|安全生产法:97:*:7",
        "《中华人民共和国安全生产法》第九十七条第一款第七项|安全生产法:97:1:7",
        "第九十七条第七项|?:97:*:7",
        "第九十七条（七）|?:97:*:7",
        "《安全生产法》第97条第1款第7项|安全生产法:97:1:7",
        "《安全生产法》第９７条第（７）项|安全生产法:97:*:7",
        "《中华人民共和国安全生产法》第三十条第一款|安全生产法:30:1",
        "《安全生产法》第一百零五条第(二)项|安全生产法:105:*:2",
        "《安全生产法》第一百一十九条|安全生产法:119",
        "《刑法》第一百三十四条之一第(一)项|刑法:134之1:*:1",
        "《中华人民共和国刑法》第一百三十四条之一|刑法:134之1",
        "《危化品条例》第七十八条第一款第（一）项|危险化学品安全管理条例:78:1:1",
        "《危险化学品安全管理条例》第八十条|危险化学品安全管理条例:80",
        "《行政处罚法》第三十三条第一款|行政处罚法:33:1",
        "依据安全生产法第九十九条第二项|安全生产法:99:*:2",
        "《 中华人民共和国 安全生产法 》 第 九十七 条 第 七 项|安全生产法:97:*:7",
        "《安全生产法》第九十四条第一款|安全生产法:94:1",
        "《非煤矿山外包工程安全管理暂行办法》第二十条第一款|非煤矿山外包工程安全管理暂行办法:20:1",
        "〈安全生产法〉第十条|安全生产法:10",
        "《安全生产法》第二十条|安全生产法:20",
        "《安全生产法》第十条|安全生产法:10",
    })
    void canonicalIds(String text, String id) {
        assertThat(parser.canonicalId(text)).isEqualTo(id);
    }

    @Test
    void severalItemsParagraphsArticlesAndLaws() {
        assertThat(parser.canonicalIds("《工贸企业重大事故隐患判定标准》第十一条第(三)(六)项"))
                .containsExactly("工贸企业重大事故隐患判定标准:11:*:3", "工贸企业重大事故隐患判定标准:11:*:6");
        assertThat(parser.canonicalIds("《烟花爆竹经营许可实施办法》第三十二条第(六)项、第(十)项"))
                .containsExactly("烟花爆竹经营许可实施办法:32:*:6", "烟花爆竹经营许可实施办法:32:*:10");
        assertThat(parser.canonicalIds("《安全生产法》(2014)第三十三条第一款、第二款,第三十五条第三款,第三十八条第一款"))
                .containsExactly("安全生产法:33:1", "安全生产法:33:2", "安全生产法:35:3", "安全生产法:38:1");
        assertThat(parser.canonicalIds("《安全生产法》第三十条第一款;《工贸企业重大事故隐患判定标准》第三条第(二)项"))
                .containsExactly("安全生产法:30:1", "工贸企业重大事故隐患判定标准:3:*:2");
        assertThat(parser.canonicalIds("《安全生产法》第三十六条第一款;《工贸企业粉尘防爆安全规定》第十五条、第十七条第一款"))
                .containsExactly("安全生产法:36:1", "工贸企业粉尘防爆安全规定:15", "工贸企业粉尘防爆安全规定:17:1");
    }

    @Test
    void fieldsAndVersionHint() {
        ParsedCitation c = parser.parse("《安全生产法》（2014年修正）第九十六条第（三）项");
        assertThat(c.lawKey()).isEqualTo("安全生产法");
        assertThat(c.versionHint()).isEqualTo("2014");
        assertThat(c.article()).isEqualTo(96);
        assertThat(c.paragraph()).isNull();
        assertThat(c.item()).isEqualTo(3);
        assertThat(c.display()).isEqualTo("《安全生产法》第九十六条第（三）项");
        ParsedCitation unknown = parser.parse("《某某省安全生产条例》第五条");
        assertThat(unknown.lawKnown()).isFalse();
        assertThat(unknown.lawName()).isEqualTo("某某省安全生产条例");
        assertThat(parser.parse("第九十七条").lawName()).isNull();
    }

    @Test
    void unparseableIsBadInputNamingTheField() {
        Messages.setLanguage("zh");
        assertThatThrownBy(() -> parser.parse("安全生产法九十七"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("TEXT").hasMessageContaining("条文引用");
        assertThat(parser.parseAll("")).isEmpty();
        assertThat(parser.parseAll(null)).isEmpty();
    }

    @Test
    void chineseNumerals() {
        assertThat(ChineseNumerals.parse("九十七")).isEqualTo(97);
        assertThat(ChineseNumerals.parse("一百零五")).isEqualTo(105);
        assertThat(ChineseNumerals.parse("一百一十九")).isEqualTo(119);
        assertThat(ChineseNumerals.parse("十")).isEqualTo(10);
        assertThat(ChineseNumerals.parse("十二")).isEqualTo(12);
        assertThat(ChineseNumerals.parse("二十万")).isEqualTo(200000);
        assertThat(ChineseNumerals.parse("两万")).isEqualTo(20000);
        assertThat(ChineseNumerals.parse("一千")).isEqualTo(1000);
        assertThat(ChineseNumerals.parse("四百五十二")).isEqualTo(452);
        assertThat(ChineseNumerals.parse("９７")).isEqualTo(97);
        assertThat(ChineseNumerals.parse("九七")).isEqualTo(-1);
        assertThat(ChineseNumerals.parse("条")).isEqualTo(-1);
        for (int n : List.of(1, 10, 11, 20, 97, 100, 105, 110, 119, 134, 452, 1000, 1005)) {
            assertThat(ChineseNumerals.parse(ChineseNumerals.toChinese(n))).isEqualTo(n);
        }
        assertThat(ChineseNumerals.toChinese(105)).isEqualTo("一百零五");
        assertThat(ChineseNumerals.toChinese(119)).isEqualTo("一百一十九");
        assertThat(ChineseNumerals.toChinese(12)).isEqualTo("十二");
    }
}
