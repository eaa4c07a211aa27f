package org.jrw.logic.training;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document's text as Word shows it, read with Apache POI's XWPF (ADR 0153): every paragraph
 * of the body, of table cells (nested tables too), content controls, headers, footers, footnotes,
 * endnotes and comments, each with its runs joined. The anonymiser searches these texts for names
 * besides the raw XML, and the leak scanner re-reads a written copy through them, independently of
 * the XML rewriter ({@link Docx}) that wrote it.
 */
final class DocxText {
    private DocxText() {
    }

    /** The paragraphs' texts, blank ones left out; IOException when POI cannot open the package. */
    static List<String> paragraphs(byte[] docx) throws IOException {
        List<String> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            body(doc, out);
            doc.getHeaderList().forEach(h -> body(h, out));
            doc.getFooterList().forEach(f -> body(f, out));
            doc.getFootnotes().forEach(n -> body(n, out));
            doc.getEndnotes().forEach(n -> body(n, out));
            for (XWPFComment c : doc.getComments()) {
                add(c.getText(), out);
            }
        } catch (RuntimeException e) {
            // POI reports a package it cannot make sense of with unchecked exceptions
            throw new IOException("not a readable Word document: " + e.getMessage(), e);
        }
        return out;
    }

    private static void body(IBody body, List<String> out) {
        for (IBodyElement e : body.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                add(p.getText(), out);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        body(cell, out);
                    }
                }
            } else if (e instanceof XWPFSDT sdt) {
                add(sdt.getContent().getText(), out);
            }
        }
    }

    private static void add(String text, List<String> out) {
        if (text != null && !text.isBlank()) {
            out.add(text);
        }
    }
}
