package org.jrw.logic.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Writes a typical case as DOCX (Apache POI) in the 92号 template order. */
public final class TypicalCaseDocx {
    private static final String FONT = "仿宋";
    private static final String HEAD_FONT = "黑体";

    static {
        // POI logs through log4j-api; without an implementation it prints a warning on every run
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private TypicalCaseDocx() {
    }

    public static void write(TypicalCase t, String reportingUnit, Path out) {
        Path tmp = null;
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            tmp = Files.createTempFile(parent, ".typical", ".docx.part");
            try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(tmp)) {
                doc.getProperties().getCoreProperties().setTitle(t.title());
                doc.getProperties().getCoreProperties().setCreator("联审工作台 Joint Review Workbench");
                XWPFParagraph title = doc.createParagraph();
                title.setAlignment(ParagraphAlignment.CENTER);
                run(title, t.title(), "方正小标宋简体", 22, true);
                if (reportingUnit != null && !reportingUnit.isBlank()) {
                    XWPFParagraph unit = doc.createParagraph();
                    unit.setAlignment(ParagraphAlignment.CENTER);
                    run(unit, "报送单位：" + reportingUnit, FONT, 14, false);
                }
                section(doc, "【关键词】", t.keywords());
                section(doc, "【要旨】", t.gist());
                section(doc, "【基本案情】", t.facts());
                heading(doc, "【查处理由和结果】");
                body(doc, "违法依据：" + t.violationBasis());
                body(doc, "处罚依据：" + t.penaltyBasis());
                body(doc, "裁量依据：" + t.discretionBasis());
                body(doc, "处理结果：" + t.result());
                section(doc, "【案件评析】", t.analysis());
                doc.write(os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    private static void section(XWPFDocument doc, String head, String text) {
        heading(doc, head);
        for (String para : (text == null ? "" : text).split("\n")) {
            body(doc, para);
        }
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(160);
        run(p, text, HEAD_FONT, 16, false);
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(640);
        p.setAlignment(ParagraphAlignment.BOTH);
        run(p, text, FONT, 16, false);
    }

    private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text == null ? "" : text);
        r.setFontFamily(font);
        r.setFontSize(size);
        r.setBold(bold);
    }
}
