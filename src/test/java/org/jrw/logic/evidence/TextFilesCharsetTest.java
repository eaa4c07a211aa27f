package org.jrw.logic.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** GB18030 decodes nearly any bytes: Big5 text must not come out garbled without a word (ADR 0151). */
class TextFilesCharsetTest {
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final String TRADITIONAL = "本局執法人員於現場檢查時發現該公司未對從業人員進行安全生產教育和培訓，違反了安全生產法的規定。";
    private static final String SIMPLIFIED = "本局执法人员于现场检查时发现该公司未对从业人员进行安全生产教育和培训，违反了安全生产法的规定。";

    @Test
    void big5TextIsReadAsBig5NotAsGarbledGb18030() {
        byte[] b = TRADITIONAL.getBytes(BIG5);
        assertThat(new String(b, TextFiles.GB18030)).isNotEqualTo(TRADITIONAL); // the garbling this prevents
        TextFiles.Decoded d = TextFiles.decode(b);
        assertThat(d.charset()).isEqualTo(BIG5);
        assertThat(d.text()).isEqualTo(TRADITIONAL);
    }

    @Test
    void gbkTextStaysGb18030EvenInTraditionalCharacters() {
        for (String t : new String[] {SIMPLIFIED, TRADITIONAL, "姓名,电话\r\n王伟,13800000000\r\n"}) {
            TextFiles.Decoded d = TextFiles.decode(t.getBytes(TextFiles.GB18030));
            assertThat(d.charset()).as(t).isEqualTo(TextFiles.GB18030);
            assertThat(d.text()).isEqualTo(t);
        }
        assertThat(TextFiles.decode(SIMPLIFIED.getBytes(StandardCharsets.UTF_8)).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void textABig5FileCannotHoldIsWrittenAsUtf8WithAMarkInsteadOfQuestionMarks() {
        TextFiles.Decoded d = TextFiles.decode(TRADITIONAL.getBytes(BIG5));
        byte[] same = TextFiles.encode(d, TRADITIONAL);
        assertThat(same).isEqualTo(TRADITIONAL.getBytes(BIG5));
        byte[] out = TextFiles.encode(d, "当事人张某");
        assertThat(TextFiles.decode(out).text()).isEqualTo("当事人张某");
        assertThat(new String(out, StandardCharsets.UTF_8)).doesNotContain("?");
    }
}
