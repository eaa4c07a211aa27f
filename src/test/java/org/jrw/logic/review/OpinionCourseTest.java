package org.jrw.logic.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jrw.model.CaseDocument;
import org.jrw.model.Circumstances;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.Extra;
import org.junit.jupiter.api.Test;

/**
 * The course of the case and the evidence as the opinion words them: each step as an official
 * writes it, a served document without a service date said so, evidence without a stated purpose
 * said so rather than left blank.
 */
class OpinionCourseTest {
    private static CaseDocument doc(String type, String title, LocalDate date, LocalDate served) {
        return new CaseDocument("d", type, title, null, date, served, "files/d.pdf", "x", Map.of(), Extra.NONE);
    }

    @Test
    void eachStepIsWordedAsAnOfficialWritesIt() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThat(OpinionSections.event(doc("RECTIFICATION_ORDER", "责令限期整改指令书", day, day))).isEqualTo("下达《责令限期整改指令书》");
        assertThat(OpinionSections.event(doc("ON_SITE_MEASURE", " ", day, null))).startsWith("作出《").endsWith("》");
        assertThat(OpinionSections.event(doc("RECHECK_OPINION", "整改复查意见书", day, null))).isEqualTo("整改复查，制作《整改复查意见书》");
        assertThat(OpinionSections.event(doc("INQUIRY_RECORD", "询问笔录", day, null))).isEqualTo("制作《询问笔录》");
        assertThat(OpinionSections.event(doc("INVESTIGATION_REPORT", "案件调查终结报告", day, null)))
                .isEqualTo("调查终结，制作《案件调查终结报告》");
        assertThat(OpinionSections.event(doc("LEGAL_REVIEW", "法制审核意见书", day, null))).isEqualTo("进行法制审核，出具《法制审核意见书》");
        assertThat(OpinionSections.event(doc("COLLECTIVE_DISCUSSION", "集体讨论记录", day, null))).isEqualTo("负责人集体讨论，形成《集体讨论记录》");
        assertThat(OpinionSections.event(doc("CLOSING_APPROVAL", "结案审批表", day, null))).isEqualTo("经《结案审批表》批准结案");
        assertThat(OpinionSections.event(doc("OTHER", "情况说明", day, null))).isEqualTo("形成《情况说明》");
    }

    @Test
    void aDocumentsNumberFollowsItsNameInsideTheClause() {
        LocalDate day = LocalDate.of(2024, 3, 14);
        CaseDocument filing = new CaseDocument("d", "FILING_APPROVAL", "立案审批表", "西应急立〔2024〕37号", day, null,
                "files/d.pdf", "x", Map.of(), Extra.NONE);
        assertThat(OpinionSections.event(filing)).isEqualTo("经《立案审批表》（西应急立〔2024〕37号）批准立案");
        CaseDocument paid = new CaseDocument("d", "PAYMENT_RECEIPT", "罚款缴纳凭证", null, day, null, "files/d.pdf", "x",
                Map.of(), Extra.NONE);
        assertThat(OpinionSections.event(paid)).isEqualTo("当事人缴纳罚款（见《罚款缴纳凭证》）");
    }

    @Test
    void aServedDocumentWithoutAServiceDateIsSaidSoAndSameDayServiceIsSaidShort() {
        Dossier base = OpinionContentTest.dossier(false, Circumstances.NONE);
        LocalDate day = LocalDate.of(2026, 3, 2);
        Dossier d = new Dossier(base.caseId(), base.formatVersion(), base.caseInfo(), base.parties(), base.officers(),
                base.violations(), List.of(doc("RECTIFICATION_ORDER", "责令限期整改指令书", day, day),
                        doc("PENALTY_NOTICE", "行政处罚告知书", day.plusDays(10), null)), base.evidence(), Extra.NONE);
        List<String> course = OpinionSections.chronology(d);
        assertThat(course).containsExactly("2026年3月2日，下达《责令限期整改指令书》，当日送达当事人。",
                "2026年3月12日，制发《行政处罚告知书》，案卷未载明送达日期。");
    }

    @Test
    void evidenceWithoutAPurposeOrALinkedViolationSaysSo() {
        Dossier d = OpinionContentTest.dossier(false, Circumstances.NONE);
        Evidence bare = new Evidence("e9", null, " ", null, null, null, "f", "x", List.of("v9"), Extra.NONE);
        assertThat(OpinionSections.evidenceLine(d, bare)).isEqualTo("证据，案卷未标明其证明对象。");
        Evidence purpose = new Evidence("e8", "书证", "特种作业操作证查询记录", LocalDate.of(2026, 3, 3), "王某", null, "f", "x",
                List.of("v1"), new Extra(Map.of("purpose", "证明李某强未取得特种作业操作证")));
        assertThat(OpinionSections.evidenceLine(d, purpose))
                .isEqualTo("特种作业操作证查询记录（书证，2026年3月3日取得），证明李某强未取得特种作业操作证。");
    }
}
