package org.jrw.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jrw.model.DocumentType;
import org.jrw.model.PartyKind;
import org.junit.jupiter.api.Test;

/**
 * Rules for decisions against several parties, party labels as bureaus print them, and violated
 * provisions cited one per line; each on the wording of published emergency-management decisions.
 */
class PartyAndProvisionRulesTest {
    private static List<Reading> read(DocumentType type, String text) {
        DocText t = DocText.ofParagraphs("x.docx", Arrays.asList(text.split("\n")));
        return Extractor.extract(List.of(new Extractor.Doc(0, "x.docx", type, t)));
    }

    private static Map<String, Object> first(List<Reading> rs) {
        return rs.stream().collect(Collectors.toMap(Reading::field, Reading::value, (a, b) -> a));
    }

    private static final String TWO_PARTIES = """
            江门市新会区应急管理局
            行政处罚决定书
            江新应急罚〔2022〕15号
            当事人（单位）：江门市新会区某金属制品有限公司
            地址：江门市新会区某某工业区
            法定代表人：何某洪
            当事人（个人）：何某洪，性别：男，职务：总经理
            身份证号码：440782************
            住址：广东省江门市新会区会城街道某某路
            经调查，你公司及主要负责人何某洪存在拒不执行安全监管监察部门依法下达的安全监管监察指令的行为，违反了《安全生产违法行为行政处罚办法》第四十五条第四项的规定。
            依据《安全生产违法行为行政处罚办法》第四十五条第四项的规定，本局决定：对江门市新会区某金属制品有限公司给予警告，并处罚款人民币叁万元整；对何某洪给予警告，并处罚款人民币壹万元整。
            江门市新会区应急管理局
            2022年6月20日
            """;

    @Test
    void aUnitAndItsResponsiblePersonAreReadAsTwoPartiesEachWithItsOwnFine() {
        List<Reading> rs = read(DocumentType.PENALTY_DECISION, TWO_PARTIES);
        Map<String, Object> m = first(rs);
        assertThat(m).containsEntry("parties[0].name", "江门市新会区某金属制品有限公司")
                .containsEntry("parties[0].kind", "unit")
                .containsEntry("parties[0].address", "江门市新会区某某工业区")
                .containsEntry("parties[0].legalRepresentative", "何某洪")
                .containsEntry("parties[1].name", "何某洪")
                .containsEntry("parties[1].kind", "person")
                .containsEntry("parties[1].idNumber", "440782************")
                .containsEntry("parties[1].address", "广东省江门市新会区会城街道某某路")
                .containsEntry("violations[0].proposed.fineYuan", 30000L)
                .containsEntry("violations[1].proposed.fineYuan", 10000L)
                // the person's lines are not read into the unit
                .doesNotContainKey("parties[0].idNumber");
        assertThat(rs).filteredOn(r -> r.field().equals("parties[0].address")).hasSize(1);
        assertThat(rs).filteredOn(r -> r.field().equals("violations[0].proposed.fineYuan")).hasSize(1);
    }

    @Test
    void theDraftHasBothPartiesAndTheSecondPartysViolationWithItsFineOnly() {
        DocText t = DocText.ofParagraphs("决定书.docx", Arrays.asList(TWO_PARTIES.split("\n")));
        IntakeFile f = new IntakeFile("决定书.docx", null, 1, "a".repeat(64), IntakeFile.Status.ADDED, List.of(),
                Classification.document(DocumentType.PENALTY_DECISION, Classification.Basis.TITLE), TextReader.Status.TEXT, t, null);
        Proposal p = Proposal.build(new IntakeScan(List.of(f), 1), new Choices(), "x");
        assertThat(p.dossier().parties()).extracting(x -> x.name()).containsExactly("江门市新会区某金属制品有限公司", "何某洪");
        assertThat(p.dossier().parties().get(1).kind()).isEqualTo(PartyKind.PERSON);
        assertThat(p.dossier().violations()).hasSize(2);
        assertThat(p.dossier().violations().get(1).partyId()).isEqualTo("p2");
        assertThat(p.dossier().violations().get(1).proposed().fineYuan()).isEqualTo(10000L);
        // nothing copied from the unit's violation: the person's provisions are for the officer
        assertThat(p.dossier().violations().get(1).penaltyProvision()).isNull();
        assertThat(p.unresolved()).contains("violations[1].penaltyProvision");
    }

    @Test
    void partyLabelsAsBureausPrintThem() {
        Map<String, Object> m = first(read(DocumentType.PENALTY_DECISION, """
                无极县应急管理局
                行政处罚决定书
                文号:(冀石无)应急罚[2024]3011号
                第1页 共4页
                当事人:河北和合化工有限公司
                地 址:无极县城北工业区
                负责人:刘军强
                2024年8月7日,我局行政执法人员在对河北和合化工有限公司进行执法检查时,发现该公司存在问题。"""));
        assertThat(m).containsEntry("case.caseNumber", "(冀石无)应急罚[2024]3011号")
                .containsEntry("parties[0].address", "无极县城北工业区")
                .containsEntry("parties[0].legalRepresentative", "刘军强");
        Map<String, Object> n = first(read(DocumentType.PENALTY_DECISION, """
                永安市应急管理局
                行政处罚决定书
                被处罚单位（名称）：永安市中强新型材料有限公司
                法定代表人（负责人）：赖某某"""));
        assertThat(n).containsEntry("parties[0].name", "永安市中强新型材料有限公司").containsEntry("parties[0].legalRepresentative", "赖某某");
        // a person's job title 负责人 is not a legal representative
        Map<String, Object> o = first(read(DocumentType.PENALTY_DECISION, "行政处罚决定书\n被处罚人：王某　职务：负责人"));
        assertThat(o).doesNotContainKey("parties[0].legalRepresentative");
    }

