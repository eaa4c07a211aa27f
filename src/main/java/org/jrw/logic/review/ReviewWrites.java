package org.jrw.logic.review;

import java.util.List;
import org.jrw.logic.signing.OpinionVerifier;
import org.jrw.model.Timestamps;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Review;
import org.jrw.persistence.ReviewDao;
import org.jrw.persistence.SqlFunction;

/**
 * Writes of the review aggregate (panel, views, head, signatures) made inside another change's
 * transaction — a review package opened, a response merged (logic.exchange). With {@link ReviewService}
 * the only writers of the review tables (ADR 0141, {@code ArchitectureTest.tableOwners}); the caller
 * has verified what it writes and audits its change.
 */
public final class ReviewWrites {
    private ReviewWrites() {
    }

    /** A received review as it came: members, views and the head (not frozen). */
    public static SqlFunction<Void> received(String caseId, List<PanelMember> members, List<MemberView> views,
                                            int version, String recommendationJson) {
        return c -> {
            for (PanelMember x : members) {
                ReviewDao.upsertMember(c, caseId, x);
            }
            for (MemberView v : views) {
                ReviewDao.upsertView(c, caseId, v);
            }
            ReviewDao.saveHead(c, new ReviewDao.Head(caseId, version, false, recommendationJson,
                    Timestamps.nowSeconds()));
            return null;
        };
    }

    /** Views merged from a response into the review as it stands ({@code before}); none: nothing written. */
    public static SqlFunction<Void> mergedViews(String caseId, Review before, List<MemberView> views) {
        return c -> {
            for (MemberView v : views) {
                ReviewDao.upsertView(c, caseId, v);
            }
            if (!views.isEmpty()) {
                ReviewDao.saveHead(c, new ReviewDao.Head(caseId, before.version(), before.frozen(),
                        ReviewService.recommendationJson(before.recommendation()), Timestamps.nowSeconds()));
            }
            return null;
        };
    }

    /** The valid signatures of an opinion signed elsewhere, after the version's others; the review freezes. */
    public static SqlFunction<Void> mergedSignatures(String caseId, Review before, List<OpinionVerifier.Entry> signatures,
                                                    String pdfSha256) {
        return c -> {
            int seq = ReviewDao.signatures(c, caseId, before.version()).size();
            for (OpinionVerifier.Entry e : signatures) {
                if (e.valid()) {
                    ReviewDao.addSignature(c, caseId, new ReviewDao.SignatureRow(before.version(), ++seq, e.signer(),
                            e.role() == null ? "" : e.role().name(), e.signedAt(), pdfSha256));
                }
            }
            ReviewDao.saveHead(c, new ReviewDao.Head(caseId, before.version(), true,
                    ReviewService.recommendationJson(before.recommendation()), Timestamps.nowSeconds()));
            return null;
        };
    }
}
