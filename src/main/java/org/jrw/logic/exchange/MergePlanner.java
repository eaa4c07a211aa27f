package org.jrw.logic.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.logic.review.ReviewService;
import org.jrw.logic.signing.OpinionVerifier;
import org.jrw.model.Annotation;
import org.jrw.model.Dossier;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Review;
import org.jrw.persistence.ReviewDao;
import org.jrw.logic.exchange.ExchangeService.Change;
import org.jrw.logic.exchange.ExchangeService.Conflict;
import static org.jrw.logic.exchange.ExchangeSupport.parentsFirst;

/**
 * Decides, without a database, what a response would change: a pure function from the response's
 * layer, the case and what the host holds ({@link State}) to a {@link Plan} of inserts, updates,
 * views, the signed opinion and the conflicts (ADR 0092: a response speaks for its responder only).
 */
final class MergePlanner {
    private MergePlanner() {
    }

    /** The case's annotations and review as they stand, read once before planning. */
    record State(List<Annotation> annotations, Review review, Set<String> knownOpinions,
                 List<ReviewDao.CertificateRow> certificates, Set<String> mergedBefore) {
    }

    /** Decisions for every item of a response against the case as it stands. */
    static final class Plan {
        final List<Change> changes = new ArrayList<>();
        final List<Conflict> conflicts = new ArrayList<>();
        final List<Annotation> insert = new ArrayList<>();
        final List<Annotation> update = new ArrayList<>();
        final List<MemberView> upsertViews = new ArrayList<>();
        ResponseVerifier.OpinionCheck opinion;
        int annotations;
        int views;
        int opinions;

    }

    static Plan plan(Dossier d, State state, ResponseVerifier.Layered layer, Map<String, Object> sentItems,
                     Set<String> takeTheirs, ResponseVerifier.OpinionCheck opinion, Responder who,
                     Map<String, String> invalid) {
        Plan plan = new Plan();
        Map<String, Annotation> ours = new HashMap<>();
        for (Annotation a : state.annotations()) {
            ours.put(a.id(), a);
        }
        Set<String> present = new HashSet<>(ours.keySet());
        // what the adviser could have seen: the annotations sent, those taken from earlier
        // responses to this package, and the response's own
        Set<String> visible = new HashSet<>();
        for (Annotation a : state.annotations()) {
            String k = Layer.annotationKey(a.id());
            if (sentItems.containsKey(k) || state.mergedBefore().contains(k)) {
                visible.add(a.id());
            }
        }
        layer.annotations.forEach(a -> visible.add(a.id()));
        for (Annotation theirs : parentsFirst(layer.annotations)) {
            annotation(plan, d, state, theirs, ours.get(theirs.id()), sentItems, takeTheirs, who, invalid, present,
                    visible);
        }
        Map<String, MemberView> after = views(plan, state, layer, sentItems, takeTheirs, who);
        opinion(plan, d, state, opinion, after);
        return plan;
    }

    /** One annotation of the response: skipped, refused as a conflict, inserted or updated. */
    private static void annotation(Plan plan, Dossier d, State state, Annotation theirs, Annotation mine,
                                   Map<String, Object> sentItems, Set<String> takeTheirs, Responder who,
                                   Map<String, String> invalid, Set<String> present, Set<String> visible) {
        String key = Layer.annotationKey(theirs.id());
        String base = (String) sentItems.get(key);
        String r = Layer.digest(theirs);
        boolean take = takeTheirs.contains("*") || takeTheirs.contains(key);
        if (mine != null && Layer.digest(mine).equals(r)) {
            return;
        }
        // the response carries the adviser's own layer only: what the host sent is read-only
        // there, and nothing may be written in another person's name
        if (base != null) {
            plan.conflicts.add(new Conflict(key, "readOnly", mine == null ? null : summary(mine), summary(theirs)));
            return;
        }
        // an item here that was neither sent nor taken from an earlier response to this
        // package: the host's own, made after the package went out — the adviser never saw it
        if (mine != null && !state.mergedBefore().contains(key)) {
            plan.conflicts.add(new Conflict(key, "notSent", summary(mine), summary(theirs)));
            return;
        }
        if (theirs.parentId() != null && !visible.contains(theirs.parentId())) {
            plan.conflicts.add(new Conflict(key, "notSent", null, summary(theirs)));
            return;
        }
        // a signer who is no member of the panel: nothing can be theirs (the items could name anyone);
        // said as such, not as 以他人名义, so the host knows to register the adviser first
        if (who.member() == null) {
            plan.conflicts.add(new Conflict(key, "responderUnknown", mine == null ? null : summary(mine), summary(theirs)));
            return;
        }
        // (wrote() checks both roles against the responder's, so they are equal here)
        if (!who.wrote(theirs) || mine != null && (!who.wrote(mine) || !mine.author().equals(theirs.author()))) {
            plan.conflicts.add(new Conflict(key, "notTheirs", mine == null ? null : summary(mine), summary(theirs)));
            return;
        }
        if (invalid.containsKey(theirs.id())) {
            plan.conflicts.add(new Conflict(key, "invalid", null, summary(theirs) + " — " + invalid.get(theirs.id())));
            return;
        }
        if (mine == null) {
            // taken from an earlier response to this package and deleted here since: the host's
            // deletion stands unless theirs is taken
            if (state.mergedBefore().contains(key) && !take) {
                plan.conflicts.add(new Conflict(key, "deletedHere", null, summary(theirs)));
                return;
            }
            if (placeable(d, theirs, present, plan, key)) {
                plan.insert.add(theirs);
                present.add(theirs.id());
                plan.annotations++;
                plan.changes.add(new Change(key, "add", summary(theirs)));
            }
            return;
        }
        if (!mine.targetId().equals(theirs.targetId()) || !Objects.equals(mine.parentId(), theirs.parentId())) {
            plan.conflicts.add(new Conflict(key, "changedBoth", summary(mine), summary(theirs)));
            return;
        }
        // not sent (base is null here): an item taken from an earlier response, which the host may
        // have changed since — only taking theirs updates it
        if (take) {
            plan.update.add(mine.withNote(theirs.note(), theirs.kind(), theirs.modifiedAt())
                    .withStatus(theirs.status(), theirs.modifiedAt()).withRects(theirs.rects(), theirs.modifiedAt()));
            plan.annotations++;
            plan.changes.add(new Change(key, "update", summary(theirs)));
        } else {
            plan.conflicts.add(new Conflict(key, "changedBoth", summary(mine), summary(theirs)));
        }
    }

