package org.jrw.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jrw.model.DocumentType;
import org.junit.jupiter.api.Test;

/** One test per extractor rule, on the wording of real decisions, notices, forms and receipts. */
class ExtractorRulesTest {
    private static List<Reading> read(DocumentType type, String text) {
        DocText t = DocText.ofParagraphs("x.docx", Arrays.asList(text.split("\n")));
        return Extractor.extract(List.of(new Extractor.Doc(0, "x.docx", type, t)));
    }

    private static Map<String, Object> first(List<Reading> rs) {
        return rs.stream().collect(Collectors.toMap(Reading::field, Reading::value, (a, b) -> a));
    }

    @Test
    void agencyFromTheHeading() {
        assertThat(first(read(DocumentType.PENALTY_DECISION, "天津港保税区应急管理局行政处罚决定书\n(津保)应急罚[2023]k-39号")))
                .containsEntry("case.agency", "天津港保税区应急管理局");
    }

    @Test
    void theDecisionsOwnNumberIsTheCaseNumberButNotACitedOne() {
        Map<String, Object> m = first(read(DocumentType.PENALTY_DECISION,
                "醴陵市应急管理局\n行政处罚决定书\n(湘株醴)应急罚〔2023〕125 号\n被处罚单位:醴陵市某某鞭炮厂"));
        assertThat(m).containsEntry("case.caseNumber", "(湘株醴)应急罚〔2023〕125号");
        // a number cited in the heading block of another document (立案编号 …) is not its own
        Map<String, Object> r = first(read(DocumentType.INVESTIGATION_REPORT,
                "西安市应急管理局\n案件调查终结报告\n立案日期 2024年3月14日立案编号西应急立〔2024〕37号"));
        assertThat(r).doesNotContainKey("documents[0].number").doesNotContainKey("case.caseNumber");
        // a notice's number is the notice's, never the case number
        Map<String, Object> n = first(read(DocumentType.PENALTY_NOTICE, "某某区应急管理局\n行政处罚告知书\n某应急罚告〔2024〕8号\n某某有限公司："));
        assertThat(n).containsEntry("documents[0].number", "某应急罚告〔2024〕8号").doesNotContainKey("case.caseNumber");
    }

    @Test
    void theFilingFormsLabelledDatesAndSource() {
        Map<String, Object> m = first(read(DocumentType.FILING_APPROVAL, "雁塔区应急管理局\n立案审批表\n"
                + "案件来源：双随机检查\n违法行为发现日期：2025年3月12日\n立案日期：二〇二五年三月十四日\n"
                + "审批意见：同意立案。 审批人：周某 2025年3月15日"));
        assertThat(m).containsEntry("case.filedOn", LocalDate.of(2025, 3, 14))
                .containsEntry("case.discoveredOn", LocalDate.of(2025, 3, 12))
                .containsEntry("case.source", "双随机检查")
                // the discovery date is not the violation date, and the approver's date is no field's
                .doesNotContainKey("case.violationDate");
        Map<String, Object> v = first(read(DocumentType.FILING_APPROVAL, "立案审批表\n违法行为发生时间：2025-03-01"));
        assertThat(v).containsEntry("case.violationDate", LocalDate.of(2025, 3, 1));
    }

    @Test
    void unitPartyBlock() {
        Map<String, Object> m = first(read(DocumentType.PENALTY_DECISION, """
                行政处罚决定书
                被处罚单位:沅陵某某矿业有限公司(统一社会信用代码:91431****2400)
                地址:湖南省怀化市沅陵县某某镇
                法定代表人(负责人):李*玖 职务:总经理 联系电话:xxxxxxxx
                经查,你公司……"""));
        assertThat(m).containsEntry("parties[0].name", "沅陵某某矿业有限公司")
                .containsEntry("parties[0].creditCode", "91431****2400")
                .containsEntry("parties[0].legalRepresentative", "李*玖")
                .containsEntry("parties[0].address", "湖南省怀化市沅陵县某某镇")
                .containsEntry("parties[0].kind", "unit");
    }

