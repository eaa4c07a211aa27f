package org.jrw.logic.training;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jrw.codec.Csv;
import org.jrw.i18n.Messages;
import org.jrw.logic.pdf.FieldTable;
import org.jrw.logic.pdf.OfficialDocument;
import org.jrw.logic.pdf.OfficialDocumentWriter;

/** The trainer's class summary of one exercise: CSV (UTF-8 with BOM, for spreadsheets) and PDF. */
public final class ExerciseResults {
    private ExerciseResults() {
    }

    /** The class summary as CSV (every text cell quoted, trainee names guarded against formulas; see {@link Csv}). */
    public static byte[] csv(Exercise ex, List<Scorer.Score> scores) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(Messages.get("training.results.trainee"), Messages.get("training.results.total"),
                Messages.get("training.results.violated"), Messages.get("training.results.penalty"),
                Messages.get("training.results.circumstances"), Messages.get("training.results.fine"),
                Messages.get("training.results.feedback")));
        for (Scorer.Score s : scores) {
            List<Object> row = new ArrayList<>();
            row.add(s.trainee() == null ? "" : s.trainee());
            row.add(s.total());
            for (Scorer.Item i : s.items()) {
                row.add(i.points());
            }
            row.add(String.join(" | ", s.items().stream().map(Scorer.Item::feedback).toList()));
            rows.add(row);
        }
        rows.add(List.of(Messages.get("training.results.average"), new java.math.BigDecimal(
                String.format(java.util.Locale.ROOT, "%.1f", average(scores)))));
        return Csv.write(rows, true).getBytes(StandardCharsets.UTF_8);
    }

    static double average(List<Scorer.Score> scores) {
        return scores.stream().mapToInt(Scorer.Score::total).average().orElse(0);
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