    /** The review-point views of the response; returns the views as they stand after the merge. */
    private static Map<String, MemberView> views(Plan plan, State state, ResponseVerifier.Layered layer,
                                                 Map<String, Object> sentItems, Set<String> takeTheirs, Responder who) {
        Review before = state.review();
        List<MemberView> currentViews = before.views();
        Map<String, MemberView> after = new LinkedHashMap<>();
        currentViews.forEach(v -> after.put(Layer.viewKey(v.point(), v.memberId()), v));
        for (MemberView theirs : layer.views) {
            String key = Layer.viewKey(theirs.point(), theirs.memberId());
            MemberView mine = after.get(key);
            String r = Layer.digest(theirs);
            if (mine != null && Layer.digest(mine).equals(r)) {
                continue;
            }
            if (before.member(theirs.memberId()).isEmpty()) {
                plan.conflicts.add(new Conflict(key, "unknownMember", null, viewSummary(theirs)));
                continue;
            }
            if (who.member() == null) {
                plan.conflicts.add(new Conflict(key, "responderUnknown", mine == null ? null : viewSummary(mine),
                        viewSummary(theirs)));
                continue;
            }
            if (!theirs.memberId().equals(who.memberId())) {
                plan.conflicts.add(new Conflict(key, "notTheirs", mine == null ? null : viewSummary(mine),
                        viewSummary(theirs)));
                continue;
            }
            String base = (String) sentItems.get(key);
            boolean take = takeTheirs.contains("*") || takeTheirs.contains(key);
            boolean oursUnchanged = mine == null ? base == null : Layer.digest(mine).equals(base);
            if (!oursUnchanged && !take) {
                plan.conflicts.add(new Conflict(key, "changedBoth", mine == null ? null : viewSummary(mine),
                        viewSummary(theirs)));
                continue;
            }
            if (before.frozen()) {
                plan.conflicts.add(new Conflict(key, "reviewFrozen", mine == null ? null : viewSummary(mine),
                        viewSummary(theirs)));
                continue;
            }
            plan.upsertViews.add(theirs);
            after.put(key, theirs);
            plan.views++;
            plan.changes.add(new Change(key, mine == null ? "add" : "update", viewSummary(theirs)));
        }

        return after;
    }

    /** The response's signed opinion: taken when it is new and signs exactly the merged review. */
    private static void opinion(Plan plan, Dossier d, State state, ResponseVerifier.OpinionCheck opinion,
                                Map<String, MemberView> after) {
        Review before = state.review();
        List<PanelMember> members = before.members();
        if (opinion != null) {
            String key = "opinion:" + opinion.sha256();
            boolean known = state.knownOpinions().contains(opinion.sha256());
            if (!known) {
                List<String> order = members.stream().map(PanelMember::id).toList();
                List<MemberView> mergedViews = new ArrayList<>(after.values());
                mergedViews.sort(Comparator.comparingInt(v -> order.indexOf(v.memberId())));
                Review merged = new Review(d.caseId(), before.version(), false, members, mergedViews,
                        before.recommendation(), null);
                String problem = opinionProblem(d, merged, opinion, state.certificates());
                if (problem != null) {
                    plan.conflicts.add(new Conflict(key, problem, null, signers(opinion)));
                } else {
                    plan.opinion = opinion;
                    plan.opinions = 1;
                    plan.changes.add(new Change(key, "sign", signers(opinion)));
                }
            }
        }
    }

