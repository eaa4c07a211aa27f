package org.jrw.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jrw.logic.task.Progress;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.DocumentType;
import org.jrw.model.PartyKind;
import org.jrw.persistence.CaseDao;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Intake of files written in ways the other tests do not use: a receipt naming the served
 * document by its title only, a title wrapped over two lines, a fine in words beside the
 * statutory range, a filing form laid out as a Word table, a GB18030 text file, two files of the
 * same name in two folders, values the user typed in, and a folder of which nothing is readable.
 */
class UnusualIntakeTest {
    @TempDir
    Path tmp;

    private static Extractor.Doc doc(int i, String file, DocumentType type, String text) {
        return new Extractor.Doc(i, file, type, DocText.ofParagraphs(file, Arrays.asList(text.split("\n"))));
    }

    private static Map<String, Object> values(List<Reading> rs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Reading r : rs) {
            m.putIfAbsent(r.field(), r.value());
        }
        return m;
    }

    @Test
    void aReceiptNamingTheDecisionOnlyByItsTitleDatesItsService() {
        Extractor.Doc decision = doc(0, "决定书.docx", DocumentType.PENALTY_DECISION,
                IntakeFixtures.decision("渭某应急罚〔2024〕8号", "人民币叁万元整"));
        Extractor.Doc receipt = doc(1, "回执.docx", DocumentType.DELIVERY_RECEIPT,
                "送达回执\n行政处罚决定书\n受送达人：渭南某某建材有限公司\n送达地点：本单位\n送达时间：\n2024年6月22日\n收件人：刘某军");
        Map<String, Object> m = values(Extractor.extract(List.of(decision, receipt)));
        assertThat(m).as(m.toString()).containsEntry("documents[1].states.servedDocument", 0)
                .containsEntry("documents[0].deliveredOn", LocalDate.of(2024, 6, 22));
        // a receipt naming nothing the intake holds serves nothing
        Map<String, Object> none = values(Extractor.extract(List.of(decision, doc(1, "回执.docx",
                DocumentType.DELIVERY_RECEIPT, "送达回执\n受送达人：渭南某某建材有限公司\n送达时间：2024年6月22日"))));
        assertThat(none).doesNotContainKey("documents[1].states.servedDocument")
                .doesNotContainKey("documents[0].deliveredOn");
    }

    @Test
    void theFineImposedIsReadBesideTheStatutoryRangeAndInWords() {
        String text = IntakeFixtures.decision("渭某应急罚〔2024〕9号", "人民币贰万伍仟元整")
                .replace("第九十七条第三项的规定，", "第九十七条第三项“处十万元以下的罚款”的规定，");
        Map<String, Object> m = values(Extractor.extract(List.of(doc(0, "决定书.docx", DocumentType.PENALTY_DECISION, text))));
        assertThat(m).as(m.toString()).containsEntry("violations[0].proposed.fineYuan", 25000L)
                .containsEntry("case.caseNumber", "渭某应急罚〔2024〕9号")
                .containsEntry("parties[0].creditCode", "91610502MA6Y3K8T4N");
        // the same words in a notice are what the bureau intends, still a fine; a range alone is none
        String rangeOnly = IntakeFixtures.decision("渭某应急罚〔2024〕10号", "人民币贰万伍仟元整")
                .replace("决定给予你单位罚款人民币贰万伍仟元整的行政处罚。", "可处十万元以下的罚款。");
        Map<String, Object> r = values(Extractor.extract(List.of(doc(0, "决定书.docx", DocumentType.PENALTY_DECISION, rangeOnly))));
        assertThat(r).as(r.toString()).doesNotContainKey("violations[0].proposed.fineYuan");
    }

    @Test
    void officersAreReadOnlyWhenNamesAndCertificatesPairUp() {
        Map<String, Object> m = values(Extractor.extract(List.of(doc(0, "询问笔录.docx", DocumentType.INQUIRY_RECORD,
                "询问笔录\n询问人：张某某、李某某，执法证号分别为61010000123、61010000456。"))));
        assertThat(m).as(m.toString()).containsEntry("officers[0].name", "张某某")
                .containsEntry("officers[0].certificateNo", "61010000123")
                .containsEntry("officers[1].name", "李某某").containsEntry("officers[1].certificateNo", "61010000456");
        // three names, two numbers: which number is whose cannot be told, so none is paired
        Map<String, Object> odd = values(Extractor.extract(List.of(doc(0, "询问笔录.docx", DocumentType.INQUIRY_RECORD,
                "询问笔录\n询问人：张某某、李某某、王某某，执法证号分别为61010000123、61010000456。"))));
        assertThat(odd).as(odd.toString()).doesNotContainKey("officers[0].name").doesNotContainKey("officers[0].certificateNo");
        // numbers without names
        assertThat(values(Extractor.extract(List.of(doc(0, "询问笔录.docx", DocumentType.INQUIRY_RECORD,
                "询问笔录\n执法证号：61010000123、61010000456。"))))).doesNotContainKey("officers[0].certificateNo");
    }

    @Test
    void aDocumentSignedOnTheSpotIsServedOnTheDayUnderTheSignature() {
        String order = "渭南市某某区应急管理局\n责令限期整改指令书\n渭某应急责改〔2024〕5号\n渭南某某建材有限公司：\n"
                + "经查，你单位存在下列问题：未按规定对从业人员进行安全生产教育和培训。\n"
                + "现责令你单位于2024年6月30日前整改完毕。\n渭南市某某区应急管理局\n2024年6月10日\n"
                + "被检查单位负责人（签名）：刘某军\n2024年6月11日";
        Map<String, Object> m = values(Extractor.extract(List.of(doc(0, "指令书.docx", DocumentType.RECTIFICATION_ORDER, order))));
        assertThat(m).as(m.toString()).containsEntry("documents[0].deliveredOn", LocalDate.of(2024, 6, 11));
        // the line under the signature is not a date alone: the bureau's date above is never taken for it
        Map<String, Object> unsigned = values(Extractor.extract(List.of(doc(0, "指令书.docx", DocumentType.RECTIFICATION_ORDER,
                order.replace("\n2024年6月11日", "\n2024年6月11日收到，已阅")))));
        assertThat(unsigned).as(unsigned.toString()).doesNotContainKey("documents[0].deliveredOn");
    }

    @Test
    void aTitleWrappedOverTwoLinesIsJoined() {
        Map<String, Object> m = values(Extractor.extract(List.of(doc(0, "立案审批表.docx", DocumentType.FILING_APPROVAL,
                "渭南市某某区应急管理局\n立案审批表\n案件名称：渭南某某建材有限公司未按规定对从业人员进行\n安全生产教育和培训案\n"
                        + "案件来源：监督检查\n立案日期：2024年5月6日"))));
        assertThat(m).as(m.toString())
                .containsEntry("case.title", "渭南某某建材有限公司未按规定对从业人员进行安全生产教育和培训案")
                .containsEntry("case.filedOn", LocalDate.of(2024, 5, 6));
    }

    @Test
    void aFormInAWordTableAndAGb18030TextAreRead() throws Exception {
        Path in = tmp.resolve("案卷");
        Files.createDirectories(in);
        Path form = in.resolve("立案审批表.docx");
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(form)) {
            d.createParagraph().createRun().setText("渭南市某某区应急管理局");
            d.createParagraph().createRun().setText("立案审批表");
            XWPFTable t = d.createTable(3, 2);
            t.getRow(0).getCell(0).setText("案件名称");
            t.getRow(0).getCell(1).setText("渭南某某建材有限公司未按规定对从业人员进行安全生产教育和培训案");
            t.getRow(1).getCell(0).setText("当事人");
            t.getRow(1).getCell(1).setText("渭南某某建材有限公司");
            t.getRow(2).getCell(0).setText("立案日期");
            t.getRow(2).getCell(1).setText("2024年5月6日");
            d.write(out);
        }
        Files.write(in.resolve("行政处罚决定书.txt"), IntakeFixtures.decision("渭某应急罚〔2024〕8号", "人民币叁万元整")
                .getBytes(Charset.forName("GB18030")));
        // the same name in two folders: both kept under distinct package paths
        Files.createDirectories(in.resolve("甲"));
        Files.createDirectories(in.resolve("乙"));
        Files.writeString(in.resolve("甲/照片说明.txt"), "现场照片一张，拍摄于车间。");
        Files.writeString(in.resolve("乙/照片说明.txt"), "现场照片两张，拍摄于库房。");
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            IntakeService s = new IntakeService(ws, java.util.Optional::empty);
            IntakeScan scan = s.scan(List.of(in), Progress.NONE);
            Proposal p = s.propose(scan, new Choices());
            assertThat(p.value("case.title")).isEqualTo("渭南某某建材有限公司未按规定对从业人员进行安全生产教育和培训案");
            assertThat(p.value("case.filedOn")).isEqualTo(LocalDate.of(2024, 5, 6));
            // the GB18030 decision is read as Chinese, not as mojibake
            assertThat(p.value("case.caseNumber")).isEqualTo("渭某应急罚〔2024〕8号");
            assertThat(p.value("parties[0].legalRepresentative")).isEqualTo("刘某军");
            Dossier d = p.dossier();
            List<String> paths = new java.util.ArrayList<>();
            d.documents().forEach(x -> paths.add(x.file()));
            d.evidence().forEach(x -> paths.add(x.file()));
            assertThat(paths).doesNotHaveDuplicates().hasSize(4);
            assertThat(paths.stream().filter(x -> x.contains("照片说明"))).hasSize(2);
        }
    }

    @Test
    void valuesTheUserTypedInAreTakenAndParsed() throws Exception {
        Path in = tmp.resolve("案卷");
        IntakeFixtures.docx(in.resolve("行政处罚告知书.docx"), IntakeFixtures.notice("贰万元")
                .replace("安全生产教育和培训。", "安全生产教育和培训。你单位系初次违法。"));
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            IntakeService s = new IntakeService(ws, java.util.Optional::empty);
            IntakeScan scan = s.scan(List.of(in), Progress.NONE);
            Choices c = new Choices().set("case.caseNumber", "渭某应急罚〔2024〕11号")
                    .set("violations[0].proposed.fineYuan", "叁万元")
                    .set("violations[0].circumstances.firstOffence", "否")
                    .set("parties[0].kind", "自然人");
            Proposal p = s.propose(scan, c);
            Dossier d = p.dossier();
            assertThat(d.caseInfo().caseNumber()).isEqualTo("渭某应急罚〔2024〕11号");
            assertThat(d.violations().get(0).proposed().fineYuan()).isEqualTo(30000L);
            assertThat(p.value("violations[0].circumstances.firstOffence")).isEqualTo("否");
            assertThat(d.violations().get(0).circumstances().firstOffence()).isFalse();
            assertThat(s.propose(scan, new Choices()).dossier().violations().get(0).circumstances().firstOffence()).isTrue();
            assertThat(d.parties().get(0).kind()).isEqualTo(PartyKind.PERSON);
            // a typed amount that is no amount is left open, never guessed
            Proposal bad = s.propose(scan, c.copy().set("violations[0].proposed.fineYuan", "待定"));
            assertThat(bad.dossier().violations().get(0).proposed().fineYuan()).isNull();
        }
    }

    @Test
    void aFolderOfWhichNothingIsReadableIsRefusedNamingEveryFileAndNothingIsWritten() throws Exception {
        Path in = tmp.resolve("案卷");
        Files.createDirectories(in);
        Files.writeString(in.resolve("询问笔录.docx"), "这不是Word文件");
        Files.writeString(in.resolve("现场检查记录.pdf"), "%PDF-1.4\n garbage garbage");
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            IntakeService s = new IntakeService(ws, java.util.Optional::empty);
            IntakeScan scan = s.scan(List.of(in), Progress.NONE);
            assertThatThrownBy(() -> IntakeService.requireUsable(scan)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("询问笔录.docx").hasMessageContaining("现场检查记录.pdf");
            Proposal p = s.propose(scan, new Choices());
            assertThatThrownBy(() -> s.create(scan, p, Progress.NONE)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("询问笔录.docx");
            assertThat(ws.db().withConnection(CaseDao::list)).isEmpty();
        }
    }
}
