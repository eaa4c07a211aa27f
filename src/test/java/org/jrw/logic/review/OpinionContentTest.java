package org.jrw.logic.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrw.logic.checks.Benchmark;
import org.jrw.logic.checks.CheckConfig;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.law.LawLibrary;
import org.jrw.logic.law.PenaltyTable;
import org.jrw.logic.pdf.DocumentFonts;
import org.jrw.logic.pdf.OpinionPdf;
import org.jrw.model.CaseDocument;
import org.jrw.model.CaseInfo;
import org.jrw.model.Circumstances;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.Extra;
import org.jrw.model.Finding;
import org.jrw.model.Party;
import org.jrw.model.PartyKind;
import org.jrw.model.ProposedPenalty;
import org.jrw.model.Role;
import org.jrw.model.Severity;
import org.jrw.model.Violation;
import org.jrw.model.review.Conclusion;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Recommendation;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;
import org.junit.jupiter.api.Test;

/** The opinion as a legal adviser reads it: sections, views summarised as recorded, nothing empty, no notes. */
class OpinionContentTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final List<PanelMember> PANEL = List.of(
            new PanelMember("m1", "王建国", "西安市应急管理局", Role.OFFICER, null, null),
            new PanelMember("m2", "李律师", "某律师事务所", Role.LEGAL_ADVISER, null, null),
            new PanelMember("m3", "赵工", "某研究院", Role.EXPERT, null, null));

    static Dossier dossier(boolean decided, Circumstances circ) {
        CaseInfo ci = new CaseInfo("西应急罚〔2026〕9号", "某机械公司使用无证人员焊接作业案", "西安市应急管理局", "陕西省西安市雁塔区",
                "机械", "双随机检查", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4),
                decided ? "已结案" : "拟作出决定", Extra.NONE);
        Party unit = new Party("p1", PartyKind.UNIT, "某机械有限公司", "91610113MA6X0000X1", "张某华", "西安市雁塔区某路1号", 40,
                null, null, null, Extra.NONE);
        Party witness = new Party("p2", PartyKind.PERSON, "李某强", null, null, null, null, "610100199001011234", "焊工",
                null, Extra.NONE);
        Violation v = new Violation("v1", "p1",
                "该公司安排未取得特种作业操作证的员工李某强从事电焊作业【知】(应为第九十七条)，见镜像页面 https://example.org/x",
                "《安全生产法》第30条第1款", "《安全生产法》第九十七条第（七）项", circ,
                new ProposedPenalty(20000L, null, List.of(), Extra.NONE), Extra.NONE);
        List<CaseDocument> docs = new ArrayList<>(List.of(
                doc("d1", "INSPECTION_RECORD", "现场检查记录", "西应急检记〔2026〕1号", LocalDate.of(2026, 3, 2), null),
                doc("d2", "FILING_APPROVAL", "立案审批表", null, LocalDate.of(2026, 3, 4), null),
                doc("d3", "PENALTY_NOTICE", "行政处罚告知书", "西应急罚告〔2026〕9号", LocalDate.of(2026, 3, 20),
                        LocalDate.of(2026, 3, 21))));
        if (decided) {
            docs.add(doc("d4", "PENALTY_DECISION", "行政处罚决定书", "西应急罚〔2026〕9号", LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 4, 2)));
            docs.add(doc("d5", "PAYMENT_RECEIPT", "罚款缴纳凭证", null, LocalDate.of(2026, 4, 10), null));
        }
        List<Evidence> ev = List.of(
                new Evidence("e1", "书证", "营业执照复印件", LocalDate.of(2026, 3, 2), "王某", "当事人提供", "f", "x",
                        List.of("v1"), Extra.NONE),
                new Evidence("e2", "证人证言", "询问笔录（李某强）", LocalDate.of(2026, 3, 5), "王某", null, "f", "x",
                        List.of("v1"), new Extra(Map.of("purpose", "李某强未取得操作证即从事电焊作业"))));
        return new Dossier("c1", 1, ci, List.of(unit, witness), List.of(), List.of(v), docs, ev, Extra.NONE);
    }

    private static CaseDocument doc(String id, String type, String title, String number, LocalDate date, LocalDate served) {
        return new CaseDocument(id, type, title, number, date, served, "files/" + id + ".pdf", "x", Map.of(), Extra.NONE);
    }

    static Review review(List<MemberView> views, Recommendation rec) {
        return new Review("c1", 1, false, PANEL, views, rec, "2026-12-07T08:00:00Z");
    }

    /** Every member agrees on every point, then the given views replace theirs. */
    static List<MemberView> agreeAllExcept(MemberView... changed) {
        List<MemberView> out = new ArrayList<>();
        for (ReviewPoint p : ReviewPoint.values()) {
            for (PanelMember m : PANEL) {
                MemberView v = new MemberView(p, m.id(), ViewKind.AGREE, "", "2026-12-07T08:00:00Z");
                for (MemberView c : changed) {
                    if (c.point() == p && c.memberId().equals(m.id())) {
                        v = c;
                    }
                }
                out.add(v);
            }
        }
        return out;
    }

    static MemberView view(ReviewPoint p, String member, ViewKind k, String text) {
        return new MemberView(p, member, k, text, "2026-12-07T08:00:00Z");
    }

    static final Recommendation REC = new Recommendation(Conclusion.APPROVE_WITH_CHANGES, "罚款人民币20,000元", 20000L,
            null, null, List.of(), List.of(), "违法行为持续时间短，已及时改正", List.of());

    static OpinionContent.Sources sources(List<Finding> findings) {
        return new OpinionContent.Sources(findings, new CitationResolver(LawLibrary.builtIn()), PenaltyTable.builtIn(),
                new Benchmark(CheckConfig.builtIn().benchmarkJson()), id -> id);
    }

    static String text(OpinionContent c) throws IOException {
        byte[] pdf = OpinionPdf.write(c.document(), c.slotsHeading(), c.slotsNote(), c.slots(),
                "{}".getBytes(StandardCharsets.UTF_8), false, "c1;v1", Map.of()).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    private static String render(Dossier d, Review r, List<Finding> findings) throws IOException {
        return text(OpinionContent.build(d, r, false, DAY, sources(findings)));
    }

    @Test
    void hasEverySectionOfAReviewOpinionAndTheDateOfIssueInChineseNumerals() throws IOException {
        String t = render(dossier(false, Circumstances.NONE), review(agreeAllExcept(), REC), List.of());
        assertThat(t).contains("一、当事人基本情况", "二、案件来源与办理经过", "三、违法事实", "四、证据", "五、法律依据",
                "六、裁量理由", "七、合法性审查发现", "八、审查意见", "九、结论与处罚建议", "联审成员签名",
                "西安市应急管理局联审小组", "二〇二六年十二月七日");
        // chronology with the date of service; the evidence with what it proves
        assertThat(t).contains("2026年3月20日，制发《行政处罚告知书》（西应急罚告〔2026〕9号），2026年3月21日送达当事人。",
                "2026年3月4日，经《立案审批表》批准立案", "营业执照复印件（书证，2026年3月2日取得，来源：当事人提供），用以证明上述违法事实。",
                "证明李某强未取得操作证即从事电焊作业。");
        // the provisions' text as applied, in one citation form
        assertThat(t).contains("《中华人民共和国安全生产法》第三十条第一款的规定：“生产经营单位的特种作业人员必须",
                "第九十七条第七项予以处罚：“生产经营单位有下列行为之一的", "处十万元以下的罚款")
                .doesNotContain("第（七）项", "第30条");
        assertThat(t).contains("联审结论：修改后同意。").doesNotContain("事后审查");
    }

    @Test
    void theLegalRepresentativeIsAnAttributeOfTheChargedPartyNeverAParty() throws IOException {
        String t = render(dossier(false, Circumstances.NONE), review(agreeAllExcept(), REC), List.of());
        assertThat(t).contains("当事人：某机械有限公司，统一社会信用代码：91610113MA6X0000X1，住所：西安市雁塔区某路1号，法定代表人：张某华")
                .doesNotContain("当事人：张某华", "当事人：李某强");
    }

    @Test
    void unanimousOnlyWhenEveryViewAgrees() {
        Review r = review(agreeAllExcept(), REC);
        assertThat(OpinionContent.pointOpinion(r, ReviewPoint.FACTS)).containsExactly("联审成员一致认为违法事实清楚。");
    }

    @Test
    void aSupplementIsNamedAndNeverCalledUnanimous() {
        Review r = review(agreeAllExcept(view(ReviewPoint.DISCRETION, "m2", ViewKind.SUPPLEMENT, "建议罚款1万元")), REC);
        List<String> p = OpinionContent.pointOpinion(r, ReviewPoint.DISCRETION);
        assertThat(String.join("", p)).doesNotContain("一致")
                .contains("联审成员均认为裁量适当，李律师（法律顾问）提出补充意见。", "李律师（法律顾问）补充意见：建议罚款1万元。");
    }

    @Test
    void aMajorityWithDissentListsTheReservedOpinion() {
        Review r = review(agreeAllExcept(view(ReviewPoint.DISCRETION, "m3", ViewKind.OBJECT, "应按下限处罚")), REC);
        String p = String.join("", OpinionContent.pointOpinion(r, ReviewPoint.DISCRETION));
        assertThat(p).doesNotContain("一致").contains("多数成员（2/3）认为裁量适当", "赵工（行业领域专家）有异议",
                "赵工（行业领域专家）对“裁量是否适当”持保留意见：应按下限处罚。");
    }

    @Test
    void aMajorityObjectingIsNotPrintedAsAgreement() {
        Review r = review(agreeAllExcept(view(ReviewPoint.EVIDENCE, "m2", ViewKind.OBJECT, "缺少操作证查询记录"),
                view(ReviewPoint.EVIDENCE, "m3", ViewKind.OBJECT, "")), REC);
        String p = String.join("", OpinionContent.pointOpinion(r, ReviewPoint.EVIDENCE));
        assertThat(p).contains("多数成员（2/3）对“证据是否确实充分”有异议", "王建国（执法业务骨干）认为证据确实充分",
                "赵工（行业领域专家）对“证据是否确实充分”持保留意见：未载明理由。").doesNotContain("一致", "多数成员（1/3）");
    }

    @Test
    void anOpenPointSaysHowManyHaveSpoken() {
        List<MemberView> views = new ArrayList<>(agreeAllExcept());
        views.removeIf(v -> v.point() == ReviewPoint.LAW && v.memberId().equals("m3"));
        String p = String.join("", OpinionContent.pointOpinion(review(views, REC), ReviewPoint.LAW));
        assertThat(p).startsWith("尚在审查（2/3名成员已发表意见）").doesNotContain("一致");
    }

    @Test
    void noEmptyFieldNoCircumstanceLineWithoutCircumstancesAndNoNotes() throws IOException {
        String t = render(dossier(false, Circumstances.NONE), review(agreeAllExcept(), REC), List.of());
        assertThat(t).doesNotContain("从重情节：", "从轻情节：", "：。", "：；", "（）", "null", "【知】", "应为", "镜像",
                "https", "example.org", "20,000");
        assertThat(t).contains("案卷未载明从轻、减轻或者从重处罚的情节。", "罚款人民币20000元", "承办机构拟处罚款2万元。");
        Circumstances c = new Circumstances(true, true, null, null, null, List.of("主动消除危害后果"), List.of(), Extra.NONE);
        String t2 = render(dossier(false, c), review(agreeAllExcept(), REC), List.of());
        assertThat(t2).contains("从轻情节：初次违法；及时改正；主动消除危害后果。").doesNotContain("从重情节");
    }

    @Test
    void noApplicableBenchmarkIsSaidWhenOnlyASampleMatches() throws IOException {
        String t = render(dossier(false, Circumstances.NONE), review(agreeAllExcept(), REC), List.of());
        assertThat(t).contains("裁量基准：").doesNotContain("样例");
        assertThat(t).containsAnyOf("无可适用的行政处罚裁量基准", "裁量基准：适用");
    }

    @Test
    void findingsAreListedWithHowThePanelDealtWithThem() throws IOException {
        Finding f = new Finding("PROC_NOTICE_PERIOD", Severity.ERROR, "程序", "告知书送达至决定不足法定期限", "行政处罚法第四十四条",
                List.of("d3"));
        Review r = review(agreeAllExcept(view(ReviewPoint.PROCEDURE, "m2", ViewKind.OBJECT, "陈述申辩期未满即作出决定")), REC);
        String t = render(dossier(false, Circumstances.NONE), r, List.of(f));
        assertThat(t).contains("发现错误1项", "（错误）告知书送达至决定不足法定期限。处理情况：联审小组在“程序是否合法”中审查")
                .doesNotContain("PROC_NOTICE_PERIOD");
        String none = render(dossier(false, Circumstances.NONE), review(agreeAllExcept(), REC), List.of());
        assertThat(none).contains("经自动合法性审查，未发现错误或者需要提示的问题。");
    }

    @Test
    void aReviewAfterTheDecisionIsLabelledAndDoesNotImposeANewPenalty() throws IOException {
        String t = render(dossier(true, Circumstances.NONE), review(agreeAllExcept(), REC), List.of());
        assertThat(t).contains("（事后审查）", "本次审查系处罚决定作出后的事后审查", "已于2026年4月1日作出行政处罚决定",
                "当事人已于2026年4月10日缴纳罚款", "联审结论（事后审查）：修改后同意。", "建议承办机构在今后办案中予以改正")
                .doesNotContain("建议承办机构按本意见修改后作出决定");
    }

    @Test
    void documentFacesAreEmbeddedSubsets() throws IOException {
        OpinionContent c = OpinionContent.build(dossier(false, Circumstances.NONE), review(agreeAllExcept(), REC), false,
                DAY, sources(List.of()));
        byte[] pdf = OpinionPdf.write(c.document(), c.slotsHeading(), c.slotsNote(), c.slots(),
                "{}".getBytes(StandardCharsets.UTF_8), false, "c1;v1", Map.of()).pdf();
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var n : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(n);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+.*");
                    names.add(font.getName());
                }
            }
        }
        var faces = DocumentFonts.resolved();
        for (DocumentFonts.Face f : DocumentFonts.Face.values()) {
            if (f == DocumentFonts.Face.KAI && !faces.get(f).system()) {
                continue;
            }
            assertThat(names).as(f.name()).anyMatch(n -> n.contains(faces.get(f).name()));
        }
        if (faces.get(DocumentFonts.Face.BODY).system()) {
            // a serif face, not the bundled sans, sets the body text
            assertThat(faces.get(DocumentFonts.Face.BODY).name()).doesNotContain("DroidSans");
        }
    }
}
