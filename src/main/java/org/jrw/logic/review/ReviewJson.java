package org.jrw.logic.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.codec.Json;
import org.jrw.model.Dossier;
import org.jrw.model.review.Conclusion;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Recommendation;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;

/**
 * The review as JSON: the machine-readable record embedded in the opinion (compared again when a
 * signed opinion comes back in a response) and the recommendation as the review table stores it.
 */
public final class ReviewJson {
    private ReviewJson() {
    }

    /** The review as the machine-readable record embedded in the opinion. */
    public static Map<String, Object> reviewJson(Dossier d, Review r, boolean draft) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "jrw-joint-review");
        m.put("formatVersion", 1);
        m.put("caseId", d.caseId());
        m.put("caseNumber", d.caseInfo().caseNumber());
        m.put("title", d.caseInfo().title());
        m.put("opinionVersion", r.version());
        m.put("draft", draft);
        List<Map<String, Object>> members = new ArrayList<>();
        for (PanelMember p : r.members()) {
            members.add(ReviewService.details("id", p.id(), "name", p.name(), "organisation", p.organisation(), "role",
                    p.role().name(), "certificateSha256", p.certificateSha256()));
        }
        m.put("members", members);
        List<Map<String, Object>> points = new ArrayList<>();
        for (ReviewPoint p : ReviewPoint.values()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("point", p.name());
            pm.put("label", p.labelZh());
            pm.put("open", r.isOpen(p));
            pm.put("disputed", r.isDisputed(p));
            List<Map<String, Object>> views = new ArrayList<>();
            for (MemberView v : r.viewsOn(p)) {
                views.add(ReviewService.details("member", v.memberId(), "view", v.kind().name(), "text", v.text(), "at", v.at()));
            }
            pm.put("views", views);
            points.add(pm);
        }
        m.put("points", points);
        m.put("recommendation", recommendationMap(r.recommendation()));
        m.put("compositionProblems", ReviewService.compositionProblems(r));
        return m;
    }

    /** The recommendation as the JSON text the review table stores. */
    public static String recommendationJson(Recommendation rec) {
        return Json.write(recommendationMap(rec == null ? Recommendation.NONE : rec));
    }

    public static Map<String, Object> recommendationMap(Recommendation rec) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("conclusion", rec.conclusion() == null ? null : rec.conclusion().name());
        m.put("penalty", rec.penalty());
        m.put("fineYuan", rec.fineYuan());
        m.put("statutoryRange", rec.statutoryRange());
        m.put("benchmarkBand", rec.benchmarkBand());
        m.put("mitigating", rec.mitigating());
        m.put("aggravating", rec.aggravating());
        m.put("reasoning", rec.reasoning());
        m.put("precedents", rec.precedents());
        return m;
    }

    @SuppressWarnings("unchecked")
    public static Recommendation readRecommendation(String json) {
        if (json == null || json.isBlank() || json.equals("{}")) {
            return Recommendation.NONE;
        }
        Map<String, Object> m = Json.readMap(json);
        Object fine = m.get("fineYuan");
        return new Recommendation(Conclusion.parse((String) m.get("conclusion")).orElse(null), (String) m.get("penalty"),
                fine == null ? null : ((Number) fine).longValue(), (String) m.get("statutoryRange"),
                (String) m.get("benchmarkBand"), (List<String>) m.get("mitigating"), (List<String>) m.get("aggravating"),
                (String) m.get("reasoning"), (List<String>) m.get("precedents"));
    }
}
