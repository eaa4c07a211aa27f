package org.jrw.logic.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrw.logic.pdf.OfficialDocument.SignLine;
import org.junit.jupiter.api.Test;

class OfficialDocumentWriterTest {
    private final OfficialDocumentWriter writer = new OfficialDocumentWriter();

    private static OfficialDocument.Builder sample() {
        return OfficialDocument.builder("行政处罚决定书").organ("西安市应急管理局").number("西应急罚〔2024〕37号")
                .plain("被处罚单位：西安某某精工机械有限公司")
                .paragraph("经查，你单位于2024年3月12日安排未取得特种作业操作证的人员从事电焊作业。".repeat(20))
                .fields(FieldTable.builder(4).row("案件来源", "双随机检查", "立案日期", "2024年3月14日")
                        .box("审批意见", "同意。", "审批人：周某", LocalDate.of(2024, 3, 14)).build())
                .signLines(new SignLine("受送达人（签名）", "张某华", LocalDate.of(2024, 4, 17)))
                .signature("西安市应急管理局", LocalDate.of(2024, 4, 16));
    }

    @Test
    void writesExtractableChineseWithEmbeddedFonts() throws IOException {
        byte[] pdf = writer.write(sample().build());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("西安市应急管理局", "行政处罚决定书", "西应急罚〔2024〕37号", "2024年4月16日",
                    "审批人：周某", "—1—");
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("行政处罚决定书 西应急罚〔2024〕37号");
        }
    }

    @Test
    void fixedTimestampGivesIdenticalBytes() {
        OfficialDocument d = sample().fixedTimestamp(ZonedDateTime.parse("2024-04-16T17:30+08:00[Asia/Shanghai]")).build();
        assertThat(writer.write(d)).isEqualTo(writer.write(d));
    }

    @Test
    void refusesCharactersTheBundledFontsCannotShow() {
        OfficialDocument d = OfficialDocument.builder("标题").paragraph("ꀀ").build();
        assertThat(OfficialDocumentWriter.missingGlyphs(d)).isEqualTo("ꀀ");
        assertThatThrownBy(() -> writer.write(d)).isInstanceOf(IllegalArgumentException.class);
    }
}
