package org.jrw.model.review;

import java.util.List;
import java.util.Optional;

/**
 * The joint review of one case: panel, every member's views on the review points, the
 * recommendation, and the opinion's version. {@code frozen} is true once a signature has been
 * put on the opinion of this version: a change then needs a new version.
 */
public record Review(String caseId, int version, boolean frozen, List<PanelMember> members, List<MemberView> views,
                     Recommendation recommendation, String updatedAt) {

    public Review {
        members = List.copyOf(members);
        views = List.copyOf(views);
        recommendation = recommendation == null ? Recommendation.NONE : recommendation;
    }

    public Optional<PanelMember> member(String id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<MemberView> view(ReviewPoint p, String memberId) {
        return views.stream().filter(v -> v.point() == p && v.memberId().equals(memberId)).findFirst();
    }

    public List<MemberView> viewsOn(ReviewPoint p) {
        return views.stream().filter(v -> v.point() == p).toList();
    }

    /** A point is open while a panel member has not recorded a view on it (or there is no panel). */
    public boolean isOpen(ReviewPoint p) {
        return members.isEmpty() || members.stream().anyMatch(m -> view(p, m.id()).isEmpty());
    }

    public List<ReviewPoint> openPoints() {
        return java.util.Arrays.stream(ReviewPoint.values()).filter(this::isOpen).toList();
    }

    /** A point is disputed when at least one member objects. */
    public boolean isDisputed(ReviewPoint p) {
        return viewsOn(p).stream().anyMatch(v -> v.kind() == ViewKind.OBJECT);
    }
}