    @Test
    void personPartyBlock() {
        Map<String, Object> m = first(read(DocumentType.PENALTY_DECISION, """
                行政处罚决定书
                被处罚人: 王** 性别: 男 年龄: 5* 岁 身份证号:3325244***********
                家庭住址: 浙江省龙泉市某某路 联系电话:***********
                经查,王**存在……"""));
        assertThat(m).containsEntry("parties[0].name", "王**").containsEntry("parties[0].idNumber", "3325244***********")
                .containsEntry("parties[0].address", "浙江省龙泉市某某路").containsEntry("parties[0].kind", "person");
    }

    @Test
    void theBureausContactAddressInANoticeFooterIsNotTheParty() {
        Map<String, Object> m = first(read(DocumentType.PENALTY_NOTICE, """
                行政处罚告知书
                某某有限公司：
                经查，你单位……我局拟对你单位作出罚款人民币贰万元整的行政处罚。
                联系人：王某 地址：西安市未央区某某路9号"""));
        assertThat(m).containsEntry("parties[0].name", "某某有限公司").doesNotContainKey("parties[0].address");
    }

    @Test
    void provisionsOfTheViolationAndOfThePenaltyWithoutTheGeneralRules() {
        Map<String, Object> m = first(read(DocumentType.PENALTY_DECISION, """
                你单位的上述行为违反了《中华人民共和国安全生产法》第三十条第一款的规定。
                依据《中华人民共和国安全生产法》第九十七条第七项和《中华人民共和国行政处罚法》第三十二条第一项的规定，决定给予你单位罚款人民币贰万元整（20000元）的行政处罚。"""));
        assertThat(m).containsEntry("violations[0].violatedProvision", "《中华人民共和国安全生产法》第三十条第一款")
                .containsEntry("violations[0].penaltyProvision", "《中华人民共和国安全生产法》第九十七条第七项")
                .containsEntry("violations[0].proposed.fineYuan", 20000L)
                .containsEntry("documents[0].states.fineYuan", 20000L);
    }

    @Test
    void anItemWrittenInBrackets() {
        assertThat(first(read(DocumentType.PENALTY_DECISION,
                "依据《中华人民共和国安全生产法》第九十七条第(七)项,生产经营单位有下列行为之一的,责令限期改正,处十万元以下的罚款的规定,决定给予你单位罚款人民币贰万元整的行政处罚。")))
                .containsEntry("violations[0].penaltyProvision", "《中华人民共和国安全生产法》第九十七条第(七)项")
                .containsEntry("violations[0].proposed.fineYuan", 20000L);
    }

    @Test
    void aQuotedStatutoryRangeIsNotTheFine() {
        Map<String, Object> m = first(read(DocumentType.PENALTY_DECISION,
                "依据《烟花爆竹安全管理条例》第三十七条第二项“处1万元以上5万元以下的罚款”的规定,我局决定对你单位处以罚款人民币贰万元整的行政处罚。"));
        assertThat(m).containsEntry("violations[0].proposed.fineYuan", 20000L)
                .containsEntry("violations[0].penaltyProvision", "《烟花爆竹安全管理条例》第三十七条第二项");
    }

    @Test
    void confiscationAndOtherMeasures() {
        Map<String, Object> m = first(read(DocumentType.PENALTY_DECISION,
                "依据《安全生产许可证条例》第十九条的规定，决定责令停止生产，没收违法所得人民币伍仟元，并处罚款人民币拾万元整。"));
        assertThat(m).containsEntry("violations[0].proposed.fineYuan", 100000L)
                .containsEntry("violations[0].proposed.confiscationYuan", 5000L);
        assertThat(String.valueOf(m.get("violations[0].proposed.other"))).contains("责令停止生产");
    }

    @Test
    void factsFromTheDecision() {
        Map<String, Object> m = first(read(DocumentType.PENALTY_DECISION,
                "经查，你单位安排未取得特种作业操作证的员工从事电焊作业。以上事实有现场检查记录等证据为证。"));
        assertThat(m).containsEntry("violations[0].facts", "你单位安排未取得特种作业操作证的员工从事电焊作业。");
    }

