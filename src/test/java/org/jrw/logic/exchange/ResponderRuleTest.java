package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrw.logic.dossier.DossierService;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.Dossier;
import org.jrw.model.Role;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;
import org.jrw.persistence.Workspace;
import org.jrw.testing.CliRunner;
import org.jrw.testing.EvidenceFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The responder rule of the merge, branch by branch (ADR 0008 addenda, issue 21): who the
 * responder is, and that a response speaks only for them — every item in their name and role,
 * nothing the host sent changed, no host item made after the package was sent touched, and
 * {@code --take-theirs} able to take only the responder's own items.
 */
class ResponderRuleTest {
    static final String CASE = "西应急罚〔2024〕97号";
    static final String T = "2030-01-01T00:00:00.000Z";

    @TempDir
    Path tmp;
    Dossier d;
    final PanelMember officer = new PanelMember("m1", "王建国", null, Role.OFFICER, null, null);
    final PanelMember adviser = new PanelMember("m2", "李律师", null, Role.LEGAL_ADVISER, null, null);
    final PanelMember expert = new PanelMember("m3", "赵工", null, Role.EXPERT, null, null);
    final List<PanelMember> members = List.of(officer, adviser, expert);
    List<Annotation> host;
    Map<String, Object> sent;
    Set<String> mergedBefore;
    List<MemberView> hostViews;

