package org.jrw.logic.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The Word text the anonymiser and the leak scanner read through POI (ADR 0153). */
class WordParagraphsTest {
    @Test
    void runsAreJoinedAndTablesHeadersFootersAndCommentsAreRead() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("证人：张");
            var bold = p.createRun();
            bold.setBold(true);
            bold.setText("某");
            p.createRun().setText("华，电话13912345678");
            XWPFTable t = doc.createTable(1, 2);
            t.getRow(0).getCell(1).setText("住址：未央区某街1号");
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页眉 李某明");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页脚 王某");
            XWPFComment c = doc.createComments().createComment(BigInteger.ONE);
            c.setAuthor("审核人");
            c.createParagraph().createRun().setText("请赵某核对");
            doc.write(out);
            docx = out.toByteArray();
        }
        assertThat(DocxText.paragraphs(docx)).contains("证人：张某华，电话13912345678", "住址：未央区某街1号",
                "页眉 李某明", "页脚 王某", "请赵某核对");
    }

    @Test
    void somethingPoiCannotOpenIsAnIoException() {
        assertThatThrownBy(() -> DocxText.paragraphs("not a zip".getBytes())).isInstanceOf(IOException.class);
    }
}
