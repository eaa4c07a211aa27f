package org.jrw.logic.review;

import java.util.ArrayList;
import java.util.List;
import org.jrw.i18n.Messages;
import org.jrw.model.Role;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;

/** Why an opinion would be a draft now, in words (the review screen's state line and {@code review show}). */
public final class DraftReasons {
    private DraftReasons() {
    }

    /** Why the opinion would be a draft now; empty when it can be signed. */
    public static List<String> of(Review r) {
        List<String> out = new ArrayList<>();
        if (r.members().isEmpty()) {
            out.add(Messages.get("review.gui.why.noPanel"));
        } else if (!ReviewService.compositionProblems(r).isEmpty()) {
            out.add(Messages.get("review.gui.why.composition", String.join("、",
                    ReviewService.compositionProblems(r).stream().map(DraftReasons::roleOfProblem).toList())));
        }
        List<ReviewPoint> open = r.openPoints();
        if (!r.members().isEmpty() && !open.isEmpty()) {
            out.add(Messages.get("review.gui.why.open", open.size()));
        }
        if (r.recommendation().conclusion() == null) {
            out.add(Messages.get("review.gui.why.noConclusion"));
        }
        return out;
    }

    static String roleOfProblem(String problem) {
        String label = problem.substring(problem.indexOf(':') + 1);
        return Role.parse(label).map(role -> Messages.get("role." + role.name())).orElse(label);
    }
}
