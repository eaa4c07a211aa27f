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
            assertThat(text).contains("西安市应急管理局", "行政处罚决定书", "西应急罚〔2024〕37号", "二〇二四年四月十六日",
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
    void dateOfIssueInChineseNumerals() {
        assertThat(OfficialDocument.numeralDate(LocalDate.of(2026, 12, 7))).isEqualTo("二〇二六年十二月七日");
        assertThat(OfficialDocument.numeralDate(LocalDate.of(2020, 10, 10))).isEqualTo("二〇二〇年十月十日");
        assertThat(OfficialDocument.numeralDate(LocalDate.of(2024, 11, 21))).isEqualTo("二〇二四年十一月二十一日");
        assertThat(OfficialDocument.numeralDate(LocalDate.of(2019, 1, 30))).isEqualTo("二〇一九年一月三十日");
    }

    /** GB/T 9704-2012: text inside the 版心 (left 28 mm, top 37 mm, 156 × 225 mm); page numbers below it, odd right / even left. */
    @Test
    void officialLayoutKeepsTheTypeAreaAndPutsPageNumbersOutside() throws IOException {
        byte[] pdf = writer.write(sample().build());
        float mm = 72f / 25.4f;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            java.util.List<float[]> body = new java.util.ArrayList<>();
            java.util.Map<Integer, float[]> numbers = new java.util.HashMap<>();
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> pos) {
                    for (var p : pos) {
                        float[] xy = {p.getXDirAdj(), p.getYDirAdj(), p.getFontSizeInPt()};
                        if (p.getYDirAdj() > 270 * mm) {
                            numbers.merge(getCurrentPageNo(), xy, (a, b) -> a[0] > b[0] ? a : b);
                        } else {
                            body.add(xy);
                        }
                    }
                }
            };
            s.getText(doc);
            for (float[] p : body) {
                assertThat(p[0]).isBetween(28 * mm - 1, (28 + 156) * mm + 1);
                assertThat(p[1]).isBetween(37 * mm, (37 + 225) * mm + 1);
            }
            assertThat(numbers.get(1)[0]).as("odd page number on the right").isGreaterThan(150 * mm);
            assertThat(numbers.get(2)[0]).as("even page number on the left").isLessThan(60 * mm);
            assertThat(numbers.get(1)[2]).as("4号").isEqualTo(14f);
        }
    }

    @Test
    void formLayoutOfSimulatedCaseDocumentsUsesTheBundledFonts() throws IOException {
        byte[] pdf = OfficialDocumentWriter.forms().write(sample().build());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).getName()).containsAnyOf("DroidSans", "DejaVu");
                }
            }
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
