package org.jrw.logic.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jrw.logic.search.Hit;

/**
 * The 类案检索报告 (similar-case search report): the query or case searched for, the date, and each
 * chosen precedent with its facts, provisions, penalty, source link and the comparison points
 * (shared provisions, matched terms, the reviewer's note), in the bundled, embedded fonts
 * ({@link PdfFonts}). Written to a temporary file and moved into place, so a failure
 * leaves no partial report.
 */
public final class PrecedentReportWriter {
    /** One chosen precedent and the reviewer's comparison note (may be null). */
    public record Entry(Hit hit, String note) {
    }

    /**
     * What the report is about: the query text and filters as the user gave them, or the case
     * (number and title) for a similar-case search; when it was made; who made it (may be null).
     */
    public record Subject(String query, String caseNumber, String caseTitle, java.time.OffsetDateTime at,
                          String author) {
    }

    private PrecedentReportWriter() {
    }

    /** Writes the report; returns the number of pages. */
    public static int write(Path out, Subject subject, List<Entry> entries) {
        Path tmp = null;
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            tmp = Files.createTempFile(parent, ".report", ".pdf.part");
            int pages;
            try (PdfDocument pdf = new PdfDocument(new PdfWriter(tmp.toFile()));
                 Document doc = new Document(pdf)) {
                doc.setFontProvider(PdfFonts.provider());
                doc.setFontFamily(PdfFonts.FAMILIES.toArray(String[]::new)).setFontSize(10.5f);
                PdfDocumentInfo info = pdf.getDocumentInfo();
                info.setTitle("类案检索报告");
                info.setCreator("联审工作台 Joint Review Workbench");
                doc.add(new Paragraph("类案检索报告").setFontSize(18).setTextAlignment(TextAlignment.CENTER));
                Table head = new Table(UnitValue.createPercentArray(new float[] {22, 78})).useAllAvailableWidth().setFixedLayout();
                if (subject.caseNumber() != null) {
                    row(head, "待审案件", subject.caseNumber()
                            + (subject.caseTitle() == null ? "" : "　" + subject.caseTitle()));
                }
                if (subject.query() != null && !subject.query().isBlank()) {
                    row(head, "检索条件", subject.query());
                }
                row(head, "检索时间", subject.at().format(DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")));
                if (subject.author() != null) {
                    row(head, "检索人", subject.author());
                }
                row(head, "检索范围", "工作区典型执法案例库（公开发布的应急管理行政执法案例）");
                row(head, "入选案例", entries.size() + " 件");
                doc.add(head);
                int i = 0;
                for (Entry e : entries) {
                    Hit h = e.hit();
                    doc.add(new Paragraph((++i) + ". " + h.title()).setFontSize(13).setMarginTop(14));
                    Table t = new Table(UnitValue.createPercentArray(new float[] {22, 78})).useAllAvailableWidth().setFixedLayout();
                    row(t, "案例编号", h.id());
                    row(t, "地区 / 行业", join(h.region(), h.industry()));
                    row(t, "时间 / 发布", join(h.date(), h.publisher()));
                    row(t, "案情", h.facts());
                    row(t, "违法依据", h.violationBasis());
                    row(t, "处罚依据", h.penaltyBasis());
                    row(t, "处罚", penalty(h));
                    row(t, "移送司法", h.transferred() == null ? "不详" : h.transferred() ? "是" : "否");
                    row(t, "来源", h.sourceUrl());
                    StringBuilder cmp = new StringBuilder();
                    if (!h.sharedProvisions().isEmpty()) {
                        cmp.append("相同条款：").append(String.join("、", h.sharedProvisions())).append('\n');
                    }
                    if (!h.matchedTerms().isEmpty()) {
                        cmp.append("相同情节用语：").append(String.join("、", h.matchedTerms())).append('\n');
                    }
                    if (e.note() != null && !e.note().isBlank()) {
                        cmp.append("审查意见：").append(e.note().strip());
                    }
                    row(t, "比对要点", cmp.length() == 0 ? "—" : cmp.toString().strip());
                    doc.add(t);
                }
                doc.add(new Paragraph("说明：案例摘要为结构化整理，以发布机关原文为准；本报告供联审参考，不作为处罚依据。")
                        .setFontSize(9).setMarginTop(16));
                pages = pdf.getNumberOfPages();
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            return pages;
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

    private static String penalty(Hit h) {
        StringBuilder sb = new StringBuilder();
        if (h.penaltyUnitYuan() != null) {
            sb.append("单位罚款 ").append(yuan(h.penaltyUnitYuan()));
        }
        if (h.penaltyPersonYuan() != null) {
            sb.append(sb.length() > 0 ? "；" : "").append("个人罚款 ").append(yuan(h.penaltyPersonYuan()));
        }
        return sb.length() == 0 ? "未载明罚款" : sb.toString();
    }

    private static String yuan(BigDecimal v) {
        return v.toPlainString() + " 元";
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b == null ? "" : b;
        }
        return b == null ? a : a + "　" + b;
    }

    private static void row(Table t, String label, String value) {
        t.addCell(new Cell().add(new Paragraph(label)).setBackgroundColor(new com.itextpdf.kernel.colors.DeviceGray(0.92f)));
        t.addCell(new Cell().add(new Paragraph(value == null || value.isBlank() ? "—" : value)));
    }
}
