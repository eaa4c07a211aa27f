package org.jrw.logic.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.jrw.logic.pdf.DocumentText;
import org.jrw.logic.pdf.FieldTable;
import org.jrw.logic.pdf.OfficialDocument;
import org.jrw.logic.pdf.OfficialDocumentWriter;
import org.jrw.model.Dossier;

/** The evaluation report (案卷评查表) and the typical case as official documents, written to PDF. */
public final class EvaluationDocuments {
    private EvaluationDocuments() {
    }

    /** 行政处罚案卷评查表: the case, the grade, every scoring item and every veto hit, with basis. */
    public static OfficialDocument report(Evaluation e, Dossier d, EvaluationModel model, String evaluator, LocalDate on) {
        var c = d.caseInfo();
        OfficialDocument.Builder b = OfficialDocument.builder("行政处罚案卷评查表")
                .organ(c.agency())
                .numberPlacement(OfficialDocument.NumberPlacement.RIGHT)
                .pageNumbers(OfficialDocument.PageNumbers.DASHED)
                .info(c.agency(), "案卷评查 " + c.caseNumber(), "案卷评查;" + e.grade().label());
        b.fields(FieldTable.builder(18, 32, 18, 32)
                .row("案号", c.caseNumber(), "承办机关", c.agency())
                .row("案件名称", c.title())
                .row("评查得分", e.score() + " 分", "评查等次", e.grade().label())
                .row("否决项", e.vetoed() ? "命中 " + e.vetoesHit().size() + " 项（整卷不合格）" : "未命中")
                .row("评查模型", model.name())
                .build());
        b.heading("一、评分项目");
        FieldTable.Builder items = FieldTable.builder(24, 14, 62);
        items.cells(new FieldTable.Cell("项目", true, 1, 0f, null), new FieldTable.Cell("得分", true, 1, 0f, null),
                new FieldTable.Cell("扣分理由与依据", true, 1, 0f, null));
        for (Evaluation.Item i : e.scoringItems()) {
            StringBuilder why = new StringBuilder(DocumentText.clean(i.reason()));
            String basis = DocumentText.withoutInternalRefs(i.basis());
            if (!basis.isEmpty()) {
                why.append("\n依据：").append(basis);
            }
            items.cells(new FieldTable.Cell(i.category().equals(i.name()) ? i.name() : i.category() + "\n" + i.name(), false, 1, 0f, null),
                    new FieldTable.Cell(i.points() + "/" + i.maxPoints(), false, 1, 0f, null),
                    new FieldTable.Cell(why.toString(), false, 1, 0f, null));
        }
        b.fields(items.build());
        b.heading("二、否决项");
        if (!e.vetoed()) {
            b.paragraph("未命中否决项。已核查：" + String.join("、", e.items().stream()
                    .filter(i -> i.kind() == Evaluation.Kind.VETO).map(Evaluation.Item::name).toList()) + "。");
        } else {
            for (Evaluation.Item i : e.vetoesHit()) {
                String basis = DocumentText.withoutInternalRefs(i.basis());
                b.paragraph(i.name() + "：" + DocumentText.sentence(DocumentText.clean(i.reason()))
                        + (basis.isEmpty() ? "" : "依据：" + DocumentText.sentence(basis)));
            }
        }
        b.heading("三、等次标准");
        String thresholdBasis = DocumentText.withoutInternalRefs(model.thresholdBasis());
        b.paragraph("优秀：" + model.excellentThreshold() + "分以上且无错误级审查发现；合格：" + model.passThreshold()
                + "分以上；命中任一否决项为不合格，得分按" + model.vetoScore() + "分计。"
                + (thresholdBasis.isEmpty() ? "" : DocumentText.sentence(thresholdBasis)));
        String source = model.thresholdSource();
        if (DocumentText.blank(source) || DocumentText.hasNotes(source) || DocumentText.hasInternalRefs(source)) {
            b.note("说明：本表按百分制常用分数线评定等次，应当按本地案卷评查标准核对。");
        } else {
            b.note("分数线来源：" + DocumentText.clean(source));
        }
        // the evaluator signs by hand unless the user named themselves; never a login name
        b.signLines(new OfficialDocument.SignLine("评查人（签名）", evaluator == null ? "" : evaluator, on));
        b.note("本表由联审工作台依据案卷数据和合法性审查结果自动生成，评查人应核对后签字。");
        return b.build();
    }

    /**
     * The typical case in the 92号 template as a document, in the official layout; a field left
     * empty is not printed (the pre-check refuses the export unless forced).
     */
    public static OfficialDocument typical(TypicalCase t, String reportingUnit) {
        OfficialDocument.Builder b = OfficialDocument.builder(DocumentText.blank(t.title()) ? "典型执法案例" : t.title().strip())
                .pageNumbers(OfficialDocument.PageNumbers.DASHED)
                .info(reportingUnit, "安全生产典型执法案例", t.keywords());
        if (!DocumentText.blank(reportingUnit)) {
            b.subtitle("（报送单位：" + reportingUnit.strip() + "）");
        }
        section(b, "【关键词】", t.keywords());
        section(b, "【要旨】", t.gist());
        section(b, "【基本案情】", t.facts());
        boolean any = false;
        for (String[] f : new String[][] {{"违法依据：", t.violationBasis()}, {"处罚依据：", t.penaltyBasis()},
            {"裁量依据：", t.discretionBasis()}, {"处理结果：", t.result()}}) {
            if (!DocumentText.blank(f[1])) {
                if (!any) {
                    b.heading("【查处理由和结果】");
                    any = true;
                }
                b.paragraph(f[0] + f[1].strip());
            }
        }
        section(b, "【案件评析】", t.analysis());
        return b.build();
    }

    private static void section(OfficialDocument.Builder b, String head, String text) {
        if (DocumentText.blank(text)) {
            return;
        }
        b.heading(head);
        for (String para : text.strip().split("\n+")) {
            if (!para.isBlank()) {
                b.paragraph(para.strip());
            }
        }
    }

    /** Writes a document as DOCX (a file name ending in .docx, for the bureau to edit) or PDF. */
    public static void write(OfficialDocument doc, Path out) {
        if (out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            org.jrw.logic.pdf.OfficialDocumentDocx.write(doc, out);
        } else {
            writePdf(doc, out);
        }
    }

    /** Writes a document to a PDF file (atomically). */
    public static void writePdf(OfficialDocument doc, Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".jrw", ".pdf.part");
            try {
                Files.write(tmp, new OfficialDocumentWriter().write(doc));
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
