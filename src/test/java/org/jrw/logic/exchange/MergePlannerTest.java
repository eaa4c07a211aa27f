package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrw.codec.Json;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.review.ReviewService;
import org.jrw.logic.signing.OpinionVerifier;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.Dossier;
import org.jrw.model.Role;
import org.jrw.model.review.Conclusion;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Recommendation;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;
import org.jrw.persistence.ReviewDao;
import org.jrw.persistence.Workspace;
import org.jrw.testing.CliRunner;
import org.jrw.testing.EvidenceFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database-free merge planner beyond the responder rule ({@link ResponderRuleTest}): what the
 * host deleted or changed since, targets that are gone or changed, annotations that fail the
 * checks, a frozen review, and the response's signed opinion — taken only when it is final, names
 * this case, signs exactly the merged review and is signed by the panel.
 */
class MergePlannerTest {
    static final String CASE = "西应急罚〔2024〕98号";
    static final String T = "2030-01-01T00:00:00.000Z";
    static final String T2 = "2031-01-01T00:00:00.000Z";

    @TempDir
    static Path tmp;
    static Dossier d;

    final PanelMember officer = new PanelMember("m1", "王建国", null, Role.OFFICER, null, null);
    final PanelMember adviser = new PanelMember("m2", "李律师", null, Role.LEGAL_ADVISER, null, null);
    final PanelMember expert = new PanelMember("m3", "赵工", null, Role.EXPERT, null, null);
    List<PanelMember> members = List.of(officer, adviser, expert);
    List<Annotation> host;
    Map<String, Object> sent;
    Set<String> mergedBefore;
    List<MemberView> hostViews;
    boolean frozen;
    Set<String> knownOpinions;
    List<ReviewDao.CertificateRow> certificates;
    Map<String, String> invalid;
    Recommendation recommendation = new Recommendation(Conclusion.APPROVE, "罚款", 20000L, null, null, List.of(),
            List.of(), "理由", List.of());