    @BeforeEach
    void setUp() throws Exception {
        Path ws = tmp.resolve("ws");
        Path pkg = EvidenceFixtures.pkg(CASE).writeZip(tmp.resolve("in.jrcase"));
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString()).code()).isZero();
        try (Workspace w = Workspace.open(ws)) {
            d = new DossierService(w).load(CASE);
        }
        Annotation sentOne = ann("a-sent", null, "王建国", Role.OFFICER, "发出的批注");
        host = new ArrayList<>(List.of(sentOne));
        sent = new HashMap<>();
        sent.put(Layer.annotationKey(sentOne.id()), Layer.digest(sentOne));
        mergedBefore = new HashSet<>();
        hostViews = new ArrayList<>();
    }

    private Annotation ann(String id, String parent, String author, Role role, String note) {
        var doc = d.documents().stream().filter(x -> x.id().equals("d1")).findFirst().orElseThrow();
        return new Annotation(id, d.caseId(), parent, "d1", Annotation.TargetType.DOCUMENT, doc.sha256(),
                parent == null ? 1 : null, parent == null ? List.of(new Annotation.Rect(72, 90, 200, 40)) : List.of(),
                null, null, null, null, parent == null ? AnnotationKind.NOTE : AnnotationKind.NOTE, note, author, role,
                null, Annotation.Status.OPEN, T, T);
    }

    private MergePlanner.Plan plan(MergePlanner.Responder who, List<Annotation> theirs, List<MemberView> views,
                                      String... take) {
        ResponseVerifier.Layered layer = new ResponseVerifier.Layered();
        layer.annotations.addAll(theirs);
        layer.views.addAll(views);
        Review review = new Review(d.caseId(), 1, false, members, hostViews, null, null);
        MergePlanner.State state = new MergePlanner.State(host, review, Set.of(), List.of(), mergedBefore);
        return MergePlanner.plan(d, state, layer, sent, Set.of(take), null, who, Map.of());
    }

    private static MergePlanner.Responder of(String name, String role, List<PanelMember> members) {
        return MergePlanner.Responder.of(name, role, members);
    }

    private MergePlanner.Responder li() {
        return of("李律师", "LEGAL_ADVISER", members);
    }

    private static List<String> reasons(MergePlanner.Plan p) {
        return p.conflicts.stream().map(ExchangeService.Conflict::reason).toList();
    }

    @Test
    void theResponderIsTheMemberTheSignedManifestNamesOrTheOnlyOneOfItsRole() {
        assertThat(of("李律师", "LEGAL_ADVISER", members).memberId()).isEqualTo("m2");
        assertThat(of("李某", "LEGAL_ADVISER", members).memberId()).isEqualTo("m2");
        assertThat(of("李律师", "", members).memberId()).isEqualTo("m2");
        // two advisers and another name: cannot be told
        PanelMember second = new PanelMember("m4", "钱律师", null, Role.LEGAL_ADVISER, null, null);
        List<PanelMember> two = List.of(officer, adviser, expert, second);
        assertThat(of("孙某", "LEGAL_ADVISER", two).memberId()).isNull();
        assertThat(of("", "", members).memberId()).isNull();
    }

    @Test
    void theRespondersOwnAnnotationAndViewAreMerged() {
        MergePlanner.Plan p = plan(li(), List.of(ann("a-own", null, "李律师", Role.LEGAL_ADVISER, "本人批注")),
                List.of(new MemberView(ReviewPoint.FACTS, "m2", ViewKind.AGREE, "", T)));
        assertThat(p.conflicts).isEmpty();
        assertThat(p.insert).extracting(Annotation::id).containsExactly("a-own");
        assertThat(p.upsertViews).hasSize(1);
    }

    @Test
    void anAnnotationInAnotherMembersNameIsNotTheirsEvenWhenTaken() {
        MergePlanner.Plan p = plan(li(), List.of(ann("a-x", null, "王建国", Role.OFFICER, "冒名")), List.of(), "*");
        assertThat(reasons(p)).containsExactly("notTheirs");
        assertThat(p.insert).isEmpty();
    }

    @Test
    void anAnnotationUnderAnyOtherNameIsNotTheirs() {
        MergePlanner.Plan p = plan(li(), List.of(ann("a-x", null, "Administrator", Role.LEGAL_ADVISER, "他人")),
                List.of());
        assertThat(reasons(p)).containsExactly("notTheirs");
    }

    @Test
    void theRespondersNameInAnotherRoleIsNotTheirs() {
        MergePlanner.Plan p = plan(li(), List.of(ann("a-x", null, "李律师", Role.EXPERT, "换角色")), List.of());
        assertThat(reasons(p)).containsExactly("notTheirs");
    }

    @Test
    void anAnnotationWithoutAuthorIsNotTheirs() {
        // (a missing role does not get this far: the layer's reader refuses it as a bad manifest)
        MergePlanner.Plan p = plan(li(), List.of(ann("a-x", null, null, Role.LEGAL_ADVISER, "无名")), List.of());
        assertThat(reasons(p)).containsExactly("notTheirs");
    }

    @Test
    void whenTheResponderCannotBeToldNothingIsTheirs() {
        MergePlanner.Responder nobody = of("孙某", "", members);
        MergePlanner.Plan p = plan(nobody, List.of(ann("a-x", null, "李律师", Role.LEGAL_ADVISER, "批注")),
                List.of(new MemberView(ReviewPoint.FACTS, "m2", ViewKind.AGREE, "", T)), "*");
        // said as what it is (no member signed), not as items in another person's name
        assertThat(reasons(p)).containsExactly("responderUnknown", "responderUnknown");
        assertThat(p.conflicts).noneMatch(ExchangeService.Conflict::takeable);
        assertThat(p.insert).isEmpty();
        assertThat(p.upsertViews).isEmpty();
    }

    @Test
    void aChangeToWhatWasSentIsReadOnlyEvenWhenTaken() {
        Annotation rewritten = host.get(0).withNote("被改写", AnnotationKind.NOTE, T);
        MergePlanner.Plan p = plan(li(), List.of(rewritten), List.of(), "*");
        assertThat(reasons(p)).containsExactly("readOnly");
        assertThat(p.update).isEmpty();
    }

    @Test
    void aHostItemMadeAfterSendingCannotBeTargetedEvenInTheRespondersName() {
        Annotation late = ann("a-late", null, "李律师", Role.LEGAL_ADVISER, "主持人会后代录");
        host.add(late);
        Annotation theirs = late.withNote("顾问改写", AnnotationKind.NOTE, "2031-01-01T00:00:00.000Z");
        MergePlanner.Plan p = plan(li(), List.of(theirs), List.of(), "annotation:a-late", "*");
        assertThat(reasons(p)).containsExactly("notSent");
        assertThat(p.conflicts.get(0).takeable()).isFalse();
        assertThat(p.update).isEmpty();
    }

    @Test
    void aReplyToAHostItemMadeAfterSendingIsRefusedAReplyToASentOneMerged() {
        host.add(ann("a-late", null, "王建国", Role.OFFICER, "会后新增"));
        MergePlanner.Plan p = plan(li(), List.of(ann("a-r1", "a-late", "李律师", Role.LEGAL_ADVISER, "回复新增"),
                ann("a-r2", "a-sent", "李律师", Role.LEGAL_ADVISER, "回复发出的")), List.of());
        assertThat(reasons(p)).containsExactly("notSent");
        assertThat(p.insert).extractingResultOf("id").containsExactly("a-r2");
    }

    @Test
    void anItemTakenFromAnEarlierResponseIsTheRespondersToUpdate() {
        Annotation earlier = ann("a-own", null, "李律师", Role.LEGAL_ADVISER, "第一次反馈");
        host.add(earlier);
        mergedBefore.add(Layer.annotationKey("a-own"));
        Annotation theirs = earlier.withNote("第二次反馈", AnnotationKind.NOTE, "2031-01-01T00:00:00.000Z");
        MergePlanner.Plan p = plan(li(), List.of(theirs), List.of());
        // changed here meanwhile? no: not in sent, so only take-theirs can update it
        assertThat(reasons(p)).containsExactly("changedBoth");
        MergePlanner.Plan taken = plan(li(), List.of(theirs), List.of(), "annotation:a-own");
        assertThat(taken.conflicts).isEmpty();
        assertThat(taken.update).extracting(Annotation::note).containsExactly("第二次反馈");
    }

    @Test
    void anEarlierResponsesItemOfAnotherAuthorIsNotTheirs() {
        Annotation officers = ann("a-o", null, "王建国", Role.OFFICER, "主办人的");
        host.add(officers);
        mergedBefore.add(Layer.annotationKey("a-o"));
        Annotation theirs = officers.withNote("改成顾问的话", AnnotationKind.NOTE, T);
        MergePlanner.Plan p = plan(li(), List.of(theirs), List.of(), "*");
        assertThat(reasons(p)).containsExactly("notTheirs");
    }

    @Test
    void viewsOnlyForTheResponderAndOnlyTheirsCanBeTaken() {
        hostViews.add(new MemberView(ReviewPoint.LAW, "m2", ViewKind.AGREE, "", T));
        MergePlanner.Plan p = plan(li(), List.of(), List.of(
                new MemberView(ReviewPoint.FACTS, "m1", ViewKind.OBJECT, "代他人表态", T),
                new MemberView(ReviewPoint.FACTS, "m9", ViewKind.AGREE, "", T),
                new MemberView(ReviewPoint.LAW, "m2", ViewKind.OBJECT, "本人改为有异议", T)), "*");
        assertThat(reasons(p)).containsExactly("notTheirs", "unknownMember");
        assertThat(p.upsertViews).extracting(MemberView::memberId).containsExactly("m2");
        MergePlanner.Plan kept = plan(li(), List.of(), List.of(
                new MemberView(ReviewPoint.LAW, "m2", ViewKind.OBJECT, "本人改为有异议", T)));
        assertThat(reasons(kept)).containsExactly("changedBoth");
        assertThat(kept.conflicts.get(0).takeable()).isTrue();
    }
}
