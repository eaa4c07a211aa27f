package org.jrw.logic.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jrw.codec.DossierCodec;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.logic.law.LawLibrary;
import org.jrw.logic.law.PenaltyTable;
import org.jrw.logic.jurisdiction.Region;
import org.jrw.logic.jurisdiction.RuleSource;
import org.jrw.model.Finding;
import org.jrw.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: rules apply by jurisdiction and day, 减轻 vs 从轻, 第三十三条's two rules, continuing acts,
 * 法制审核, 集体讨论, mandatory measures and the corrected bases — each defect of the issue as a
 * regression test. Rule sources here are test fixtures standing for what a bureau imports.
 */
class ApplicableRulesTest {
    private static final FileVerifier ALL_GOOD = (sha, file) -> Optional.of(true);

    static final RuleSource XIAN_BENCHMARK = source(RuleSource.BENCHMARK, "陕西省西安市", "2024-01-01", null,
            "{\"rules\":[{\"id\":\"r1\",\"label\":\"第七项 一般情形\",\"law\":\"work-safety-law\",\"article\":97,\"item\":7,"
                    + "\"party\":\"UNIT\",\"when\":{\"countMax\":3},\"minYuan\":10000,\"maxYuan\":30000}]}");
    static final RuleSource PROVINCE_HEARING = source(RuleSource.THRESHOLDS, "陕西省", "2020-01-01", null,
            "{\"values\":{\"hearingThreshold\":{\"unitYuan\":30000,\"personYuan\":10000,"
                    + "\"basis\":\"《中华人民共和国行政处罚法》第六十三条第一款第（一）项；本省较大数额罚款标准\"}}}");

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
        Messages.setLanguage("zh");
    }

    static RuleSource source(String kind, String region, String from, String to, String json) {
        try {
            return new RuleSource(kind + ":" + region + ":" + from, kind, "测试用" + region + "规则", Region.parse(region),
                    LocalDate.parse(from), to == null ? null : LocalDate.parse(to), "测试夹具", false, Json.parse(json));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A checker for a bureau in 陕西省西安市雁塔区 that imported {@code sources}. */
    static LegalityChecker bureau(RuleSource... sources) {
        return new LegalityChecker(LawLibrary.builtIn(), PenaltyTable.builtIn(),
                CheckConfig.builtIn().forWorkspace(Region.parse("陕西省西安市雁塔区"), List.of(sources)));
    }

    private static List<Finding> run(LegalityChecker c, ObjectNode m) {
        return c.check(DossierCodec.read(m), ALL_GOOD);
    }

    private static List<Finding> of(List<Finding> fs, String code) {
        return fs.stream().filter(f -> f.code().equals(code)).toList();
    }

    private static ObjectNode fine(ObjectNode m, long yuan) {
        ((ObjectNode) LegalityCheckerTest.violation(m).get("proposed")).put("fineYuan", yuan);
        for (String d : List.of("d08", "d09", "d10", "d12")) {
            ((ObjectNode) LegalityCheckerTest.doc(m, d).get("states")).put("fineYuan", yuan);
        }
        return m;
    }

    // ------------------------------------------------------------ regions

    @Test
    void regionsCoverTheirPlaces() {
        Region yanta = Region.parse("陕西省西安市雁塔区");
        assertEquals("陕西省", yanta.province());
        assertEquals("西安市", yanta.city());
        assertEquals("雁塔区", yanta.county());
        assertTrue(Region.parse("全国").covers(yanta));
        assertTrue(Region.parse("陕西省").covers(yanta));
        assertTrue(Region.parse("陕西省西安市").covers(yanta));
        assertFalse(Region.parse("河南省").covers(yanta));
        assertFalse(Region.parse("陕西省西安市莲湖区").covers(yanta));
        // a case of 西安市应急管理局 in 未央区, in a 雁塔区 workspace: in 陕西省西安市未央区
        var c = DossierCodec.read(LegalityCheckerTest.demo()).caseInfo();
        Region place = Region.ofCase(c, yanta);
        assertEquals("陕西省西安市未央区", place.label());
        assertTrue(Region.parse("陕西省").covers(place));
        assertFalse(Region.parse("陕西省西安市雁塔区").covers(place));
        assertEquals("北京市朝阳区", Region.parse("北京市朝阳区应急管理局").label());
    }

    // ------------------------------------------------------------ other places' material never applies

    @Test
    void anotherProvincesBenchmarkRaisesNoFindingAndTheNoteSaysNoneIsConfigured() {
        ObjectNode m = fine(LegalityCheckerTest.demo(), 60000);
        var review = bureau().review(DossierCodec.read(m), ALL_GOOD);
        assertTrue(of(review.findings(), "FINE_OUTSIDE_BENCHMARK").isEmpty(), review.findings().toString());
        assertTrue(review.notes().stream().anyMatch(n -> n.startsWith("本地裁量基准未导入") && n.contains("“裁量基准”模板")
                && n.contains("规则来源与法规导入") && !n.contains("--kind")),
                review.notes().toString());
        // a Henan benchmark imported by mistake into a Xi'an workspace does not apply either
        RuleSource henan = source(RuleSource.BENCHMARK, "河南省", "2021-01-01", null,
                "{\"rules\":[{\"id\":\"h\",\"law\":\"work-safety-law\",\"article\":97,\"item\":7,\"minYuan\":0,\"maxYuan\":30000}]}");
        assertTrue(of(run(bureau(henan), m), "FINE_OUTSIDE_BENCHMARK").isEmpty());
        // the bureau's own benchmark applies, and its basis names the benchmark item, no provenance
        List<Finding> own = of(run(bureau(XIAN_BENCHMARK), m), "FINE_OUTSIDE_BENCHMARK");
        assertEquals(1, own.size());
        assertTrue(own.get(0).basis().contains("第七项 一般情形"), own.get(0).basis());
    }

    @Test
    void aBenchmarkNotYetInForceOnTheDecisionDayDoesNotApply() {
        RuleSource later = source(RuleSource.BENCHMARK, "陕西省西安市", "2025-01-01", null,
                XIAN_BENCHMARK.content().toString());
        assertTrue(of(run(bureau(later), fine(LegalityCheckerTest.demo(), 60000)), "FINE_OUTSIDE_BENCHMARK").isEmpty());
    }

    @Test
    void theSampleNoPenaltyListOfJiangsuIsNotAppliedToAXianCase() {
        ObjectNode m = LegalityCheckerTest.demo();
        LegalityCheckerTest.violation(m).put("penaltyProvision", "《中华人民共和国安全生产法》第九十七条第四项");
        LegalityCheckerTest.violation(m).put("violatedProvision", "《中华人民共和国安全生产法》第二十八条第四款");
        List<Finding> np = of(run(bureau(), m), "NO_PENALTY_CANDIDATE");
        // without a list: the discretion of 第三十三条第一款 only, named as such, not the Jiangsu list's item
        assertEquals(1, np.size(), np.toString());
        assertFalse(np.get(0).basis().contains("清单") || np.get(0).message().contains("清单"), np.toString());
        assertTrue(np.get(0).message().contains("说明不适用该款的理由"), np.toString());
        // the bureau's own 首违不罚 list names the matter (可以不予处罚)
        RuleSource list = source(RuleSource.NO_PENALTY, "陕西省", "2022-01-01", null,
                "{\"items\":[{\"law\":\"work-safety-law\",\"article\":97,\"item\":4,\"what\":\"未如实记录安全生产教育和培训情况\",\"kind\":\"首违\"}]}");
        List<Finding> own = of(run(bureau(list), m), "NO_PENALTY_CANDIDATE");
        assertEquals(Severity.WARNING, own.get(0).severity());
        assertTrue(own.get(0).message().contains("可以不予行政处罚") && own.get(0).message().contains("第三款"), own.toString());
    }

    @Test
    void article33TellsShallFromMay() {
        ObjectNode minor = LegalityCheckerTest.demo();
        LegalityCheckerTest.circ(minor).withArray("mitigating").add("违法行为轻微");
        Finding shall = of(run(bureau(), minor), "NO_PENALTY_CANDIDATE").get(0);
        assertTrue(shall.message().contains("应当不予行政处罚") && shall.message().contains("教育"), shall.message());
        assertEquals(Severity.WARNING, shall.severity());
        Finding may = of(run(bureau(), LegalityCheckerTest.demo()), "NO_PENALTY_CANDIDATE").get(0);
        assertTrue(may.message().contains("可以不予行政处罚") && !may.message().contains("应当不予"), may.message());
        // the contract's table (cli.md): NO_PENALTY_CANDIDATE is a warning, the 可以 case included
        assertEquals(Severity.WARNING, may.severity());
    }

    // ------------------------------------------------------------ 减轻 vs 从轻

    @Test
    void aFineBelowTheMinimumWithOnlyMitigatingGroundsIsAnError() {
        // regression: 按期完成整改 (从轻) let a fine below the minimum pass without any finding
        ObjectNode m = LegalityCheckerTest.demo();
        LegalityCheckerTest.circ(m).put("uncorrectedAfterDeadline", true);
        ((ObjectNode) LegalityCheckerTest.violation(m).get("proposed")).put("fineYuan", 50000);
        List<Finding> below = of(run(bureau(), m), "FINE_BELOW_STATUTORY_MIN");
        assertEquals(1, below.size(), below.toString());
        assertEquals(Severity.ERROR, below.get(0).severity());
        assertTrue(below.get(0).message().contains("从轻处罚不得低于法定下限"), below.get(0).message());
        assertTrue(below.get(0).basis().contains("第三十二条"));
        // a recorded 第三十二条 ground for 减轻: an info remark, not an error
        LegalityCheckerTest.circ(m).putArray("reducing").add("主动供述行政机关尚未掌握的违法行为");
        List<Finding> reduced = of(run(bureau(), m), "FINE_BELOW_STATUTORY_MIN");
        assertEquals(Severity.INFO, reduced.get(0).severity());
        assertTrue(reduced.get(0).message().contains("减轻"), reduced.get(0).message());
    }

    // ------------------------------------------------------------ limitation for continuing acts

    @Test
    void theLimitationOfAContinuingActRunsFromTheDayItEnded() {
        ObjectNode m = LegalityCheckerTest.demo();
        ((ObjectNode) m.get("case")).put("violationDate", "2021-12-01");
        assertFalse(of(run(bureau(), m), "LIMITATION_EXPIRED").isEmpty());
        // the same act, continuing until discovered: not expired
        LegalityCheckerTest.violation(m).put("continuing", true);
        assertTrue(of(run(bureau(), m), "LIMITATION_EXPIRED").isEmpty());
        // ended more than two years before discovery: expired, counted from the end
        LegalityCheckerTest.violation(m).put("endedOn", "2022-01-15");
        List<Finding> f = of(run(bureau(), m), "LIMITATION_EXPIRED");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("2022-01-15") && f.get(0).message().contains("终了"), f.get(0).message());
        LegalityCheckerTest.violation(m).put("endedOn", "2023-01-15");
        assertTrue(of(run(bureau(), m), "LIMITATION_EXPIRED").isEmpty());
        assertTrue(of(run(bureau(), m), "DATE_ORDER_INVALID").isEmpty());
        // an act that "ended" before it began is a date out of order
        LegalityCheckerTest.violation(m).put("endedOn", "2021-06-01");
        List<Finding> order = of(run(bureau(), m), "DATE_ORDER_INVALID");
        assertEquals(1, order.size(), order.toString());
        assertTrue(order.get(0).message().contains("违法行为终了日期（2021-06-01）"), order.get(0).message());
    }

    @Test
    void aContinuingActIsJudgedByTheLawInForceWhenItEnded() {
        // begun under the 2014 text, ended (or still going on) under the 2021 text that the case cites
        ObjectNode m = LegalityCheckerTest.demo();
        ((ObjectNode) m.get("case")).put("violationDate", "2020-01-01");
        assertFalse(of(run(bureau(), m), "PROVISION_NOT_IN_FORCE").isEmpty(), "a one-off act of 2020: 2014 text");
        LegalityCheckerTest.violation(m).put("continuing", true);
        assertTrue(of(run(bureau(), m), "PROVISION_NOT_IN_FORCE").isEmpty(), "going on until discovered in 2024");
        LegalityCheckerTest.violation(m).put("endedOn", "2023-06-01");
        assertTrue(of(run(bureau(), m), "PROVISION_NOT_IN_FORCE").isEmpty(), "ended in 2023");
        // ended before the 2021 text came into force: that text did not govern it
        LegalityCheckerTest.violation(m).put("endedOn", "2021-03-01");
        List<Finding> f = of(run(bureau(), m), "PROVISION_NOT_IN_FORCE");
        assertFalse(f.isEmpty());
        assertTrue(f.get(0).message().contains("终了之日（2021-03-01）"), f.get(0).message());
    }

    // ------------------------------------------------------------ 法制审核, 集体讨论, mandatory measures

    @Test
    void aDecisionAfterAHearingNeedsALegalReviewBeforeIt() {
        ObjectNode m = LegalityCheckerTest.demo();
        m.withArray("documents").addObject().put("id", "h1").put("type", "HEARING_RECORD").put("title", "听证笔录")
                .put("date", "2024-04-14");
        assertTrue(of(run(bureau(), m), "LEGAL_REVIEW_MISSING").isEmpty(), "the demo's review of 04-10 precedes");
        LegalityCheckerTest.doc(m, "d09").put("date", "2024-04-18");
        List<Finding> f = of(run(bureau(), m), "LEGAL_REVIEW_MISSING");
        assertEquals(1, f.size());
        assertTrue(f.get(0).basis().contains("第五十八条第一款第（二）项") && f.get(0).message().contains("听证"), f.toString());
    }

    @Test
    void suspensionOfProductionNeedsACollectiveDiscussion() {
        ObjectNode m = LegalityCheckerTest.demo();
        ((ObjectNode) LegalityCheckerTest.violation(m).get("proposed")).withArray("other").add("责令停产停业整顿");
        List<Finding> f = of(run(bureau(), m), "COLLECTIVE_DISCUSSION_MISSING");
        assertEquals(1, f.size());
        assertTrue(f.get(0).basis().contains("第五十七条第二款"), f.get(0).basis());
        m.withArray("documents").addObject().put("id", "cd").put("type", "COLLECTIVE_DISCUSSION").put("title", "集体讨论记录")
                .put("date", "2024-04-15");
        assertTrue(of(run(bureau(), m), "COLLECTIVE_DISCUSSION_MISSING").isEmpty());
    }

    @Test
    void measuresTheProvisionPrescribesMustBeProposed() {
        ObjectNode m = LegalityCheckerTest.demo();
        LegalityCheckerTest.violation(m).put("violatedProvision", "《危险化学品安全管理条例》第三十三条第一款");
        LegalityCheckerTest.violation(m).put("penaltyProvision", "《危险化学品安全管理条例》第七十七条第三款");
        ((ObjectNode) LegalityCheckerTest.violation(m).get("proposed")).put("fineYuan", 100000);
        List<Finding> f = of(run(bureau(), m), "MANDATORY_MEASURE_MISSING");
        assertEquals(2, f.size(), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.message().contains("责令停止经营活动")));
        assertTrue(f.stream().anyMatch(x -> x.message().contains("没收违法经营的危险化学品")));
        ObjectNode p = (ObjectNode) LegalityCheckerTest.violation(m).get("proposed");
        p.putArray("other").add("责令停止经营活动").add("没收违法经营的危险化学品");
        assertTrue(of(run(bureau(), m), "MANDATORY_MEASURE_MISSING").isEmpty());
        // 安全生产法 第一百零二条: 拒不执行 → 责令停产停业整顿
        ObjectNode r = LegalityCheckerTest.demo();
        LegalityCheckerTest.violation(r).put("violatedProvision", "《中华人民共和国安全生产法》第四十一条第二款");
        LegalityCheckerTest.violation(r).put("penaltyProvision", "《中华人民共和国安全生产法》第一百零二条");
        LegalityCheckerTest.circ(r).put("uncorrectedAfterDeadline", true);
        List<Finding> refused = of(run(bureau(), r), "MANDATORY_MEASURE_MISSING");
        assertEquals(1, refused.size(), refused.toString());
        assertTrue(refused.get(0).message().contains("责令停产停业整顿"));
        assertTrue(refused.get(0).basis().contains("拒不执行的，责令停产停业整顿"), refused.get(0).basis());
    }

    // ------------------------------------------------------------ bases

    @Test
    void aMissingNoticeIsAProcedureFaultUnderArticles44And62() {
        ObjectNode m = LegalityCheckerTest.demo();
        LegalityCheckerTest.removeDocs(m, "PENALTY_NOTICE");
        Finding f = of(run(bureau(), m), "REQUIRED_DOCUMENT_MISSING").stream()
                .filter(x -> x.message().contains("行政处罚告知书")).findFirst().orElseThrow();
        assertEquals("程序", f.category());
        assertEquals("《中华人民共和国行政处罚法》第四十四条、第六十二条", f.basis());
    }

    @Test
    void theStatementPeriodIsNotCitedToArticles44And45AndFollowsTheRuleInForce() {
        ObjectNode m = LegalityCheckerTest.demo();
        LegalityCheckerTest.doc(m, "d12").put("date", "2024-04-13");
        Finding f = of(run(bureau(), m), "STATEMENT_PERIOD_TOO_SHORT").get(0);
        assertFalse(f.basis().contains("第四十四条") || f.basis().contains("第四十五条"), f.basis());
        assertTrue(f.basis().contains("安全生产违法行为行政处罚办法"), f.basis());
        // served after 2026-02-01 (the former rule repealed): not configured, said so, no finding
        ObjectNode later = LegalityCheckerTest.demo();
        LegalityCheckerTest.shiftDates(later, 730);
        LegalityCheckerTest.doc(later, "d12").put("date", LegalityCheckerTest.doc(later, "d10").path("deliveredOn").asText());
        var review = bureau().review(DossierCodec.read(later), ALL_GOOD);
        assertTrue(of(review.findings(), "STATEMENT_PERIOD_TOO_SHORT").isEmpty(), review.findings().toString());
        assertTrue(review.notes().stream().anyMatch(n -> n.startsWith("陈述、申辩期限未导入")
                && n.contains("应急管理部令第18号") && !n.contains("statementPeriodDays")), review.notes().toString());
        // nothing the user reads applies the repealed rule to a case after 2026-02-01
        assertTrue(review.findings().stream().noneMatch(x -> (x.basis() + x.message()).contains("安全生产违法行为行政处罚办法")
                || (x.basis() + x.message()).contains("总局令")), review.findings().toString());
        // the bureau imports the period of the rule now in force
        RuleSource rule = source(RuleSource.THRESHOLDS, "全国", "2026-02-01", null,
                "{\"values\":{\"statementPeriodDays\":{\"value\":5,\"unit\":\"日\",\"basis\":\"本机关适用的规章\"}}}");
        assertFalse(of(bureau(rule).check(DossierCodec.read(later), ALL_GOOD), "STATEMENT_PERIOD_TOO_SHORT").isEmpty());
    }

    @Test
    void withoutTheProvincesLargeFineStandardTheHearingNoteSaysHowToImportIt() {
        // regression: the money rule must not borrow another place's 较大数额; the note speaks as an official
        ObjectNode m = fine(LegalityCheckerTest.demo(), 60000);
        var review = bureau().review(DossierCodec.read(m), ALL_GOOD);
        assertTrue(of(review.findings(), "HEARING_RIGHT_NOT_NOTIFIED").isEmpty(), review.findings().toString());
        String note = review.notes().stream().filter(n -> n.startsWith("听证的“较大数额罚款”标准未导入")).findFirst()
                .orElseThrow(() -> new AssertionError(review.notes().toString()));
        assertTrue(note.contains("第六十三条第一款第（一）项") && note.contains("“期限和标准”模板")
                && note.contains("规则来源与法规导入"), note);
        for (String internal : List.of("hearingThreshold", "unitYuan", "--kind", "【知】", "http", ".json")) {
            assertFalse(note.contains(internal), internal + " in " + note);
        }
        // with the province's standard imported: the finding, cited to 第六十三条 and that standard
        List<Finding> f = of(run(bureau(PROVINCE_HEARING), m), "HEARING_RIGHT_NOT_NOTIFIED");
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).basis().contains("第六十三条"), f.get(0).basis());
    }

    @Test
    void criminalTransferCitesArticle27AndTheTransferRules() {
        ObjectNode m = LegalityCheckerTest.demo();
        LegalityCheckerTest.violation(m).put("facts", "该公司关闭可燃气体报警装置后继续生产，存在发生重大事故的现实危险。");
        Finding f = of(run(bureau(), m), "CRIMINAL_TRANSFER_SUGGESTED").get(0);
        assertTrue(f.basis().contains("《中华人民共和国行政处罚法》第二十七条"), f.basis());
        assertTrue(f.basis().contains("《行政执法机关移送涉嫌犯罪案件的规定》"), f.basis());
    }

    @Test
    void aLaterTextCitedForAnEarlierActProposesTheEarlierArticle() {
        // 第三十七条: the law at the time of the act applies — the 2021 numbering for a 2020 act is
        // not in force, and the finding names the 2014 article to cite (the 2021 rule is heavier)
        ObjectNode m = LegalityCheckerTest.demo();
        ((ObjectNode) m.get("case")).put("violationDate", "2020-05-01");
        ((ObjectNode) m.get("case")).put("discoveredOn", "2020-05-01");
        List<Finding> f = of(run(bureau(), m), "PROVISION_NOT_IN_FORCE");
        Finding penalty = f.stream().filter(x -> x.message().startsWith("处罚依据")).findFirst().orElseThrow(
                () -> new AssertionError(f.toString()));
        assertTrue(penalty.message().contains("违法行为发生时施行的是") && penalty.message().contains("第九十四条"),
                penalty.message());
    }

    @Test
    void aCitationOfTheCriminalLawWithoutTitleMarksResolvesToTheCriminalLaw() {
        // regression: `law cite 刑法第一百三十四条之一` resolved to the 安全生产法
        var resolver = new org.jrw.logic.law.CitationResolver(LawLibrary.builtIn());
        var r = resolver.resolve("刑法第一百三十四条之一", null, null);
        assertEquals("criminal-law", r.law().id(), r.toString());
        assertEquals(134, r.article().number());
        assertEquals(1, r.article().suffix());
        assertEquals("work-safety-law", resolver.resolve("安全生产法第九十七条", null, null).law().id());
    }

    @Test
    void noFindingCarriesResearchNotesAddressesOrPaths() {
        ObjectNode m = LegalityCheckerTest.demo();
        LegalityCheckerTest.removeDocs(m, "PENALTY_NOTICE");
        LegalityCheckerTest.violation(m).put("penaltyProvision", "《某省安全生产条例》第三条");
        ((ObjectNode) m.get("case")).put("violationDate", "2021-12-01");
        ((ObjectNode) LegalityCheckerTest.violation(m).get("proposed")).put("fineYuan", 300000);
        List<Finding> fs = run(bureau(XIAN_BENCHMARK, PROVINCE_HEARING), m);
        assertFalse(fs.isEmpty());
        for (Finding f : fs) {
            String text = f.message() + " " + f.basis();
            assertFalse(text.matches("(?s).*(【知】|【检】|https?://|\\.json|\\.md|\\.html|files/|D\\d-\\d|（应为).*"),
                    f.code() + ": " + text);
        }
    }
}