    private static String opinionProblem(Dossier d, Review merged, ResponseVerifier.OpinionCheck o,
                                         List<ReviewDao.CertificateRow> history) {
        if (o.report().draft()) {
            return "opinionDraft";
        }
        String markerCase = ReviewService.caseIdOfMarker(o.marker());
        if (!d.caseId().equals(markerCase)) {
            return "opinionMismatch";
        }
        Map<String, Object> expected = Json.readMap(Json.write(ReviewService.reviewJson(d, merged,
                ReviewService.isDraft(merged))));
        for (String k : List.of("caseId", "opinionVersion", "draft", "members", "points", "recommendation")) {
            if (!Objects.equals(expected.get(k), o.embedded().get(k))) {
                return "opinionMismatch";
            }
        }
        for (OpinionVerifier.Entry e : o.report().signatures()) {
            if (!e.valid()) {
                continue;
            }
            // a member with a registered certificate signs with it (ADR 0090); by name only where
            // the member's certificate was never registered
            boolean bound = org.jrw.logic.review.Seats.registered(e, merged, history);
            boolean byName = merged.members().stream().anyMatch(m -> m.certificateSha256() == null
                    && m.name().equals(e.signer()) && m.role() == e.role());
            if (!bound && !byName) {
                return "opinionSigner";
            }
        }
        return null;
    }

    private static String signers(ResponseVerifier.OpinionCheck o) {
        return String.join(", ", o.report().signatures().stream()
                .map(e -> Messages.get("exchange.summary.signer", e.signer(),
                        e.role() == null ? "?" : Messages.get("role." + e.role().name()))).toList());
    }

    /**
     * Who made a response: the panel member the adviser is. Found by the name (and role) in the
     * response's signed manifest ({@code adviser}); else the only member of that role. Null when
     * none can be told — never from the items themselves, which could name anyone.
     */
    record Responder(PanelMember member, List<PanelMember> members) {
        static Responder of(JsonNode adviser, List<PanelMember> members, ResponseVerifier.Layered layer) {
            return of(adviser.path("name").asText("").strip(), adviser.path("role").asText(""), members);
        }

        static Responder of(String name, String role, List<PanelMember> members) {
            List<PanelMember> byName = members.stream().filter(m -> m.name().strip().equals(name)
                    && (role.isEmpty() || m.role().name().equals(role))).toList();
            if (byName.size() == 1) {
                return new Responder(byName.get(0), members);
            }
            List<PanelMember> byRole = members.stream().filter(m -> !role.isEmpty() && m.role().name().equals(role))
                    .toList();
            if (byRole.size() == 1) {
                return new Responder(byRole.get(0), members);
            }
            // nothing else: the items themselves cannot say who the responder is
            return new Responder(null, members);
        }

        /**
         * Whether the annotation is the responder's: authored in the responder's name and role.
         * Nobody's when the responder cannot be told.
         */
        boolean wrote(Annotation a) {
            if (member == null || a.author() == null || a.role() == null) {
                return false;
            }
            return a.role() == member.role() && a.author().strip().equals(member.name().strip());
        }

        String memberId() {
            return member == null ? null : member.id();
        }
    }

    private static boolean placeable(Dossier d, Annotation a, Set<String> present, Plan plan, String key) {
        var item = EvidenceItem.find(d, a.targetId());
        if (item.isEmpty() || (a.parentId() != null && !present.contains(a.parentId()))) {
            plan.conflicts.add(new Conflict(key, "unknownTarget", null, summary(a)));
            return false;
        }
        if (a.targetSha256() != null && !a.targetSha256().equals(item.get().sha256())) {
            plan.conflicts.add(new Conflict(key, "targetChanged", null, summary(a)));
            return false;
        }
        return true;
    }

    /** An annotation in one line, in the user's language (the preview and the conflicts show it). */
    private static String summary(Annotation a) {
        // role and status are never null here: the layer reader requires both, the table declares them NOT NULL
        return Messages.get("exchange.summary.annotation", a.author(), Messages.get("role." + a.role().name()),
                a.targetId(), a.page() == null ? "" : Messages.get("exchange.summary.page", a.page()), a.note(),
                Messages.get("annotation.status." + a.status().name()));
    }

    private static String viewSummary(MemberView v) {
        return Messages.get(v.text() == null || v.text().isEmpty() ? "exchange.summary.view"
                        : "exchange.summary.viewText", Messages.get("point." + v.point().name()), v.memberId(),
                Messages.get("view." + v.kind().name()), v.text());
    }
}
