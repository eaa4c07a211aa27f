package org.jrw.logic.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DocumentTextTest {
    @Test
    void oneCitationForm() {
        assertThat(DocumentText.citation("《安全生产法》第九十七条第（七）项")).isEqualTo("《安全生产法》第九十七条第七项");
        assertThat(DocumentText.citation("《安全生产法》第97条第7项")).isEqualTo("《安全生产法》第九十七条第七项");
        assertThat(DocumentText.citation("第30条第1款")).isEqualTo("第三十条第一款");
    }

    @Test
    void amountsWithoutThousandsSeparators() {
        assertThat(DocumentText.amounts("罚款人民币20,000元，另1,250,000.50元")).isEqualTo("罚款人民币20000元，另1250000.50元");
        assertThat(DocumentText.yuan(20000)).isEqualTo("2万元");
        assertThat(DocumentText.yuan(12000)).isEqualTo("12000元");
        assertThat(DocumentText.yuan(150000)).isEqualTo("15万元");
        assertThat(DocumentText.yuan(125000)).isEqualTo("12.5万元");
        assertThat(DocumentText.yuan(new BigDecimal("30000.00"))).isEqualTo("3万元");
    }

    @Test
    void researchNotesAreTakenOut() {
        String s = "应急管理部（镜像页面，原页面已失效）发布【知】：某公司未培训(应为第二十八条)，见 https://mirror.example.org/a.html";
        String c = DocumentText.clean(s);
        assertThat(c).isEqualTo("应急管理部发布：某公司未培训，见");
        assertThat(DocumentText.hasNotes(s)).isTrue();
        assertThat(DocumentText.hasNotes(c)).isFalse();
        assertThat(DocumentText.clean("处罚金额系推定。罚款2万元")).isEqualTo("罚款2万元");
    }

    @Test
    void halfWidthPunctuationInChineseTextIsMadeFullWidth() {
        assertThat(DocumentText.punctuation("经12345举报核查,一家电器厂(案例2):罚款")).isEqualTo("经12345举报核查，一家电器厂（案例2）：罚款");
    }
}
