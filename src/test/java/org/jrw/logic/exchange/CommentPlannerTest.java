package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jrw.i18n.Messages;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.Dossier;
import org.jrw.model.Role;
import org.jrw.persistence.ExchangeDao;
import org.jrw.persistence.Workspace;
import org.jrw.testing.CliRunner;
import org.jrw.testing.EvidenceFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan of a PDF-comment import (ADR 0050), comment by comment: what is skipped and why, how a
 * region comes back to the page, the picture or the placeholder it was drawn on, replies on their
 * thread, an exported comment edited in the reader, and what was received read-only.
 */
class CommentPlannerTest {
    static final String CASE = "西应急罚〔2024〕99号";
    static final String T = "2030-01-01T00:00:00.000Z";

    @TempDir
    static Path tmp;
    static Workspace ws;
    static Dossier d;
    static String d1;
    static String e1;
    static String e2;

    final CommentService.Options opt = new CommentService.Options(Role.LEGAL_ADVISER, " 李律师 ");
    List<CommentMap.PageRef> pages;
    Map<String, CommentMap.Exported> exported;
    List<String> source;
    List<Annotation> current;
    Optional<ExchangeDao.Received> received;

    @BeforeAll
    static void importCase() throws Exception {
        Path dir = tmp.resolve("ws");
        Path pkg = EvidenceFixtures.pkg(CASE).writeZip(tmp.resolve("in.jrcase"));
        assertThat(CliRunner.run("--workspace", dir.toString(), "case", "import", pkg.toString()).code()).isZero();
        ws = Workspace.open(dir);
        d = new DossierService(ws).load(CASE);
        d1 = EvidenceItem.find(d, "d1").orElseThrow().sha256();
        e1 = EvidenceItem.find(d, "e1").orElseThrow().sha256();
        e2 = EvidenceItem.find(d, "e2").orElseThrow().sha256();
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    static final PageGeometry LETTER = PageGeometry.of(List.of(0, 0, 612, 792), 0);

    @BeforeEach
    void setUp() {
        pages = new ArrayList<>(List.of(
                new CommentMap.PageRef(0, "d1", "DOCUMENT", d1, CommentMap.Kind.PDF, 1, LETTER, null, null),
                new CommentMap.PageRef(1, "e1", "EVIDENCE", e1, CommentMap.Kind.IMAGE, null, LETTER,
                        List.of(106.0, 246.0, 400.0, 300.0), List.of(400, 300)),
                new CommentMap.PageRef(2, "e2", "EVIDENCE", e2, CommentMap.Kind.PLACEHOLDER, null, LETTER, null, null),
                new CommentMap.PageRef(3, "d1", "DOCUMENT", "0".repeat(64), CommentMap.Kind.PDF, 2, LETTER, null, null),
                new CommentMap.PageRef(4, "gone", "DOCUMENT", d1, CommentMap.Kind.PDF, 1, LETTER, null, null),
                new CommentMap.PageRef(5, "e1", "EVIDENCE", e1, CommentMap.Kind.IMAGE, null, LETTER,
                        List.of(106.0, 246.0, 400.0, 300.0), List.of(400))));
        exported = new LinkedHashMap<>();
        source = new ArrayList<>();
        current = new ArrayList<>();
        received = Optional.empty();
    }

    private static ForeignComment c(String key, String subtype, int page, double[] rect, String contents) {
        return new ForeignComment(key, true, subtype, page, rect, List.of(), "张某", contents, null, null, null, null,
                "R", null);
    }

    private static ForeignComment reply(String key, String parent, String contents) {
        return new ForeignComment(key, true, "Text", 0, null, List.of(), "张某", contents, null, null, null, parent,
                "R", null);
    }

    private CommentPlanner.Plan plan(ForeignComment... comments) {
        CommentMap map = new CommentMap("exp", d.caseId(), CASE, null, T, pages, exported, source);
        return CommentPlanner.plan(ws, d, map, List.of(comments), opt, current, received);
    }

    private Annotation existing(String id, String parent, String note) {
        return new Annotation(id, d.caseId(), parent, "d1", Annotation.TargetType.DOCUMENT, d1, parent == null ? 1 : null,
                parent == null ? List.of(new Annotation.Rect(72, 50, 200, 50)) : List.of(), null, null, null, null,
                AnnotationKind.NOTE, note, "王建国", Role.OFFICER, null, Annotation.Status.OPEN, T, T);
    }

    @Test
    void stateChangesTheSourcesOwnAndUnmappedOrChangedPagesAreSkippedWithTheirReason() {
        source.add("src-1");
        ForeignComment state = new ForeignComment("st", true, "Text", 0, null, List.of(), "张某", null, null, null,
                null, "x", "R", "Accepted");
        CommentPlanner.Plan p = plan(state, c("src-1", "Text", 0, new double[] {72, 692, 272, 742}, "原有"),
                c("off", "Text", 9, new double[] {1, 1, 2, 2}, "第十页"),
                c("neg", "Text", -1, new double[] {1, 1, 2, 2}, "负页"),
                c("gone", "Text", 4, new double[] {1, 1, 2, 2}, "目标不在"),
                c("chg", "Text", 3, new double[] {1, 1, 2, 2}, "文件已换"));
        assertThat(p.skipped).containsExactlyInAnyOrderEntriesOf(Map.of("state", 1, "source", 1, "unmapped", 3,
                "targetChanged", 1));
        assertThat(p.insert).isEmpty();
    }

    @Test
    void aCommentOnAPdfPageComesBackAsRegionsOnTheSourcePage() {
        double[] quad1 = {72, 742, 272, 742, 72, 692, 272, 692};
        double[] flat = {72, 742, 72, 742, 72, 742, 72, 742};
        ForeignComment hl = new ForeignComment("hl", true, "Text", 0, new double[] {0, 0, 612, 792},
                List.of(quad1, flat), "", "标出的句子", "Question", "D:20261201120000+08'00'", null, null, "R", null);
        CommentPlanner.Plan p = plan(hl);
        Annotation a = p.insert.get(0);
        assertThat(a.page()).isEqualTo(1);
        assertThat(a.rects()).as("one region per quadrilateral; a flat one is none; /Rect only without quads")
                .containsExactly(new Annotation.Rect(72, 50, 200, 50));
        assertThat(a.author()).as("the default author for a comment without one").isEqualTo("李律师");
        assertThat(a.role()).isEqualTo(Role.LEGAL_ADVISER);
        assertThat(a.kind()).isEqualTo(AnnotationKind.QUESTION);
        assertThat(a.createdAt()).isEqualTo("2026-12-01T04:00:00.000Z");
        assertThat(a.modifiedAt()).as("no /M: the creation time").isEqualTo(a.createdAt());
        assertThat(p.added).isEqualTo(1);
        assertThat(p.items).extracting(CommentService.Item::action).containsExactly("add");
        // a rectangle wholly off the page, and a degenerate one: no region
        CommentPlanner.Plan off = plan(c("off", "Square", 0, new double[] {700, 900, 800, 1000}, "页外"),
                c("flat", "Square", 0, new double[] {100, 100, 100, 200}, "扁的"));
        assertThat(off.insert).allSatisfy(x -> assertThat(x.rects()).isEmpty());
    }

    @Test
    void aTextMarkupWithoutANoteTakesTheMarkedTextOrSaysItHasNone() {
        ForeignComment hl = new ForeignComment("hl", true, "Highlight", 0, null,
                List.of(new double[] {0, 792, 612, 792, 0, 0, 612, 0}), "张某", null, null, null, null, null, "R", null);
        Annotation a = plan(hl).insert.get(0);
        assertThat(a.note()).startsWith("「").contains("welding").endsWith("」");
        // a square without a note: no marked text, its subtype named
        Annotation sq = plan(c("sq", "Square", 0, new double[] {72, 692, 272, 742}, "  ")).insert.get(0);
        assertThat(sq.note()).isEqualTo(Messages.get("comments.import.noText", Messages.get("comments.subtype.Square")));
    }

    @Test
    void aCommentOnAPictureBecomesPixelsClippedAndJoined() {
        // the picture is drawn at (106, 246), 400 × 300 points for 400 × 300 pixels
        ForeignComment two = new ForeignComment("two", true, "Square", 1, null, List.of(
                new double[] {106, 546, 206, 546, 106, 446, 206, 446},
                new double[] {306, 346, 406, 346, 306, 246, 406, 246}), "张某", "两处", null, null, null, null, "R", null);
        Annotation a = plan(two).insert.get(0);
        assertThat(a.page()).as("a picture has no page").isNull();
        assertThat(a.targetId()).isEqualTo("e1");
        assertThat(a.rects()).containsExactly(new Annotation.Rect(0, 0, 300, 300));
        ForeignComment edge = c("edge", "Square", 1, new double[] {56, 496, 156, 596}, "出界一半");
        assertThat(plan(edge).insert.get(0).rects()).containsExactly(new Annotation.Rect(0, 0, 50, 50));
        ForeignComment off = c("off", "Square", 1, new double[] {0, 0, 50, 50}, "图片外");
        assertThat(plan(off).insert.get(0).rects()).isEmpty();
        ForeignComment badMap = c("bad", "Square", 5, new double[] {106, 446, 206, 546}, "像素未知");
        assertThat(plan(badMap).insert.get(0).rects()).isEmpty();
    }

    @Test
    void aCommentOnAPlaceholderPageIsOnTheFileWithoutPageOrRegion() {
        Annotation a = plan(c("ph", "Text", 2, new double[] {72, 692, 272, 742}, "对录音的意见")).insert.get(0);
        assertThat(a.targetId()).isEqualTo("e2");
        assertThat(a.page()).isNull();
        assertThat(a.rects()).isEmpty();
    }

    @Test
    void repliesJoinTheirThreadRootAndEmptyRepliesAreSkipped() {
        // listed before their parent, and a reply to a reply
        CommentPlanner.Plan p = plan(reply("r2", "r1", "再回复"), reply("r1", "root", "回复"),
                c("root", "Text", 0, new double[] {72, 692, 272, 742}, "主意见"), reply("r3", "root", "  "),
                reply("r4", "unknown", "父意见不在文件中"));
        String rootId = CommentService.derivedId(d.caseId(), "root");
        Map<String, Annotation> byKey = new LinkedHashMap<>();
        p.insert.forEach(a -> byKey.put(a.id(), a));
        Annotation r1 = byKey.get(CommentService.derivedId(d.caseId(), "r1"));
        Annotation r2 = byKey.get(CommentService.derivedId(d.caseId(), "r2"));
        assertThat(r1.parentId()).isEqualTo(rootId);
        assertThat(r2.parentId()).as("a reply to a reply joins the thread's root").isEqualTo(rootId);
        assertThat(p.replies).isEqualTo(2);
        assertThat(p.skipped).containsEntry("empty", 1);
        Annotation orphan = byKey.get(CommentService.derivedId(d.caseId(), "r4"));
        assertThat(orphan.parentId()).as("a reply whose parent is not there starts a thread").isNull();
        assertThat(p.added).isEqualTo(2);
    }

    @Test
    void aReplyCycleAndARepeatedKeyDoNotLoop() {
        CommentPlanner.Plan p = plan(reply("x", "y", "甲"), reply("y", "x", "乙"), reply("x", "y", "重复"));
        assertThat(p.insert).hasSize(2);
    }

    @Test
    void anExportedCommentUnchangedIsSkippedEditedInTheReaderIsKeptAsAReply() {
        current.add(existing("a-root", null, "原意见"));
        exported.put("nm-1", new CommentMap.Exported("a-root", "a-root", "原意见", 0));
        exported.put("nm-2", new CommentMap.Exported("a-gone", "a-gone", "已删除的", 0));
        exported.put("nm-3", new CommentMap.Exported("a-gone2", "a-gone2", "已删除的", 0));
        CommentPlanner.Plan p = plan(c("nm-1", "Text", 0, null, "原意见\r\n"), c("nm-2", "Text", 0, null, null));
        assertThat(p.skipped).containsExactlyEntriesOf(Map.of("exported", 2));
        CommentPlanner.Plan edited = plan(c("nm-1", "Text", 0, null, "改过的意见"),
                c("nm-3", "Text", 0, new double[] {72, 692, 272, 742}, "删除后又写的"));
        assertThat(edited.insert).hasSize(2);
        Annotation r = edited.insert.get(0);
        assertThat(r.parentId()).isEqualTo("a-root");
        assertThat(r.note()).isEqualTo(Messages.get("comments.import.changed", "改过的意见"));
        assertThat(edited.insert.get(1).parentId()).as("its thread is gone here: a new comment").isNull();
        assertThat(edited.insert.get(1).note()).isEqualTo("删除后又写的");
    }

    @Test
    void aCommentImportedBeforeIsUnchangedOrUpdatedButReceivedMaterialStaysReadOnly() {
        String id = CommentService.derivedId(d.caseId(), "nm-9");
        current.add(new Annotation(id, d.caseId(), null, "d1", Annotation.TargetType.DOCUMENT, d1, 1,
                List.of(new Annotation.Rect(72, 50, 200, 50)), null, null, null, null, AnnotationKind.NOTE, "第一次",
                "张某", Role.LEGAL_ADVISER, null, Annotation.Status.OPEN, T, T));
        ForeignComment same = c("nm-9", "Text", 0, new double[] {72, 692, 272, 742}, "第一次");
        CommentPlanner.Plan p = plan(same);
        assertThat(p.unchanged).isEqualTo(1);
        assertThat(p.insert).isEmpty();
        assertThat(p.update).isEmpty();
        ForeignComment moved = c("nm-9", "Text", 0, new double[] {72, 692, 272, 743}, "第一次");
        assertThat(plan(moved).update).as("a region moved by more than rounding").hasSize(1);
        ForeignComment changed = c("nm-9", "Text", 0, new double[] {72, 692, 272, 742}, "第二次");
        CommentPlanner.Plan u = plan(changed);
        assertThat(u.update).extracting(Annotation::note).containsExactly("第二次");
        assertThat(u.updated).isEqualTo(1);
        assertThat(u.items).extracting(CommentService.Item::action).containsExactly("update");
        // received from the host's review package: never changed by an import
        received = Optional.of(new ExchangeDao.Received(d.caseId(), "pkg", "n", "主办人", "ab", T,
                "{\"annotation:" + id + "\":\"digest\"}"));
        CommentPlanner.Plan ro = plan(changed);
        assertThat(ro.update).isEmpty();
        assertThat(ro.unchanged).isEqualTo(1);
    }

    @Test
    void anOverlongNoteIsCutAndAnUnknownAuthorNamed() {
        CommentService.Options none = new CommentService.Options(Role.EXPERT, " ");
        CommentMap map = new CommentMap("exp", d.caseId(), CASE, null, T, pages, exported, source);
        ForeignComment longOne = new ForeignComment("long", true, "Text", 0, null, List.of(), null, "长".repeat(25_000),
                null, null, null, null, "R", null);
        Annotation a = CommentPlanner.plan(ws, d, map, List.of(longOne), none, current, received).insert.get(0);
        assertThat(a.note()).hasSize(20_000);
        assertThat(a.author()).isEqualTo(Messages.get("comments.author.unknown"));
        CommentService.Options nullAuthor = new CommentService.Options(Role.EXPERT, null);
        assertThat(CommentPlanner.plan(ws, d, map, List.of(longOne), nullAuthor, current, received).insert.get(0)
                .author()).isEqualTo(Messages.get("comments.author.unknown"));
    }

    @Test
    void theKindComesFromTheSubjectInEitherLanguageElseTheSubtype() {
        assertThat(CommentService.kindOf(withSubject("Text", "DEFECT"))).isEqualTo(AnnotationKind.DEFECT);
        assertThat(CommentService.kindOf(withSubject("Text", "Correction required")))
                .isEqualTo(AnnotationKind.CORRECTION);
        assertThat(CommentService.kindOf(withSubject("StrikeOut", null))).isEqualTo(AnnotationKind.CORRECTION);
        assertThat(CommentService.kindOf(withSubject("Text", "随便"))).isEqualTo(AnnotationKind.NOTE);
    }

    private static ForeignComment withSubject(String subtype, String subject) {
        return new ForeignComment("k", true, subtype, 0, null, List.of(), null, null, subject, null, null, null, "R",
                null);
    }

    @Test
    void pdfAndIsoDatesAreReadAsUtcAndAnythingElseFallsBack() {
        assertThat(CommentService.isoDate("2026-12-01T12:00:00+08:00", "fb")).isEqualTo("2026-12-01T04:00:00.000Z");
        assertThat(CommentService.isoDate("D:20261201120000-05'30'", "fb")).isEqualTo("2026-12-01T17:30:00.000Z");
        assertThat(CommentService.isoDate("D:20261201120000Z", "fb")).isEqualTo("2026-12-01T12:00:00.000Z");
        assertThat(CommentService.isoDate("D:2026", "fb")).isEqualTo("2026-01-01T00:00:00.000Z");
        assertThat(CommentService.isoDate("D:20261301", "fb")).as("month 13").isEqualTo("fb");
        assertThat(CommentService.isoDate("yesterday", "fb")).isEqualTo("fb");
        assertThat(CommentService.isoDate("  ", "fb")).isEqualTo("fb");
        assertThat(CommentService.isoDate(null, "fb")).isEqualTo("fb");
    }

    @Test
    void aTextMarkupWithoutAPdfPageOrRegionOrTextSaysItHasNone() {
        String none = Messages.get("comments.import.noText", Messages.get("comments.subtype.Highlight"));
        double[] q = {106, 546, 206, 546, 106, 446, 206, 446};
        // on a picture: no page to read text from
        ForeignComment onPicture = new ForeignComment("hp", true, "Highlight", 1, null, List.of(q), "张某", null, null,
                null, null, null, "R", null);
        assertThat(plan(onPicture).insert.get(0).note()).isEqualTo(none);
        // on the PDF without any region
        ForeignComment noRegion = new ForeignComment("hn", true, "Highlight", 0, null, List.of(), "张某", null, null,
                null, null, null, "R", null);
        assertThat(plan(noRegion).insert.get(0).note()).isEqualTo(none);
        // over an empty corner of the page: no text under it
        ForeignComment blank = new ForeignComment("hb", true, "Highlight", 0, null,
                List.of(new double[] {600, 10, 610, 10, 600, 2, 610, 2}), "张某", null, null, null, null, null, "R", null);
        assertThat(plan(blank).insert.get(0).note()).isEqualTo(none);
    }

    @Test
    void aQuadrilateralFlatInEitherDirectionFallsBackToTheRectangle() {
        double[] flatY = {72, 742, 272, 742, 72, 742, 272, 742};
        ForeignComment c = new ForeignComment("fq", true, "Square", 0, new double[] {72, 692, 272, 742}, List.of(flatY),
                "张某", "意见", null, "D:20261201", "D:20261203", null, "R", null);
        Annotation a = plan(c).insert.get(0);
        assertThat(a.rects()).containsExactly(new Annotation.Rect(72, 50, 200, 50));
        assertThat(a.modifiedAt()).as("/M when given").isEqualTo("2026-12-03T00:00:00.000Z");
        ForeignComment noHeight = c("nh", "Square", 0, new double[] {72, 692, 272, 692}, "零高");
        assertThat(plan(noHeight).insert.get(0).rects()).isEmpty();
    }

    @Test
    void aPicturePageWithoutUsableGeometryTakesNoRegion() {
        double[] r = {106, 446, 206, 546};
        List<CommentMap.PageRef> bad = List.of(
                new CommentMap.PageRef(0, "e1", "EVIDENCE", e1, CommentMap.Kind.IMAGE, null, LETTER, null, List.of(400, 300)),
                new CommentMap.PageRef(1, "e1", "EVIDENCE", e1, CommentMap.Kind.IMAGE, null, LETTER, List.of(1.0, 2.0),
                        List.of(400, 300)),
                new CommentMap.PageRef(2, "e1", "EVIDENCE", e1, CommentMap.Kind.IMAGE, null, LETTER,
                        List.of(106.0, 246.0, 0.0, 300.0), List.of(400, 300)),
                new CommentMap.PageRef(3, "e1", "EVIDENCE", e1, CommentMap.Kind.IMAGE, null, LETTER,
                        List.of(106.0, 246.0, 400.0, 300.0), List.of(400, 0)),
                new CommentMap.PageRef(4, "e1", "EVIDENCE", e1, CommentMap.Kind.IMAGE, null, LETTER, null, null));
        pages = new ArrayList<>(bad);
        for (int i = 0; i < bad.size(); i++) {
            assertThat(plan(c("k" + i, "Square", i, r, "意见")).insert.get(0).rects()).as("page " + i).isEmpty();
        }
    }

    @Test
    void anImportedCommentWithAnotherKindOrRegionIsUpdatedAndAReplyToAReplyKeepsItsThread() {
        String id = CommentService.derivedId(d.caseId(), "nm-7");
        current.add(new Annotation(id, d.caseId(), null, "d1", Annotation.TargetType.DOCUMENT, d1, 1,
                List.of(new Annotation.Rect(72, 50, 200, 50)), null, null, null, null, AnnotationKind.NOTE, "意见",
                "张某", Role.LEGAL_ADVISER, null, Annotation.Status.OPEN, T, T));
        ForeignComment otherKind = new ForeignComment("nm-7", true, "Text", 0, new double[] {72, 692, 272, 742},
                List.of(), "张某", "意见", "DEFECT", null, null, null, "R", null);
        assertThat(plan(otherKind).update).extracting(Annotation::kind).containsExactly(AnnotationKind.DEFECT);
        ForeignComment wider = c("nm-7", "Text", 0, new double[] {72, 692, 280, 742}, "意见");
        assertThat(plan(wider).update).hasSize(1);
        ForeignComment lower = c("nm-7", "Text", 0, new double[] {72, 682, 272, 742}, "意见");
        assertThat(plan(lower).update).hasSize(1);
        ForeignComment two = new ForeignComment("nm-7", true, "Text", 0, null, List.of(
                new double[] {72, 742, 272, 742, 72, 692, 272, 692}, new double[] {72, 642, 272, 642, 72, 592, 272, 592}),
                "张某", "意见", null, null, null, null, "R", null);
        assertThat(plan(two).update).as("another number of regions").hasSize(1);
        // a reply whose parent (a reply here) has a parent that is gone: it replies to that reply
        String replyId = CommentService.derivedId(d.caseId(), "nm-8");
        current.add(new Annotation(replyId, d.caseId(), "a-gone", "d1", Annotation.TargetType.DOCUMENT, d1, null,
                List.of(), null, null, null, null, AnnotationKind.NOTE, "孤立的回复", "张某", Role.LEGAL_ADVISER, null,
                Annotation.Status.OPEN, T, T));
        exported.put("nm-8", new CommentMap.Exported(replyId, replyId, "孤立的回复", 0));
        CommentPlanner.Plan p = plan(c("nm-8", "Text", 0, null, "孤立的回复"), reply("nm-9", "nm-8", "再回复"));
        assertThat(p.insert).singleElement().satisfies(a -> assertThat(a.parentId()).isEqualTo(replyId));
    }

    @Test
    void aVeryLongReplyChainIsOrderedWithoutOverflow() {
        List<ForeignComment> chain = new ArrayList<>();
        chain.add(c("r0", "Text", 0, new double[] {72, 692, 272, 742}, "起"));
        for (int i = 1; i < 80; i++) {
            chain.add(reply("r" + i, "r" + (i - 1), "回复 " + i));
        }
        java.util.Collections.reverse(chain);
        CommentMap map = new CommentMap("exp", d.caseId(), CASE, null, T, pages, exported, source);
        CommentPlanner.Plan p = CommentPlanner.plan(ws, d, map, chain, opt, current, received);
        assertThat(p.insert).hasSize(80);
    }

    @Test
    void anExportedCommentEmptiedInTheReaderIsNotImportedAsANewComment() {
        current.add(existing("a-root", null, "原意见"));
        exported.put("nm-1", new CommentMap.Exported("a-root", "a-root", "原意见", 0));
        CommentPlanner.Plan p = plan(c("nm-1", "Text", 0, new double[] {72, 692, 272, 742}, " "),
                c("nm-1b", "Text", 0, new double[] {72, 692, 272, 742}, null));
        assertThat(p.skipped).as("the exported comment stands; a new empty note is still a comment")
                .containsExactlyEntriesOf(Map.of("exported", 1));
        assertThat(p.insert).extracting(Annotation::id).doesNotContain("a-root").hasSize(1);
        assertThat(p.insert.get(0).note()).isEqualTo(Messages.get("comments.import.noText",
                Messages.get("comments.subtype.Text")));
    }

    @Test
    void aPicturePageWithPixelsOrSizeMissingOrARegionTooThinTakesNoRegion() {
        double[] r = {106, 446, 206, 546};
        List<CommentMap.PageRef> bad = List.of(
                new CommentMap.PageRef(0, "e1", "EVIDENCE", e1, CommentMap.Kind.IMAGE, null, LETTER,
                        List.of(106.0, 246.0, 400.0, 300.0), null),
                new CommentMap.PageRef(1, "e1", "EVIDENCE", e1, CommentMap.Kind.IMAGE, null, LETTER,
                        List.of(106.0, 246.0, 400.0, 0.0), List.of(400, 300)),
                new CommentMap.PageRef(2, "e1", "EVIDENCE", e1, CommentMap.Kind.IMAGE, null, LETTER,
                        List.of(106.0, 246.0, 400.0, 300.0), List.of(0, 300)));
        pages = new ArrayList<>(bad);
        for (int i = 0; i < bad.size(); i++) {
            assertThat(plan(c("k" + i, "Square", i, r, "意见")).insert.get(0).rects()).as("page " + i).isEmpty();
        }
        pages = new ArrayList<>(List.of(new CommentMap.PageRef(0, "e1", "EVIDENCE", e1, CommentMap.Kind.IMAGE, null,
                LETTER, List.of(106.0, 246.0, 400.0, 300.0), List.of(400, 300))));
        assertThat(plan(c("thin", "Square", 0, new double[] {106, 446, 206, 446.2}, "细线")).insert.get(0).rects())
                .as("less than half a pixel high").isEmpty();
        assertThat(plan(c("ok", "Square", 0, r, "正常")).insert.get(0).rects()).hasSize(1);
    }

    @Test
    void aPdfDateEastOfUtcOrWithAPartialOffsetIsReadToo() {
        assertThat(CommentService.isoDate("D:20261201120000+08'00'", "fb")).isEqualTo("2026-12-01T04:00:00.000Z");
        assertThat(CommentService.isoDate("D:20261201120000+08", "fb")).as("hours only").isEqualTo("2026-12-01T04:00:00.000Z");
        assertThat(CommentService.isoDate("D:20261201120000+", "fb")).as("a sign alone: UTC").isEqualTo("2026-12-01T12:00:00.000Z");
        assertThat(CommentService.isoDate("D:20261201120000+99'00'", "fb")).as("no such offset").isEqualTo("fb");
    }
}
