package org.jrw.logic.training;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.jrw.i18n.Messages;
import org.jrw.logic.pdf.FieldTable;
import org.jrw.logic.pdf.OfficialDocument;
import org.jrw.logic.pdf.OfficialDocumentWriter;

/** The trainer's class summary of one exercise: CSV (UTF-8 with BOM, for spreadsheets) and PDF. */
public final class ExerciseResults {
    private ExerciseResults() {
    }

    public static byte[] csv(Exercise ex, List<Scorer.Score> scores) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(String.join(",", Messages.get("training.results.trainee"), Messages.get("training.results.total"),
                Messages.get("training.results.violated"), Messages.get("training.results.penalty"),
                Messages.get("training.results.circumstances"), Messages.get("training.results.fine"),
                Messages.get("training.results.feedback"))).append("\r\n");
        for (Scorer.Score s : scores) {
            sb.append(q(s.trainee())).append(',').append(s.total());
            for (Scorer.Item i : s.items()) {
                sb.append(',').append(i.points());
            }
            sb.append(',').append(q(String.join(" | ", s.items().stream().map(Scorer.Item::feedback).toList())));
            sb.append("\r\n");
        }
        sb.append(q(Messages.get("training.results.average"))).append(',')
                .append(String.format("%.1f", average(scores))).append("\r\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static double average(List<Scorer.Score> scores) {
        return scores.stream().mapToInt(Scorer.Score::total).average().orElse(0);
    }

    private static String q(String s) {
        String v = s == null ? "" : s;
        if (v.startsWith("=") || v.startsWith("+") || v.startsWith("-") || v.startsWith("@")) {
            v = "'" + v; // no formulas from trainee names in spreadsheets
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    public static OfficialDocument document(Exercise ex, List<Scorer.Score> scores) {
        OfficialDocument.Builder b = OfficialDocument.builder(Messages.get("training.results.title"))
                .subtitle(ex.title()).pageNumbers(OfficialDocument.PageNumbers.DASHED)
                .fixedTimestamp(ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
        b.plain(Messages.get("training.results.summary", scores.size(), String.format("%.1f", average(scores)),
                scores.stream().mapToInt(Scorer.Score::total).max().orElse(0),
                scores.stream().mapToInt(Scorer.Score::total).min().orElse(0)));
        FieldTable.Builder t = FieldTable.builder(22f, 13f, 13f, 13f, 13f, 13f, 13f)
                .cells(CaseStudyBooklet.cell(Messages.get("training.results.trainee"), true),
                        CaseStudyBooklet.cell(Messages.get("training.results.total"), true),
                        CaseStudyBooklet.cell(Messages.get("training.results.violated") + "/30", true),
                        CaseStudyBooklet.cell(Messages.get("training.results.penalty") + "/30", true),
                        CaseStudyBooklet.cell(Messages.get("training.results.circumstances") + "/15", true),
                        CaseStudyBooklet.cell(Messages.get("training.results.fine") + "/25", true),
                        CaseStudyBooklet.cell(Messages.get("training.results.grade"), true));
        for (Scorer.Score s : scores) {
            t.cells(CaseStudyBooklet.cell(s.trainee(), false), CaseStudyBooklet.cell(String.valueOf(s.total()), false),
                    CaseStudyBooklet.cell(String.valueOf(s.items().get(0).points()), false),
                    CaseStudyBooklet.cell(String.valueOf(s.items().get(1).points()), false),
                    CaseStudyBooklet.cell(String.valueOf(s.items().get(2).points()), false),
                    CaseStudyBooklet.cell(String.valueOf(s.items().get(3).points()), false),
                    CaseStudyBooklet.cell(grade(s.total()), false));
        }
        b.fields(t.build());
        b.heading(Messages.get("training.results.details"));
        for (Scorer.Score s : scores) {
            b.plain(CaseStudyBooklet.printable(s.trainee()) + "（" + s.total() + "）");
            s.items().forEach(i -> b.note(CaseStudyBooklet.printable(i.feedback())));
        }
        return b.build();
    }

    public static byte[] pdf(Exercise ex, List<Scorer.Score> scores) {
        return new OfficialDocumentWriter().write(document(ex, scores));
    }

    static String grade(int total) {
        return Messages.get(total >= 85 ? "training.grade.good" : total >= 60 ? "training.grade.pass" : "training.grade.fail");
    }
}
