package org.jrw.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jrw.model.DocumentType;
import org.jrw.model.PartyKind;
import org.junit.jupiter.api.Test;

/**
 * The wording rules added for issue 18's second round: the procedural stage a file evidences, what
 * documents state (整改期限, 复查结论, 缴纳金额, 送达的文书), the continuing act, the facts in the
 * third person and the sources of the party's kind and of a wrapped title.
 */
class WordingRulesTest {
    private static Extractor.Doc doc(int i, String file, DocumentType type, String text) {
        return new Extractor.Doc(i, file, type, DocText.ofParagraphs(file, Arrays.asList(text.split("\n"))));
    }

    private static Map<String, Object> values(List<Reading> rs) {
        return rs.stream().collect(Collectors.toMap(Reading::field, Reading::value, (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void theStatusIsTheLatestStageAnyDocumentEvidences() {
        Extractor.Doc filing = doc(0, "立案.docx", DocumentType.FILING_APPROVAL, "某某区应急管理局\n立案审批表\n同意立案。");
        Extractor.Doc notice = doc(1, "告知.docx", DocumentType.PENALTY_NOTICE, "某某区应急管理局\n行政处罚告知书\n某应急罚告〔2024〕8号");
        Extractor.Doc decision = doc(2, "决定.docx", DocumentType.PENALTY_DECISION, "某某区应急管理局\n行政处罚决定书");
        Extractor.Doc served = doc(3, "回执.docx", DocumentType.DELIVERY_RECEIPT, "文书送达回执\n送达文书名称 行政处罚决定书");
        Extractor.Doc paid = doc(4, "缴款.docx", DocumentType.PAYMENT_RECEIPT, "一般缴款书\n金额 20000元");
        Extractor.Doc closed = doc(5, "结案.docx", DocumentType.CLOSING_APPROVAL, "某某区应急管理局\n结案审批表");
        assertThat(StageReader.read(List.of(filing))).singleElement().extracting(Reading::value).isEqualTo("已立案");
        assertThat(StageReader.read(List.of(filing, notice))).singleElement().extracting(Reading::value).isEqualTo("已告知");
        assertThat(StageReader.read(List.of(filing, notice, decision, served)).get(0).value()).isEqualTo("已送达");
        assertThat(StageReader.read(List.of(filing, decision, paid)).get(0).value()).isEqualTo("执行中");
        Reading r = StageReader.read(List.of(filing, notice, decision, served, paid, closed)).get(0);
        assertThat(r.value()).isEqualTo("已结案");
        assertThat(r.source().file()).isEqualTo("结案.docx");
        assertThat(r.source().text()).isEqualTo("结案审批表");
        // a receipt of the notice only is not the decision served
        Extractor.Doc noticeServed = doc(3, "回执.docx", DocumentType.DELIVERY_RECEIPT, "文书送达回执\n送达文书名称 行政处罚告知书");
        assertThat(StageReader.read(List.of(filing, notice, noticeServed)).get(0).value()).isEqualTo("已告知");
        assertThat(StageReader.read(List.of(doc(0, "x.docx", DocumentType.OTHER, "说明")))).isEmpty();
    }

    @Test
    void whatTheDocumentsState() {
        Map<String, Object> m = values(StatesReader.read(List.of(
                doc(0, "指令书.docx", DocumentType.RECTIFICATION_ORDER, "责令限期整改指令书\n现责令你单位立即停止作业，并于2024年3月26日前\n整改完毕，达到有关要求。"),
                doc(1, "复查.docx", DocumentType.RECHECK_OPINION, "整改复查意见书\n经复查，上述问题已于2024年3月26日前整改完毕，整改合格。"),
                doc(2, "缴款.docx", DocumentType.PAYMENT_RECEIPT, "一般缴款书\n金额（小写） 20000.00元\n金额（大写） 贰万元整"))));
        assertThat(m).containsEntry("documents[0].states.rectifyBy", LocalDate.of(2024, 3, 26))
                .containsEntry("violations[0].proposed.correction", "责令限期改正")
                .containsEntry("documents[1].states.rectified", Boolean.TRUE)
                .containsEntry("documents[2].states.paidYuan", 20000L);
        // a recheck that found the problem still there
        Map<String, Object> no = values(StatesReader.read(List.of(doc(0, "复查.docx", DocumentType.RECHECK_OPINION,
                "整改复查意见书\n经复查，你单位未按期完成整改，仍安排无证人员作业。"))));
        assertThat(no).containsEntry("documents[0].states.rectified", Boolean.FALSE);
        // the figure alone, without an upper-case amount
        assertThat(values(StatesReader.read(List.of(doc(0, "缴款.docx", DocumentType.PAYMENT_RECEIPT, "缴款书\n缴款金额：4,500元")))))
                .containsEntry("documents[0].states.paidYuan", 4500L);
        // the same wording in a document of another type states nothing
        assertThat(StatesReader.read(List.of(doc(0, "决定.docx", DocumentType.PENALTY_DECISION,
                "你单位于2024年3月26日前整改完毕。")))).isEmpty();
    }

    @Test
    void theReceiptNamesTheDocumentItServed() {
        List<Reading> rs = Extractor.extract(List.of(
                doc(0, "告知书.docx", DocumentType.PENALTY_NOTICE, "某某区应急管理局\n行政处罚告知书\n某应急罚告〔2024〕8号\n某某有限公司："),
                doc(1, "回执.docx", DocumentType.DELIVERY_RECEIPT, "文书送达回执\n文书编号 某应急罚告〔2024〕8号\n送达时间 2024年4月11日")));
        Reading served = rs.stream().filter(r -> r.field().equals("documents[1].states.servedDocument")).findFirst().orElseThrow();
        assertThat(served.value()).isEqualTo(0);
        assertThat(served.source().text()).contains("某应急罚告〔2024〕8号");
    }

    @Test
    void aSpanOfTimeIsAContinuingAct() {
        Reading facts = new Reading("violations[0].facts", "你单位自2024年2月26日起安排无证员工从事电焊作业，至2024年3月12日被检查发现。",
                new Reading.Source("决定.pdf", 1, "经查，你单位自2024年2月26日起安排…"), DocumentType.PENALTY_DECISION, "facts");
        Map<String, Object> m = values(FactsWording.continuing(Map.of("violations[0].facts", List.of(facts))));
        assertThat(m).containsEntry("violations[0].continuing", Boolean.TRUE).doesNotContainKey("violations[0].endedOn");
        Reading ended = new Reading("violations[0].facts", "该公司从2023年5月起在厂区存放危险化学品，至2023年9月30日止。",
                facts.source(), DocumentType.PENALTY_DECISION, "facts");
        assertThat(values(FactsWording.continuing(Map.of("violations[0].facts", List.of(ended)))))
                .containsEntry("violations[0].endedOn", LocalDate.of(2023, 9, 30));
        // the facts do not say when it stopped; the recheck does
        Extractor.Doc recheck = doc(1, "复查.docx", DocumentType.RECHECK_OPINION,
                "整改复查意见书\n1.李某强已于2024年3月12日停止电焊作业，调回打磨岗位；");
        List<Reading> rs = FactsWording.continuing(Map.of("violations[0].facts", List.of(facts)), List.of(recheck));
        Reading stopped = rs.stream().filter(r -> r.field().equals("violations[0].endedOn")).findFirst().orElseThrow();
        assertThat(stopped.value()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(stopped.source().file()).isEqualTo("复查.docx");
        assertThat(stopped.source().text()).contains("停止电焊作业");
        Reading once = new Reading("violations[0].facts", "2024年3月12日，该公司安排无证员工从事电焊作业。",
                facts.source(), DocumentType.PENALTY_DECISION, "facts");
        assertThat(FactsWording.continuing(Map.of("violations[0].facts", List.of(once)))).isEmpty();
    }

    @Test
    void theFactsDescribeThePartyInTheThirdPerson() {
        assertThat(FactsWording.thirdPerson("你单位自2024年2月26日起安排员工作业，你单位未", PartyKind.UNIT, "某某有限公司"))
                .isEqualTo("该单位自2024年2月26日起安排员工作业，该单位未");
        assertThat(FactsWording.thirdPerson("你公司未按规定", PartyKind.UNIT, "某某有限公司")).isEqualTo("该公司未按规定");
        assertThat(FactsWording.thirdPerson("你于2024年5月在自家院内储存烟花爆竹", PartyKind.PERSON, "王某"))
                .isEqualTo("王某于2024年5月在自家院内储存烟花爆竹");
        assertThat(FactsWording.thirdPerson("该公司未按规定", PartyKind.UNIT, "某某有限公司")).isEqualTo("该公司未按规定");
    }

    @Test
    void theEvidenceTitleLosesItsOrdinalPrefix() {
        assertThat(Proposal.evidenceTitle("evidence/e01-营业执照复印件.pdf")).isEqualTo("营业执照复印件");
        assertThat(Proposal.evidenceTitle("01-现场照片.jpg")).isEqualTo("现场照片");
        assertThat(Proposal.evidenceTitle("1、询问录音.mp3")).isEqualTo("询问录音");
        assertThat(Proposal.evidenceTitle("GB2894标志照片.jpg")).isEqualTo("GB2894标志照片");
        assertThat(Proposal.evidenceTitle("2024年检查照片.jpg")).isEqualTo("2024年检查照片");
    }

    @Test
    void thePartysKindIsSourcedToTheLineNamingIt() {
        List<Reading> rs = Extractor.extract(List.of(doc(0, "决定.docx", DocumentType.PENALTY_DECISION,
                "西安市应急管理局\n行政处罚决定书\n西应急罚〔2024〕37号\n被处罚单位：西安某某精工机械有限公司\n统一社会信用代码：91610112MA6U7R2K3J\n经查，你单位安排员工作业。")));
        Reading kind = rs.stream().filter(r -> r.field().equals("parties[0].kind")).findFirst().orElseThrow();
        assertThat(kind.source().text()).contains("被处罚单位");
    }

    @Test
    void aWrappedTitleIsQuotedAsTheCellReads() {
        List<Reading> rs = Extractor.extract(List.of(doc(0, "报告.docx", DocumentType.INVESTIGATION_REPORT,
                "案件调查终结报告\n西安某某精工机械有限公司使用未取得特种作业操作证人员从事焊接案件名称\n作业案")));
        Reading title = rs.stream().filter(r -> r.field().equals("case.title")).findFirst().orElseThrow();
        assertThat(title.value()).isEqualTo("西安某某精工机械有限公司使用未取得特种作业操作证人员从事焊接作业案");
        assertThat(title.source().text()).isEqualTo("案件名称：西安某某精工机械有限公司使用未取得特种作业操作证人员从事焊接作业案");
    }
}