    @Test
    void circumstances() {
        Map<String, Object> m = first(read(DocumentType.PENALTY_NOTICE,
                "鉴于你单位初次违法、按期完成整改，未造成危害后果，我局拟对你单位作出罚款人民币贰万元整的行政处罚。"));
        assertThat(m).containsEntry("violations[0].circumstances.firstOffence", true)
                .containsEntry("violations[0].circumstances.correctedInTime", true)
                .containsEntry("violations[0].circumstances.harmfulConsequence", false);
    }

    @Test
    void dateUnderTheSignatureAndRecordTime() {
        assertThat(first(read(DocumentType.PENALTY_DECISION, "行政处罚决定书\n……\n沅陵县应急管理局\n二〇二五年七月十五日")))
                .containsEntry("documents[0].date", LocalDate.of(2025, 7, 15));
        assertThat(first(read(DocumentType.INQUIRY_RECORD, "询问笔录\n询问时间 2024年3月19日 9时05分至10时10分\n……\n2024年3月20日")))
                .containsEntry("documents[0].date", LocalDate.of(2024, 3, 19));
    }

    @Test
    void filingAndDiscoveryDatesAsTheDecisionRecountsThem() {
        Map<String, Object> m = first(read(DocumentType.PENALTY_DECISION,
                "我局执法人员于2024年3月12日对你单位进行监督检查时，发现……，我局于2024年3月14日立案调查。"));
        assertThat(m).containsEntry("case.discoveredOn", LocalDate.of(2024, 3, 12))
                .containsEntry("case.filedOn", LocalDate.of(2024, 3, 14));
    }

    @Test
    void officersWithCertificateNumbers() {
        Map<String, Object> pairs = first(read(DocumentType.INQUIRY_RECORD, "询问人：王某明（执法证号：61010024017）、赵某（执法证号：61010024052）"));
        assertThat(pairs).containsEntry("officers[0].name", "王某明").containsEntry("officers[1].certificateNo", "61010024052");
        Map<String, Object> list = first(read(DocumentType.FILING_APPROVAL,
                "注：立案审批人指定王某明、赵某两名执法人员承办本案；执法证号分别为61010024017、61010024052。"));
        assertThat(list).containsEntry("officers[1].name", "赵某").containsEntry("officers[0].certificateNo", "61010024017");
    }

    @Test
    void titleOfAFilingForm() {
        assertThat(first(read(DocumentType.FILING_APPROVAL, "案件名称：某某公司未按规定开展安全生产教育培训案")))
                .containsEntry("case.title", "某某公司未按规定开展安全生产教育培训案");
    }

    @Test
    void dateOfServiceFromTheDecisionAndFromAReceipt() {
        DocText decision = DocText.ofParagraphs("d.docx", List.of("行政处罚决定书",
                "我局于2024年4月11日向你单位送达了《行政处罚告知书》（西应急罚告〔2024〕37号），告知你单位……"));
        DocText notice = DocText.ofParagraphs("n.docx", List.of("行政处罚告知书", "西应急罚告〔2024〕37号"));
        DocText receipt = DocText.ofParagraphs("r.docx", List.of("文书送达回执", "送达文书名称 行政处罚告知书",
                "文书编号 西应急罚告〔2024〕37号", "送达时间 2024年4月11日"));
        List<Reading> rs = Extractor.extract(List.of(new Extractor.Doc(0, "n.docx", DocumentType.PENALTY_NOTICE, notice),
                new Extractor.Doc(1, "d.docx", DocumentType.PENALTY_DECISION, decision),
                new Extractor.Doc(2, "r.docx", DocumentType.DELIVERY_RECEIPT, receipt)));
        assertThat(rs).filteredOn(r -> r.field().equals("documents[0].deliveredOn"))
                .extracting(r -> r.value() + "@" + r.source().file())
                .containsExactlyInAnyOrder("2024-04-11@d.docx", "2024-04-11@r.docx");
    }

