package org.jrw.logic.training;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jrw.i18n.Messages;
import org.jrw.logic.pdf.FieldTable;
import org.jrw.logic.pdf.OfficialDocument;
import org.jrw.logic.pdf.OfficialDocumentWriter;
import org.jrw.model.CaseDocument;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;

/**
 * The case-study booklet (案例研讨材料): the case, the facts, the evidence list, the documents of the
 * investigation, the four questions (violated provision, penalty provision, circumstances, fine)
 * and, when asked for, the answer section on a page of its own. Meant for a de-identified dossier;
 * without answers it leaves out the documents that give the decision away.
 */
public final class CaseStudyBooklet {
    private CaseStudyBooklet() {
    }

    public static OfficialDocument build(Dossier d, boolean answers, StatuteReference statute) {
        Exercise ex = Exercise.of(d);
        OfficialDocument.Builder b = OfficialDocument.builder(Messages.get("training.booklet.title"))
                .subtitle(d.caseInfo().title())
                .pageNumbers(OfficialDocument.PageNumbers.DASHED)
                .info(Messages.get("training.booklet.author"), d.caseInfo().title(), Messages.get("training.booklet.title"))
                .fixedTimestamp(ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
        b.heading(Messages.get("training.booklet.case"));
        b.fields(FieldTable.builder(4)
                .row(Messages.get("training.booklet.agency"), nz(d.caseInfo().agency()),
                        Messages.get("training.booklet.industry"), nz(d.caseInfo().industry()))
                .row(Messages.get("training.booklet.source"), nz(d.caseInfo().source()),
                        Messages.get("training.booklet.discovered"), d.caseInfo().discoveredOn() == null ? "未载明"
                                : OfficialDocument.chineseDate(d.caseInfo().discoveredOn()))
                .row(Messages.get("training.booklet.party"), d.parties().isEmpty() ? "未载明" : d.parties().get(0).name()
                        + (d.parties().get(0).employees() == null ? ""
                        : Messages.get("training.booklet.employees", d.parties().get(0).employees())))
                .build());
        b.heading(Messages.get("training.booklet.facts"));
        d.violations().forEach(v -> b.paragraph(printable(v.facts())));
        b.heading(Messages.get("training.booklet.evidence"));
        FieldTable.Builder ev = FieldTable.builder(8f, 18f, 50f, 24f)
                .cells(cell(Messages.get("training.booklet.no"), true), cell(Messages.get("training.booklet.kind"), true),
                        cell(Messages.get("training.booklet.name"), true), cell(Messages.get("training.booklet.collected"), true));
        int i = 1;
        for (Evidence e : d.evidence()) {
            ev.cells(cell(String.valueOf(i++), false), cell(nz(e.typeText()), false), cell(nz(e.title()), false),
                    cell(e.collectedOn() == null ? "未载明" : OfficialDocument.chineseDate(e.collectedOn()), false));
        }
        b.fields(ev.build());
        b.heading(Messages.get("training.booklet.documents"));
        FieldTable.Builder docs = FieldTable.builder(8f, 62f, 30f)
                .cells(cell(Messages.get("training.booklet.no"), true), cell(Messages.get("training.booklet.doc"), true),
                        cell(Messages.get("training.booklet.date"), true));
        i = 1;
        for (CaseDocument doc : d.documentsInFilingOrder()) {
            if (!answers && Exercise.DECISION_DOCUMENTS.contains(doc.type())) {
                continue;
            }
            docs.cells(cell(String.valueOf(i++), false), cell(nz(doc.title()), false),
                    cell(doc.date() == null ? "未载明" : OfficialDocument.chineseDate(doc.date()), false));
        }
        b.fields(docs.build());
        b.heading(Messages.get("training.booklet.questions"));
        for (String q : java.util.List.of("training.booklet.q1", "training.booklet.q2", "training.booklet.q3",
                "training.booklet.q4")) {
            b.paragraph(Messages.get(q));
        }
        if (answers) {
            b.pageBreak();
            b.heading(Messages.get("training.booklet.answers"));
            Exercise.Key k = ex.key();
            b.paragraph(Messages.get("training.booklet.a1", org.jrw.logic.pdf.DocumentText.citation(nz(k.violatedProvision()))));
            statute.articleText(k.violatedProvision(), k.decidedOn()).ifPresent(t -> b.note(printable(t)));
            b.paragraph(Messages.get("training.booklet.a2", org.jrw.logic.pdf.DocumentText.citation(nz(k.penaltyProvision()))));
            statute.articleText(k.penaltyProvision(), k.decidedOn()).ifPresent(t -> b.note(printable(t)));
            StringBuilder circ = new StringBuilder();
            for (Exercise.Circumstance c : k.circumstanceCodes()) {
                circ.append(circ.length() == 0 ? "" : "、").append(Messages.get("training.circumstance." + c));
            }
            var c = k.circumstances();
            if (c != null && c.mitigating() != null && !c.mitigating().isEmpty()) {
                circ.append("（").append(String.join("；", c.mitigating())).append("）");
            }
            b.paragraph(Messages.get("training.booklet.a3", circ.length() == 0 ? "案卷未载明" : circ.toString()));
            b.paragraph(Messages.get("training.booklet.a4", k.fineYuan() == null ? "案卷未载明" : k.fineYuan()));
            statute.statutoryRange(k.penaltyProvision(), c, k.decidedOn()).ifPresent(r -> b.note(printable(
                    org.jrw.logic.pdf.DocumentText.citation(Messages.get("training.booklet.range", r.minYuan(), r.maxYuan(),
                            r.basis())))));
            // a sample band (another place's structure) is no answer for this case: not printed
            statute.benchmarkBand(k.penaltyProvision(), c, k.decidedOn()).filter(r -> !r.basis().contains("样例"))
                    .ifPresent(r -> b.note(printable(org.jrw.logic.pdf.DocumentText.citation(
                            Messages.get("training.booklet.band", r.minYuan(), r.maxYuan(), r.basis())))));
        }
        // the footer says what the material is: pseudonyms, or a real case for internal use only
        b.spacer(12).note(Messages.get(Exercise.isAnonymized(d) ? "training.booklet.footer"
                : "training.booklet.footerReal"));
        return b.build();
    }

    public static byte[] render(Dossier d, boolean answers, StatuteReference statute) {
        return new OfficialDocumentWriter().write(build(d, answers, statute));
    }

    /** Text the bundled fonts can show: 〈〉 become 《》, other missing characters are dropped. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.replace('〈', '《').replace('〉', '》').codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || cp == 0x3000 || org.jrw.logic.pdf.PdfFonts.canDisplay(cp)) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    static FieldTable.Cell cell(String text, boolean label) {
        return new FieldTable.Cell(printable(text), label, 1, 0f, null);
    }

    /** A field the case does not state is said so, never printed empty. */
    private static String nz(String s) {
        return s == null || s.isBlank() ? "未载明" : s;
    }
}
