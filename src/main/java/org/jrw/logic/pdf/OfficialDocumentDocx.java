package org.jrw.logic.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes an {@link OfficialDocument} as DOCX (Apache POI) in the same GB/T 9704-2012 layout as
 * {@link OfficialDocumentWriter} — A4, margins top 37 mm / bottom 35 mm / left 28 mm / right 26 mm,
 * fixed 22-line pitch, title 2号 方正小标宋简体, body 3号 仿宋_GB2312, 黑体 and 楷体_GB2312 headings,
 * page numbers {@code — 1 —} in 4号 宋体 — for the documents a bureau edits before sending them
 * (典型案例, 案卷评查表). The fonts are named, not embedded: Word uses the bureau's installed faces.
 * Written to a temporary file and moved into place.
 */
public final class OfficialDocumentDocx {
    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEI_FONT = "黑体";
    static final String KAI_FONT = "楷体_GB2312";
    static final String NUMBER_FONT = "宋体";
    /** 1 mm in twentieths of a point. */
    private static final double MM = 1440 / 25.4;
    /** The fixed line pitch of 22 lines in the 225 mm 版心, in twentieths of a point. */
    private static final int LINE = (int) Math.round(225 * MM / 22);

    static {
        // POI logs through log4j-api; without an implementation it prints a warning on every run
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private OfficialDocumentDocx() {
    }

    /** Writes the document to a DOCX file (atomically). */
    public static void write(OfficialDocument d, Path out) {
        Path tmp = null;
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            tmp = Files.createTempFile(parent, ".jrw", ".docx.part");
            try (XWPFDocument doc = build(d); OutputStream os = Files.newOutputStream(tmp)) {
                doc.write(os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                org.jrw.persistence.AtomicFiles.deleteLeftover(tmp);
            }
        }
    }

    static XWPFDocument build(OfficialDocument d) {
        XWPFDocument doc = new XWPFDocument();
        doc.getProperties().getCoreProperties().setTitle(d.title());
        doc.getProperties().getCoreProperties().setCreator(OfficialDocumentWriter.CREATOR);
        page(doc);
        if (d.pageNumbers() != OfficialDocument.PageNumbers.NONE) {
            pageNumbers(doc);
        }
        if (d.organ() != null) {
            run(centered(doc), d.organ(), TITLE_FONT, 22);
        }
        run(centered(doc), d.title(), TITLE_FONT, 22);
        if (d.subtitle() != null) {
            run(centered(doc), d.subtitle(), BODY_FONT, 16);
        }
        if (d.number() != null) {
            XWPFParagraph p = lined(doc.createParagraph());
            p.setAlignment(d.numberPlacement() == OfficialDocument.NumberPlacement.CENTER ? ParagraphAlignment.CENTER
                    : ParagraphAlignment.RIGHT);
            run(p, d.number(), BODY_FONT, 16);
        }
        lined(doc.createParagraph());
        for (OfficialDocument.Block b : d.blocks()) {
            block(doc, b);
        }
        return doc;
    }

    private static void block(XWPFDocument doc, OfficialDocument.Block b) {
        if (b instanceof OfficialDocument.Text t) {
            XWPFParagraph p = lined(doc.createParagraph());
            switch (t.style()) {
                case BODY -> {
                    p.setFirstLineIndent(640);
                    p.setAlignment(ParagraphAlignment.BOTH);
                    lines(p, t.text(), BODY_FONT, 16);
                }
                case PLAIN -> {
                    p.setAlignment(ParagraphAlignment.BOTH);
                    lines(p, t.text(), BODY_FONT, 16);
                }
                case HEADING -> {
                    p.setFirstLineIndent(640);
                    run(p, t.text(), HEI_FONT, 16);
                }
                case HEADING2 -> {
                    p.setFirstLineIndent(640);
                    run(p, t.text(), KAI_FONT, 16);
                }
                case RIGHT -> {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                    run(p, t.text(), BODY_FONT, 16);
                }
                case CENTER -> {
                    p.setAlignment(ParagraphAlignment.CENTER);
                    run(p, t.text(), BODY_FONT, 16);
                }
                case NOTE -> {
                    p.setSpacingBetween(1.2, LineSpacingRule.AUTO);
                    lines(p, t.text(), BODY_FONT, 12);
                }
                default -> throw new IllegalStateException();
            }
        } else if (b instanceof FieldTable ft) {
            table(doc, ft);
        } else if (b instanceof OfficialDocument.Signature s) {
            lined(doc.createParagraph());
            lined(doc.createParagraph());
            if (s.organ() != null) {
                XWPFParagraph p = lined(doc.createParagraph());
                p.setAlignment(ParagraphAlignment.RIGHT);
                p.setIndentationRight(4 * 320);
                run(p, s.organ(), BODY_FONT, 16);
            }
            if (s.date() != null) {
                XWPFParagraph p = lined(doc.createParagraph());
                p.setAlignment(ParagraphAlignment.RIGHT);
                p.setIndentationRight(4 * 320);
                run(p, OfficialDocument.numeralDate(s.date()), BODY_FONT, 16);
            }
        } else if (b instanceof OfficialDocument.SignLines sl) {
            for (OfficialDocument.SignLine l : sl.lines()) {
                XWPFParagraph p = lined(doc.createParagraph());
                String left = (l.label() == null ? "" : l.label() + "：") + (l.name() == null ? "" : l.name());
                String date = l.date() == null ? "　　年　　月　　日" : OfficialDocument.chineseDate(l.date());
                run(p, left + "　　　　" + date, BODY_FONT, 16);
            }
        } else if (b instanceof OfficialDocument.PageBreak) {
            doc.createParagraph().setPageBreak(true);
        } else if (b instanceof OfficialDocument.Spacer) {
            lined(doc.createParagraph());
        }
    }

    private static void table(XWPFDocument doc, FieldTable ft) {
        float[] w = ft.columnWeights();
        float sum = 0;
        for (float x : w) {
            sum += x;
        }
        int total = (int) Math.round(156 * MM);
        int rows = ft.rows().size();
        XWPFTable t = doc.createTable(rows, w.length);
        t.setTableAlignment(TableRowAlign.CENTER);
        CTTblWidth tw = t.getCTTbl().getTblPr().isSetTblW() ? t.getCTTbl().getTblPr().getTblW()
                : t.getCTTbl().getTblPr().addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(total));
        int size = ft.fontSize() > 0 ? Math.round(ft.fontSize()) : 14;
        for (int r = 0; r < rows; r++) {
            FieldTable.Row row = ft.rows().get(r);
            XWPFTableRow tr = t.getRow(r);
            int col = 0;
            for (FieldTable.Cell c : row.cells()) {
                XWPFTableCell cell = tr.getCell(col);
                int width = 0;
                for (int k = col; k < col + c.colspan() && k < w.length; k++) {
                    width += Math.round(total * w[k] / sum);
                }
                cell.setWidth(String.valueOf(width));
                if (c.colspan() > 1) {
                    cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(c.colspan()));
                    for (int k = 1; k < c.colspan(); k++) {
                        tr.removeCell(col + 1);
                    }
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(c.label() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                lines(p, c.text(), c.label() ? HEI_FONT : BODY_FONT, size);
                if (c.signature() != null) {
                    XWPFParagraph sig = cell.addParagraph();
                    sig.setAlignment(ParagraphAlignment.RIGHT);
                    run(sig, c.signature(), BODY_FONT, size);
                }
                col++;
            }
        }
    }

    private static XWPFParagraph centered(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static XWPFParagraph lined(XWPFParagraph p) {
        p.setSpacingBetween(LINE / 20.0, LineSpacingRule.EXACT);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        return p;
    }

    /** Text with line breaks as runs separated by breaks. */
    private static void lines(XWPFParagraph p, String text, String font, int size) {
        String[] parts = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            XWPFRun r = run(p, parts[i], font, size);
            if (i < parts.length - 1) {
                r.addBreak();
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int size) {
        XWPFRun r = p.createRun();
        r.setText(text == null ? "" : text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(size);
        return r;
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(Math.round(210 * MM)));
        size.setH(BigInteger.valueOf(Math.round(297 * MM)));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(Math.round(37 * MM)));
        mar.setBottom(BigInteger.valueOf(Math.round(35 * MM)));
        mar.setLeft(BigInteger.valueOf(Math.round(28 * MM)));
        mar.setRight(BigInteger.valueOf(Math.round(26 * MM)));
        mar.setFooter(BigInteger.valueOf(Math.round(28 * MM - 14 * 20)));
        mar.setHeader(BigInteger.valueOf(Math.round(15 * MM)));
    }

    /** {@code — 1 —} in 4号 宋体 at the foot (a PAGE field), outside the 版心. */
    private static void pageNumbers(XWPFDocument doc) {
        XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = f.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", NUMBER_FONT, 14);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        run(p, " —", NUMBER_FONT, 14);
    }
}