    @Test
    void aDocumentServedOnTheSpotIsServedTheDayThePartySigned() {
        assertThat(first(read(DocumentType.RECTIFICATION_ORDER, """
                责令限期整改指令书
                安全生产监管执法人员（签名）：王某明、赵某
                2024年3月12日
                被检查单位负责人（签名）：刘某（受张某华委托）
                2024年3月13日""")))
                .containsEntry("documents[0].deliveredOn", LocalDate.of(2024, 3, 13));
        // the bureau's date above the party's signature is not the date of service
        assertThat(first(read(DocumentType.INQUIRY_NOTICE, """
                询问通知书
                西安市应急管理局
                2024年3月15日
                被询问单位签收人（签名）：刘某""")))
                .doesNotContainKey("documents[0].deliveredOn");
    }

    @Test
    void classificationByTitleBeforeName() {
        DocText receipt = DocText.ofParagraphs("a.docx", List.of("西安市应急管理局", "文书送达回执", "（行政处罚决定书）"));
        assertThat(Classifier.classify("14-送达回执-行政处罚决定书.pdf", receipt).documentType()).isEqualTo(DocumentType.DELIVERY_RECEIPT);
        assertThat(Classifier.classify("听证告知书.docx", DocText.EMPTY).documentType()).isEqualTo(DocumentType.HEARING_RIGHTS_NOTICE);
        assertThat(Classifier.classify("现场照片1.jpg", DocText.EMPTY).evidenceKind()).isEqualTo(org.jrw.model.EvidenceKind.PHYSICAL);
        // text recognition reads a title on a photographed notice board: the picture stays a photo,
        // while a scan named as a document is still classified by the title it shows
        DocText board = DocText.ofParagraphs("复查照片-持证上岗公示.jpg", List.of("整改复查意见书", "特种作业人员持证上岗公示"));
        assertThat(Classifier.classify("复查照片-持证上岗公示.jpg", board).evidenceKind())
                .isEqualTo(org.jrw.model.EvidenceKind.PHYSICAL);
        assertThat(Classifier.classify("操作证查询截图.png", board).evidenceKind())
                .isEqualTo(org.jrw.model.EvidenceKind.ELECTRONIC);
        assertThat(Classifier.classify("扫描件003.jpg", board).documentType()).isEqualTo(DocumentType.RECHECK_OPINION);
        assertThat(Classifier.classify("操作证查询截图.png", DocText.EMPTY).evidenceKind()).isEqualTo(org.jrw.model.EvidenceKind.ELECTRONIC);
        assertThat(Classifier.classify("VID_0001.mp4", DocText.EMPTY).evidenceKind()).isEqualTo(org.jrw.model.EvidenceKind.AUDIOVISUAL);
    }

    @Test
    void aSentenceOverAPageBreakIsOneSentenceOnThePageItStarts() {
        DocText t = DocText.ofPages("r.pdf", List.of(
                "本案当事人初次违法，按期完成整改，建议依据该法第九十七条第七项的规定，给予罚\n—1—\n",
                "款人民币贰万元整（20000元）的行政处罚。\n承办人（签名）：王某明\n"));
        assertThat(t.pages().get(0)).containsExactly(
                "本案当事人初次违法，按期完成整改，建议依据该法第九十七条第七项的规定，给予罚款人民币贰万元整（20000元）的行政处罚。");
        assertThat(t.pages().get(1)).containsExactly("承办人（签名）：王某明");
    }

    @Test
    void wrappedPdfLinesAreJoinedButLabelledLinesAreNot() {
        List<String> lines = DocText.logicalLines("""
                你单位的上述行为违反了《中华人民共和国安全生产法》第三十条第
                一款的规定。
                被处罚单位：某某公司
                地址：某某路1号
                """);
        assertThat(lines).containsExactly("你单位的上述行为违反了《中华人民共和国安全生产法》第三十条第一款的规定。",
                "被处罚单位：某某公司", "地址：某某路1号");
    }
}
