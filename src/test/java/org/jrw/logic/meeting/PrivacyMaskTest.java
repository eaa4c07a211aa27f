package org.jrw.logic.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jrw.logic.demo.DemoContent;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.logic.evidence.PdfService;
import org.jrw.logic.task.Progress;
import org.jrw.model.Annotation;
import org.jrw.model.Dossier;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyMaskTest {
    private static final PrivacyMask PATTERNS = PrivacyMask.patternsOnly(PrivacyMask.Options.DEFAULT);

    @Test
    void idNumbersPhonesAndAddressesAreMasked() {
        String text = "被询问人：赵某强，身份证号码 61011219720514273X，手机 138-1234-5678，"
                + "住址：西安市雁塔区丈八东路18号3单元502室。座机029-88123507。";
        String masked = PATTERNS.apply(text);
        assertThat(masked).doesNotContain("61011219720514273X", "138-1234-5678", "丈八东路18号", "88123507");
        assertThat(masked).hasSameSizeAs(text).contains("被询问人", "身份证号码", "住址：");
        // names stay unless configured
        assertThat(masked).contains("赵某强");
        assertThat(PATTERNS.find(text)).extracting(PrivacyMask.Span::kind)
                .contains(PrivacyMask.Kind.ID_NUMBER, PrivacyMask.Kind.PHONE, PrivacyMask.Kind.ADDRESS);
    }

    @Test
    void amountsDatesCaseNumbersAndCreditCodesAreNotPersonalData() {
        String text = "西应急罚〔2024〕37号 罚款人民币30000元，2024年3月4日，统一社会信用代码91610113MA6U4XQ12K，"
                + "依据《安全生产法》第九十七条第（七）项，金额 123456789012 元。";
        assertThat(PATTERNS.find(text)).isEmpty();
        assertThat(PATTERNS.apply(text)).isEqualTo(text);
    }

    @Test
    void numbersWrittenInGroupsAreMaskedButNotDatesOrAmounts() {
        String text = "身份证 610103 19800506 2310，也写作 6101-0319-8005-0623-10，电话 139 2847 5521，"
                + "座机 029-8765 4321，2024-03-12 罚款 20000 元，编号 6101 1319 8013 4123 10";
        String masked = PATTERNS.apply(text);
        assertThat(masked.replaceAll("[- ]", "")).doesNotContain("610103198005062310", "13928475521", "87654321");
        assertThat(PATTERNS.apply("手机：１３９２８４７５５２１，罚款２００００元")).isEqualTo("手机：＊＊＊＊＊＊＊＊＊＊＊，罚款２００００元");
        assertThat(masked).contains("2024-03-12 罚款 20000 元")
                .as("groups that do not form a valid birth date are no ID").contains("6101 1319 8013 4123 10");
    }

    @Test
    void anIdWithAnImpossibleBirthDateIsNotAnId() {
        assertThat(PATTERNS.find("编号 610112197213412731")).isEmpty();
        assertThat(PATTERNS.find("编号 610112197212312731")).hasSize(1);
    }

    @Test
    void namesOfOtherPersonsAreMaskedOnlyWhenConfiguredNeverTheOfficers() {
        PrivacyMask names = PrivacyMask.patternsOnly(new PrivacyMask.Options(true, true));
        String text = "证人：钱某芳 陪同人员：孙某伟 姓名 李某明 性别 男";
        String masked = names.apply(text);
        assertThat(masked).doesNotContain("钱某芳", "孙某伟", "李某明").contains("证人", "性别 男");
        assertThat(PrivacyMask.patternsOnly(new PrivacyMask.Options(false, true)).apply(text)).isEqualTo(text);
    }

    /** Issue 23 item 10: a unit's registered address is public; a natural person's stays masked. */
    @Test
    void aUnitsAddressIsShownAPersonsIsMasked(@TempDir Path tmp) {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            DemoContent.loadDemoDossier(ws, Progress.NONE);
            DossierService ds = new DossierService(ws);
            Dossier d = ds.load(ds.list().get(0).caseId());
            org.jrw.model.Party unit = d.parties().stream().filter(p -> p.kind() != org.jrw.model.PartyKind.PERSON)
                    .findFirst().orElseThrow();
            assertThat(unit.address()).isNotBlank();
            List<org.jrw.model.Party> parties = new java.util.ArrayList<>(d.parties());
            parties.add(new org.jrw.model.Party("p-x", org.jrw.model.PartyKind.PERSON, "孙某伟", null, null,
                    "西安市长安区韦曲街道南街12号", null, null, null, null, null));
            PrivacyMask m = PrivacyMask.of(withParties(d, parties), PrivacyMask.Options.DEFAULT);
            String text = unit.name() + "，联系地址：" + unit.address() + "；孙某伟，住址：西安市长安区韦曲街道南街12号";
            String masked = m.apply(text);
            assertThat(masked).contains(unit.address()).doesNotContain("韦曲街道南街12号");
        }
    }

    private static Dossier withParties(Dossier d, List<org.jrw.model.Party> parties) {
        return new Dossier(d.caseId(), d.formatVersion(), d.caseInfo(), parties, d.officers(), d.violations(),
                d.documents(), d.evidence(), d.extra());
    }

    @Test
    void onTheDemoCaseWitnessesAreMaskedButNotThePartiesOrOfficers(@TempDir Path tmp) {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            DemoContent.loadDemoDossier(ws, Progress.NONE);
            DossierService ds = new DossierService(ws);
            Dossier d = ds.load(ds.list().get(0).caseId());
            PrivacyMask m = PrivacyMask.of(d, new PrivacyMask.Options(true, true));
            String unit = d.parties().get(0).name();
            String person = d.parties().get(1).name(); // the legal representative is a party too
            String officer = d.officers().get(0).name();
            String masked = m.apply(unit + " 法定代表人" + person + " 执法人员" + officer + " 证人：钱某芳 身份证号码"
                    + d.parties().get(1).idNumber());
            assertThat(masked).contains(unit, person, officer).doesNotContain("钱某芳", d.parties().get(1).idNumber());
        }
    }

    @Test
    void theIdNumberOnAnInquiryRecordPageIsLocatedForPainting(@TempDir Path tmp) throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("ws")); PdfService pdf = new PdfService()) {
            DemoContent.loadDemoDossier(ws, Progress.NONE);
            DossierService ds = new DossierService(ws);
            Dossier d = ds.load(ds.list().get(0).caseId());
            PrivacyMask m = PrivacyMask.of(d, PrivacyMask.Options.DEFAULT);
            int withId = 0;
            for (EvidenceItem item : EvidenceItem.all(d)) {
                if (item.mediaType() != EvidenceItem.MediaType.PDF) {
                    continue;
                }
                Path f = ws.vault().pathOf(item.sha256());
                for (int p = 1; p <= pdf.pageCount(f); p++) {
                    String text = pdf.pageText(f, p);
                    boolean hasId = d.parties().stream().map(x -> x.idNumber()).filter(java.util.Objects::nonNull)
                            .anyMatch(id -> text.contains(id.substring(0, 12)));
                    List<Annotation.Rect> rects = pdf.locate(f, p, m::ranges);
                    if (hasId) {
                        withId++;
                        assertThat(rects).as(item.title() + " page " + p).isNotEmpty();
                        for (Annotation.Rect r : rects) {
                            assertThat(r.w()).isPositive();
                            assertThat(r.h()).isPositive();
                        }
                    }
                }
            }
            assertThat(withId).as("demo pages with an ID number").isPositive();
        }
    }
}