    @BeforeAll
    static void importCase() throws Exception {
        Path ws = tmp.resolve("ws");
        Path pkg = EvidenceFixtures.pkg(CASE).writeZip(tmp.resolve("in.jrcase"));
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString()).code()).isZero();
        try (Workspace w = Workspace.open(ws)) {
            d = new DossierService(w).load(CASE);
        }
    }

    @BeforeEach
    void setUp() {
        host = new ArrayList<>();
        sent = new HashMap<>();
        mergedBefore = new HashSet<>();
        hostViews = new ArrayList<>();
        frozen = false;
        knownOpinions = new HashSet<>();
        certificates = new ArrayList<>();
        invalid = new HashMap<>();
    }

    private Annotation ann(String id, String parent, String target, String note) {
        var doc = d.documents().stream().filter(x -> x.id().equals("d1")).findFirst().orElseThrow();
        return new Annotation(id, d.caseId(), parent, target, Annotation.TargetType.DOCUMENT, doc.sha256(),
                parent == null ? 1 : null, parent == null ? List.of(new Annotation.Rect(72, 90, 200, 40)) : List.of(),
                null, null, null, null, AnnotationKind.NOTE, note, "李律师", Role.LEGAL_ADVISER, null,
                Annotation.Status.OPEN, T, T);
    }

    private Annotation ann(String id, String note) {
        return ann(id, null, "d1", note);
    }

    private MergePlanner.Plan plan(List<Annotation> theirs, List<MemberView> views, ResponseVerifier.OpinionCheck o,
                                   String... take) {
        ResponseVerifier.Layered layer = new ResponseVerifier.Layered();
        layer.annotations.addAll(theirs);
        layer.views.addAll(views);
        MergePlanner.State state = new MergePlanner.State(host, review(hostViews), knownOpinions, certificates,
                mergedBefore);
        return MergePlanner.plan(d, state, layer, sent, Set.of(take), o,
                MergePlanner.Responder.of("李律师", "LEGAL_ADVISER", members), invalid);
    }

    private Review review(List<MemberView> views) {
        return new Review(d.caseId(), 1, frozen, members, views, recommendation, null);
    }

    private static List<String> reasons(MergePlanner.Plan p) {
        return p.conflicts.stream().map(ExchangeService.Conflict::reason).toList();
    }

    // ------------------------------------------------------------------ annotations

    @Test
    void theSameAnnotationAgainChangesNothing() {
        Annotation mine = ann("a-own", "已合并的意见");
        host.add(mine);
        mergedBefore.add(Layer.annotationKey("a-own"));
        MergePlanner.Plan p = plan(List.of(mine), List.of(), null, "*");
        assertThat(p.conflicts).isEmpty();
        assertThat(p.changes).isEmpty();
        assertThat(p.insert).isEmpty();
        assertThat(p.update).isEmpty();
    }

    @Test
    void anAnnotationTakenEarlierAndDeletedHereIsAConflictNotSilentlyRestored() {
        // taken from the adviser's first response, then deleted by the host; the adviser's second
        // response carries it again (a response holds all of the adviser's own annotations)
        mergedBefore.add(Layer.annotationKey("a-own"));
        Annotation theirs = ann("a-own", "第一次反馈");
        MergePlanner.Plan p = plan(List.of(theirs), List.of(), null);
        assertThat(reasons(p)).containsExactly("deletedHere");
        assertThat(p.conflicts.get(0).takeable()).isTrue();
        assertThat(p.insert).isEmpty();
        assertThat(p.changes).isEmpty();
        // taken: restored
        MergePlanner.Plan taken = plan(List.of(theirs), List.of(), null, "annotation:a-own");
        assertThat(taken.conflicts).isEmpty();
        assertThat(taken.insert).extracting(Annotation::id).containsExactly("a-own");
        assertThat(taken.changes).extracting(ExchangeService.Change::action).containsExactly("add");
    }

    @Test
    void aDeletedAnnotationTakenBackStillNeedsItsTarget() {
        mergedBefore.add(Layer.annotationKey("a-own"));
        MergePlanner.Plan p = plan(List.of(ann("a-own", null, "d-gone", "目标已不存在")), List.of(), null, "*");
        assertThat(reasons(p)).containsExactly("unknownTarget");
        assertThat(p.insert).isEmpty();
    }

    @Test
    void aNewAnnotationOnAnUnknownOrChangedTargetIsNotPlaced() {
        Annotation unknown = ann("a-1", null, "d-gone", "目标不存在");
        Annotation base = ann("a-2", "文件已更换");
        Annotation changed = new Annotation(base.id(), base.caseId(), null, base.targetId(), base.targetType(),
                "0".repeat(64), base.page(), base.rects(), null, null, null, null, base.kind(), base.note(),
                base.author(), base.role(), null, base.status(), T, T);
        MergePlanner.Plan p = plan(List.of(unknown, changed), List.of(), null, "*");
        assertThat(reasons(p)).containsExactly("unknownTarget", "targetChanged");
        assertThat(p.insert).isEmpty();
        assertThat(p.annotations).isZero();
    }

    @Test
    void aReplyToARefusedAnnotationIsNotPlacedEither() {
        invalid.put("a-1", "第 99 页不存在");
        MergePlanner.Plan p = plan(List.of(ann("a-1", "页码越界"), ann("a-r", "a-1", "d1", "对它的回复")), List.of(), null);
        assertThat(reasons(p)).containsExactly("invalid", "unknownTarget");
        assertThat(p.conflicts.get(0).theirs()).contains("第 99 页不存在");
        assertThat(p.conflicts.get(0).takeable()).isFalse();
        assertThat(p.insert).isEmpty();
    }

    @Test
    void anInvalidAnnotationIsRefusedEvenWhenTaken() {
        invalid.put("a-1", "区域超出页面");
        MergePlanner.Plan p = plan(List.of(ann("a-1", "越界")), List.of(), null, "*");
        assertThat(reasons(p)).containsExactly("invalid");
        assertThat(p.insert).isEmpty();
    }

    @Test
    void anEarlierItemMovedToAnotherTargetOrThreadIsChangedOnBothSides() {
        Annotation mine = ann("a-own", "第一次");
        host.add(mine);
        mergedBefore.add(Layer.annotationKey("a-own"));
        MergePlanner.Plan moved = plan(List.of(ann("a-own", null, "e1", "第二次")), List.of(), null, "*");
        assertThat(reasons(moved)).containsExactly("changedBoth");
        assertThat(moved.update).isEmpty();
        host.add(ann("a-other", "另一条"));
        mergedBefore.add(Layer.annotationKey("a-other"));
        MergePlanner.Plan rethreaded = plan(List.of(ann("a-own", "a-other", "d1", "第二次")), List.of(), null, "*");
        assertThat(reasons(rethreaded)).containsExactly("changedBoth");
    }

    @Test
    void anEarlierItemWhoseAuthorWasChangedHereIsNotTheirs() {
        Annotation mine = ann("a-own", "第一次");
        Annotation renamed = new Annotation(mine.id(), mine.caseId(), null, mine.targetId(), mine.targetType(),
                mine.targetSha256(), mine.page(), mine.rects(), null, null, null, null, mine.kind(), mine.note(),
                "王建国", Role.OFFICER, null, mine.status(), T, T);
        host.add(renamed);
        mergedBefore.add(Layer.annotationKey("a-own"));
        MergePlanner.Plan p = plan(List.of(ann("a-own", "第二次")), List.of(), null, "*");
        assertThat(reasons(p)).containsExactly("notTheirs");
        assertThat(p.conflicts.get(0).ours()).contains("王建国");
    }

    // ------------------------------------------------------------------ views

    @Test
    void theRespondersViewUnchangedHereSinceSendingIsUpdated() {
        MemberView sentView = new MemberView(ReviewPoint.LAW, "m2", ViewKind.AGREE, "", T);
        hostViews.add(sentView);
        sent.put(Layer.viewKey(ReviewPoint.LAW, "m2"), Layer.digest(sentView));
        MemberView theirs = new MemberView(ReviewPoint.LAW, "m2", ViewKind.OBJECT, "罚款过高", T2);
        MergePlanner.Plan p = plan(List.of(), List.of(theirs),
                null);
        assertThat(p.conflicts).isEmpty();
        assertThat(p.upsertViews).containsExactly(theirs);
        assertThat(p.views).isEqualTo(1);
        assertThat(p.changes).extracting(ExchangeService.Change::action).containsExactly("update");
        assertThat(p.changes.get(0).summary()).contains("罚款过高");
    }

    @Test
    void aViewSentButRemovedHereIsAConflictUnlessTaken() {
        MemberView sentView = new MemberView(ReviewPoint.FACTS, "m2", ViewKind.AGREE, "", T);
        sent.put(Layer.viewKey(ReviewPoint.FACTS, "m2"), Layer.digest(sentView));
        MemberView theirs = new MemberView(ReviewPoint.FACTS, "m2", ViewKind.OBJECT, "", T2);
        MergePlanner.Plan p = plan(List.of(), List.of(theirs), null);
        assertThat(reasons(p)).containsExactly("changedBoth");
        assertThat(p.conflicts.get(0).ours()).isNull();
        assertThat(p.upsertViews).isEmpty();
        MergePlanner.Plan taken = plan(List.of(), List.of(theirs), null, "view:FACTS:m2", "other");
        assertThat(taken.conflicts).isEmpty();
        assertThat(taken.changes).extracting(ExchangeService.Change::action).containsExactly("add");
    }

    @Test
    void aFrozenReviewTakesNoViewsEvenWhenTaken() {
        frozen = true;
        MergePlanner.Plan p = plan(List.of(), List.of(new MemberView(ReviewPoint.FACTS, "m2", ViewKind.AGREE, "", T)),
                null, "*");
        assertThat(reasons(p)).containsExactly("reviewFrozen");
        assertThat(p.upsertViews).isEmpty();
        assertThat(p.views).isZero();
    }

    @Test
    void theSameViewAgainChangesNothing() {
        MemberView v = new MemberView(ReviewPoint.FACTS, "m2", ViewKind.AGREE, "", T);
        hostViews.add(v);
        MergePlanner.Plan p = plan(List.of(), List.of(v), null);
        assertThat(p.conflicts).isEmpty();
        assertThat(p.changes).isEmpty();
    }

    // ------------------------------------------------------------------ the signed opinion

    private List<MemberView> allAgree() {
        List<MemberView> out = new ArrayList<>();
        for (PanelMember m : members) {
            for (ReviewPoint p : ReviewPoint.values()) {
                out.add(new MemberView(p, m.id(), ViewKind.AGREE, "", T));
            }
        }
        return out;
    }

    private ResponseVerifier.OpinionCheck opinion(boolean draft, String marker, Review signedReview,
                                                  OpinionVerifier.Entry... entries) {
        Map<String, Object> embedded = Json.readMap(Json.write(ReviewService.reviewJson(d, signedReview,
                ReviewService.isDraft(signedReview))));
        OpinionVerifier.Report rep = new OpinionVerifier.Report(true, draft, entries.length, entries.length,
                List.of(entries), List.of());
        return new ResponseVerifier.OpinionCheck(rep, embedded, "ab".repeat(32), 1000, marker);
    }

    private OpinionVerifier.Entry signs(PanelMember m, boolean valid, String cert) {
        return new OpinionVerifier.Entry("sig-" + m.id(), m.name(), m.role(), T, valid, true, cert, null);
    }

    private OpinionVerifier.Entry[] panel() {
        return new OpinionVerifier.Entry[] {signs(officer, true, null), signs(adviser, true, null),
                signs(expert, true, null)};
    }

    /** The host has every view but the adviser's on LAW; the response brings it and the opinion signing all. */
    private List<MemberView> hostWithoutAdvisersLawView() {
        List<MemberView> views = allAgree();
        views.removeIf(v -> v.memberId().equals("m2") && v.point() == ReviewPoint.LAW);
        return views;
    }

    @Test
    void aFinalOpinionSigningExactlyTheMergedReviewIsTaken() {
        hostViews.addAll(hostWithoutAdvisersLawView());
        MemberView law = new MemberView(ReviewPoint.LAW, "m2", ViewKind.AGREE, "", T);
        ResponseVerifier.OpinionCheck o = opinion(false, d.caseId() + ";v1", review(allAgree()), panel());
        MergePlanner.Plan p = plan(List.of(), List.of(law), o);
        assertThat(p.conflicts).isEmpty();
        assertThat(p.opinion).isSameAs(o);
        assertThat(p.opinions).isEqualTo(1);
        assertThat(p.changes).extracting(ExchangeService.Change::action).containsExactly("add", "sign");
        assertThat(p.changes.get(1).summary()).contains("王建国", "李律师", "赵工");
        // the same opinion known here already: nothing more
        knownOpinions.add(o.sha256());
        MergePlanner.Plan again = plan(List.of(), List.of(law), o);
        assertThat(again.opinion).isNull();
        assertThat(again.changes).extracting(ExchangeService.Change::action).containsExactly("add");
    }

    @Test
    void anOpinionSigningAReviewOtherThanTheMergedOneIsRefused() {
        hostViews.addAll(hostWithoutAdvisersLawView());
        // signed before the adviser's LAW view: the embedded review lacks it
        Review without = review(hostWithoutAdvisersLawView());
        MergePlanner.Plan p = plan(List.of(), List.of(new MemberView(ReviewPoint.LAW, "m2", ViewKind.AGREE, "", T)),
                opinion(false, d.caseId(), without, panel()));
        assertThat(reasons(p)).containsExactly("opinionMismatch");
        assertThat(p.opinion).isNull();
        assertThat(p.conflicts.get(0).takeable()).isFalse();
    }

    @Test
    void aDraftAnotherCasesOrAForeignSignersOpinionIsRefused() {
        hostViews.addAll(allAgree());
        Review merged = review(allAgree());
        assertThat(reasons(plan(List.of(), List.of(), opinion(true, d.caseId(), merged, panel()))))
                .containsExactly("opinionDraft");
        assertThat(reasons(plan(List.of(), List.of(), opinion(false, "other-case;v1", merged, panel()))))
                .containsExactly("opinionMismatch");
        assertThat(reasons(plan(List.of(), List.of(), opinion(false, null, merged, panel()))))
                .containsExactly("opinionMismatch");
        PanelMember stranger = new PanelMember("mx", "孙某", null, Role.EXPERT, null, null);
        assertThat(reasons(plan(List.of(), List.of(), opinion(false, d.caseId(), merged,
                signs(officer, true, null), signs(adviser, true, null), signs(stranger, true, null)))))
                .containsExactly("opinionSigner");
        // an adviser signing in the expert's role
        OpinionVerifier.Entry wrongRole = new OpinionVerifier.Entry("sig", "李律师", Role.EXPERT, T, true, true);
        assertThat(reasons(plan(List.of(), List.of(), opinion(false, d.caseId(), merged, wrongRole))))
                .containsExactly("opinionSigner");
        // an invalid signature is not a signer (the verifier reports it; the opinion is checked on the valid ones)
        assertThat(reasons(plan(List.of(), List.of(), opinion(false, d.caseId(), merged,
                signs(officer, true, null), signs(stranger, false, null))))).isEmpty();
    }

    @Test
    void aMemberWithARegisteredCertificateMustSignWithIt() {
        String cert = "cd".repeat(32);
        members = List.of(officer, new PanelMember("m2", "李律师", null, Role.LEGAL_ADVISER, cert, "CN=李律师"), expert);
        hostViews.addAll(allAgree());
        Review merged = review(allAgree());
        // by name only, but the member's certificate is registered: refused
        assertThat(reasons(plan(List.of(), List.of(), opinion(false, d.caseId(), merged, signs(officer, true, null),
                signs(adviser, true, "ef".repeat(32)), signs(expert, true, null))))).containsExactly("opinionSigner");
        // with the registered certificate: taken
        MergePlanner.Plan ok = plan(List.of(), List.of(), opinion(false, d.caseId(), merged, signs(officer, true, null),
                signs(adviser, true, cert), signs(expert, true, null)));
        assertThat(ok.conflicts).isEmpty();
        assertThat(ok.opinions).isEqualTo(1);
    }

    // ------------------------------------------------------------------ the responder

    @Test
    void theResponderIsReadFromTheSignedManifestStripped() {
        var node = Json.object().put("name", " 李律师 ").put("role", "LEGAL_ADVISER");
        assertThat(MergePlanner.Responder.of(node, members, new ResponseVerifier.Layered()).memberId()).isEqualTo("m2");
        var empty = Json.object();
        assertThat(MergePlanner.Responder.of(empty, members, new ResponseVerifier.Layered()).memberId()).isNull();
        MergePlanner.Responder nobody = MergePlanner.Responder.of("", "", members);
        assertThat(nobody.wrote(ann("a", "x"))).isFalse();
        Annotation noRole = new Annotation("a", d.caseId(), null, "d1", Annotation.TargetType.DOCUMENT, null, 1,
                List.of(), null, null, null, null, AnnotationKind.NOTE, "x", "李律师", null, null,
                Annotation.Status.OPEN, T, T);
        assertThat(MergePlanner.Responder.of("李律师", "LEGAL_ADVISER", members).wrote(noRole)).isFalse();
    }

    @Test
    void theResponderIsFoundByNameAloneWhenTheManifestGivesNoRole() {
        assertThat(MergePlanner.Responder.of("李律师", "", members).memberId()).isEqualTo("m2");
        assertThat(MergePlanner.Responder.of("无此人", "", members).memberId()).as("no role to fall back on").isNull();
        assertThat(MergePlanner.Responder.of("无此人", "EXPERT", members).memberId()).as("the only expert").isEqualTo("m3");
    }

    @Test
    void anEarlierItemTheAdviserChangedAgainIsAConflictUntilTaken() {
        host.add(ann("a-own", "第一次"));
        mergedBefore.add(Layer.annotationKey("a-own"));
        Annotation again = ann("a-own", "第二次").withNote("第二次", AnnotationKind.DEFECT, T2);
        MergePlanner.Plan p = plan(List.of(again), List.of(), null);
        assertThat(reasons(p)).containsExactly("changedBoth");
        assertThat(p.conflicts.get(0).takeable()).isTrue();
        assertThat(p.update).isEmpty();
        MergePlanner.Plan taken = plan(List.of(again), List.of(), null, "annotation:a-own");
        assertThat(taken.conflicts).isEmpty();
        assertThat(taken.update).singleElement().satisfies(a -> {
            assertThat(a.note()).isEqualTo("第二次");
            assertThat(a.kind()).isEqualTo(AnnotationKind.DEFECT);
        });
        assertThat(taken.changes).extracting(ExchangeService.Change::action).containsExactly("update");
    }

    @Test
    void aSentItemTheHostDeletedIsReadOnlyForTheAdviser() {
        Annotation gone = ann("a-sent", "主持人发出后删除");
        sent.put(Layer.annotationKey("a-sent"), Layer.digest(gone));
        MergePlanner.Plan p = plan(List.of(gone.withNote("顾问改写", AnnotationKind.NOTE, T2)), List.of(), null, "*");
        assertThat(reasons(p)).containsExactly("readOnly");
        assertThat(p.conflicts.get(0).ours()).as("nothing here any more").isNull();
        assertThat(p.insert).isEmpty();
    }

    @Test
    void anEarlierItemWhoseAuthorDiffersHereOnlyInSpacingIsNotTheirs() {
        Annotation mine = ann("a-own", "第一次");
        host.add(new Annotation(mine.id(), mine.caseId(), null, mine.targetId(), mine.targetType(), mine.targetSha256(),
                mine.page(), mine.rects(), null, null, null, null, mine.kind(), mine.note(), " 李律师", mine.role(),
                null, mine.status(), T, T));
        mergedBefore.add(Layer.annotationKey("a-own"));
        MergePlanner.Plan p = plan(List.of(ann("a-own", "第二次")), List.of(), null, "*");
        assertThat(reasons(p)).containsExactly("notTheirs");
    }

    @Test
    void aNewAnnotationWithoutATargetHashIsPlaced() {
        Annotation base = ann("a-1", "无哈希");
        Annotation noHash = new Annotation(base.id(), base.caseId(), null, base.targetId(), base.targetType(), null,
                base.page(), base.rects(), null, null, null, null, base.kind(), base.note(), base.author(), base.role(),
                null, base.status(), T, T);
        MergePlanner.Plan p = plan(List.of(noHash), List.of(), null);
        assertThat(p.conflicts).isEmpty();
        assertThat(p.insert).extracting(Annotation::id).containsExactly("a-1");
    }
}