    @Test
    void numbersWithSmallBracketsAndASubSeries() {
        Map<String, Object> m = first(read(DocumentType.PENALTY_DECISION, "浏阳市应急管理局\n行政处罚决定书\n(湘长浏)应急罚﹝2023﹞古港应急办-4号"));
        assertThat(m).containsEntry("case.caseNumber", "(湘长浏)应急罚﹝2023﹞古港应急办-4号");
    }

    @Test
    void violatedProvisionsCitedOnePerLineWithTheirText() {
        Map<String, Object> m = first(read(DocumentType.PENALTY_DECISION, """
                行政处罚决定书
                违反了《生产安全事故应急预案管理办法》第三十八条:生产经营单位应当按照应急预案的规定,落实应急物资及装备,
                《中华人民共和国安全生产法》第三十六条第一款规定:安全设备的安装、使用,应当符合国家标准或者行业标准。
                《中华人民共和国安全生产法》第四十一条第二款规定:生产经营单位应当建立健全并落实生产安全事故隐患排查治理制度。
                以上事实有现场检查记录等证据为凭。"""));
        assertThat(m).containsEntry("violations[0].violatedProvision",
                "《生产安全事故应急预案管理办法》第三十八条、《中华人民共和国安全生产法》第三十六条第一款、《中华人民共和国安全生产法》第四十一条第二款");
    }

    @Test
    void aRegulationsOrderNumberBetweenTitleAndArticleAndConjunctions() {
        Map<String, Object> m = first(read(DocumentType.PENALTY_DECISION, """
                行政处罚决定书
                你公司的上述行为违反了《中华人民共和国安全生产法》第三十五条：“生产经营单位应当设置明显的安全警示标志”和《工贸企业有限空间作业安全规定》（应急管理部令第13号）第十一条：“工贸企业应当在有限空间出入口设置明显的安全警示标志”的规定。
                你公司违反了《烟花爆竹经营许可实施办法》第二十二条第二款和第二十五条第一款的规定。"""));
        assertThat(m).containsEntry("violations[0].violatedProvision",
                "《中华人民共和国安全生产法》第三十五条、《工贸企业有限空间作业安全规定》第十一条");
        assertThat(Extractor.provisions("《烟花爆竹经营许可实施办法》第二十二条第二款和第二十五条第一款", false))
                .isEqualTo("《烟花爆竹经营许可实施办法》第二十二条第二款、第二十五条第一款");
        // a law named without its article is no provision: left for the officer, never half-filled
        assertThat(Extractor.provisions("《中华人民共和国安全生产法》", false)).isEmpty();
    }

    @Test
    void aFineImposedAsAnAmountBetweenChuAndFakuan() {
        Map<String, Object> m = first(read(DocumentType.PENALTY_DECISION, """
                行政处罚决定书
                依据《烟花爆竹经营许可实施办法》第三十二条第六项、第十项和《安全生产违法行为行政处罚办法》第五十八条第二项违法所得的计算规定，参照《应急管理行政处罚裁量权基准》第二部分第201项A档的裁量阶次，责令你公司限期改正，处人民币3.25万元罚款。"""));
        assertThat(m).containsEntry("violations[0].proposed.fineYuan", 32500L)
                .containsEntry("violations[0].penaltyProvision",
                        "《烟花爆竹经营许可实施办法》第三十二条第六项、第十项、《安全生产违法行为行政处罚办法》第五十八条第二项");
        // 对…处罚款人民币X元 for a second party, in its own clause after the unit's
        Map<String, Object> two = first(read(DocumentType.PENALTY_DECISION, """
                行政处罚决定书
                被处罚单位：某体育用品有限公司
                被处罚人：张某某　职务：生产部经理
                依据《工贸企业有限空间作业安全规定》第二十一条第二项的规定，本局决定：对你公司处罚款人民币壹万元整；对直接负责的主管人员张某某处罚款人民币贰仟元整。"""));
        assertThat(two).containsEntry("violations[0].proposed.fineYuan", 10000L).containsEntry("violations[1].proposed.fineYuan", 2000L);
        // the statute's range quoted in a decision is still no fine
        Map<String, Object> r = first(read(DocumentType.PENALTY_DECISION,
                "行政处罚决定书\n依据该法第九十九条的规定，生产经营单位有下列行为之一的，责令限期改正，处五万元以下的罚款。"));
        assertThat(r).doesNotContainKey("violations[0].proposed.fineYuan");
    }
}
