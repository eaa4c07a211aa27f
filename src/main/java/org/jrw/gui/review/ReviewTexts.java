package org.jrw.gui.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jrw.i18n.Messages;
import org.jrw.logic.review.ReviewService;
import org.jrw.model.Dossier;
import org.jrw.model.Role;
import org.jrw.model.review.Recommendation;
import org.jrw.model.review.Review;

/** The review in words for {@link ReviewViewModel}: its state, why it is a draft, the suggested recommendation and file names. */
final class ReviewTexts {
    private ReviewTexts() {
    }

    static String roleOfProblem(String problem) {
        String label = problem.substring(problem.indexOf(':') + 1);
        return Role.parse(label).map(ReviewViewModel::roleLabel).orElse(label);
    }

    /** The review's state in words: draft with why, ready to sign, or frozen by signatures. */
    static String statusText(Review r) {
        if (r.frozen()) {
            return Messages.get("review.gui.status.frozen", r.version());
        }
        if (!ReviewService.isDraft(r)) {
            return Messages.get("review.gui.status.ready", r.version());
        }
        return Messages.get("review.gui.status.draft", r.version(), String.join(Messages.semicolon(), draftReasons(r)));
    }

    /** Why the opinion would be a draft now; empty when it can be signed (shared with {@code review show}). */
    static List<String> draftReasons(Review r) {
        return org.jrw.logic.review.DraftReasons.of(r);
    }

    /** Suggestions for an empty recommendation from the dossier: circumstances and the proposed fine. */
    static Recommendation suggestion(Dossier d) {
        List<String> mit = new ArrayList<>();
        List<String> agg = new ArrayList<>();
        Long fine = null;
        for (var v : d.violations()) {
            if (v.circumstances() != null) {
                mit.addAll(v.circumstances().mitigating());
                agg.addAll(v.circumstances().aggravating());
                if (Boolean.TRUE.equals(v.circumstances().firstOffence())) {
                    mit.add(Messages.get("review.gui.suggest.firstOffence"));
                }
                if (Boolean.TRUE.equals(v.circumstances().correctedInTime())) {
                    mit.add(Messages.get("review.gui.suggest.corrected"));
                }
                if (Boolean.TRUE.equals(v.circumstances().uncorrectedAfterDeadline())) {
                    agg.add(Messages.get("review.gui.suggest.uncorrected"));
                }
            }
            if (v.proposed() != null && v.proposed().fineYuan() != null) {
                fine = (fine == null ? 0 : fine) + v.proposed().fineYuan();
            }
        }
        return new Recommendation(null, null, fine, null, null, mit.stream().distinct().toList(),
                agg.stream().distinct().toList(), null, List.of());
    }

    /** The suggested name of the next signed copy: {@code x.pdf} → {@code x-签名N.pdf}. */
    static String signedName(Path pdf, int signatures) {
        String n = pdf.getFileName().toString();
        String base = n.toLowerCase(Locale.ROOT).endsWith(".pdf") ? n.substring(0, n.length() - 4) : n;
        base = base.replaceAll("-" + Messages.get("review.gui.file.signed") + "\\d+$", "");
        return base + "-" + Messages.get("review.gui.file.signed") + signatures + ".pdf";
    }
}
