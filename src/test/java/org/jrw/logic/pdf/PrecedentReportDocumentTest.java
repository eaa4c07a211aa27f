package org.jrw.logic.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrw.logic.search.Hit;
import org.jrw.logic.search.SearchResult;
import org.junit.jupiter.api.Test;

/** The 类案检索报告 as a court-style report: method, results table, comparison, conclusion, sources; no notes. */
class PrecedentReportDocumentTest {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-07T09:00:00+08:00");

    static Hit hit(String id, String publisher, String region, String date, String facts, String penaltyBasis, Long unit) {
        return new Hit(id, "某公司无证电焊作业案", 1f, "工贸", region, 2023, "《安全生产法》第三十条第一款", penaltyBasis,
                unit == null ? null : BigDecimal.valueOf(unit), List.of(), "https://mirror.example.net/x.html", publisher,
                date, null, false, facts, List.of(), List.of("电焊"), List.of("《安全生产法》第九十七条第(七)项"));
    }

    static final Hit A = hit("CASE-A", "上海市应急管理局(曝光5起特种作业典型案例);决定机关:杨浦区应急管理局", "上海市杨浦区", "2023-06-06",
            "企业使用未取得特种作业操作证的人员从事电焊作业。", "《安全生产法》第九十七条第(七)项", 10000L);
    static final Hit B = hit("CASE-B", "北京市朝阳区应急管理局(推定,页面称“我局”)", "北京市朝阳区", "2025-05-26",
            "作业现场1名人员未取得特种作业资格即上岗作业(镜像页面)。", "未在摘录中写明(应为《安全生产法》第九十七条第(七)项)", 30000L);
    /** The same published case as A, recorded again from another reprint. */
    static final Hit A2 = hit("CASE-A2", "上海市应急管理局(曝光5起特种作业典型案例)", "上海市杨浦区", "2023-06-06",
            "企业使用未取得特种作业操作证的人员从事电焊作业。", "《安全生产法》第九十七条第七项", 10000L);

    static String text(OfficialDocument doc) throws IOException {
        try (PDDocument d = Loader.loadPDF(new OfficialDocumentWriter().write(doc))) {
            return new PDFTextStripper().getText(d).replaceAll("[\\s\u3000]+", "");
        }
    }

    @Test
    void reportStatesMethodResultsComparisonAndConclusion() throws IOException {
        var subject = new PrecedentReportWriter.Subject(null, "西应急罚〔2026〕9号", "某公司无证焊接案", AT, null,
                "西安市应急管理局", "《安全生产法》第三十条第一款", "《安全生产法》第九十七条第七项", 20000L, 43);
        String t = text(PrecedentReportWriter.document(subject, List.of(new PrecedentReportWriter.Entry(A, "情节相同"),
                new PrecedentReportWriter.Entry(B, null), new PrecedentReportWriter.Entry(A2, null))));
        assertThat(t).contains("一、检索基本情况", "检索主体西安市应急管理局联审小组", "检索时间2026年12月7日",
                "联审工作台类案库（收录各级应急管理部门公开发布的行政执法案例43件）", "二、检索结果", "三、类案比对", "四、检索结论",
                "五、案例来源", "二〇二六年十二月七日");
        assertThat(t).contains("2件类案罚款1万–3万元，本案拟罚2万元，处于类案区间");
        assertThat(t).contains("上海市应急管理局发布（曝光5起特种作业典型案例），决定机关：杨浦区应急管理局", "北京市朝阳区应急管理局发布", "北京市朝阳区应急管理局发布的案例（北京市朝阳区，2025年5月26日）")
                .contains("类案罚款1万元，低于本案拟罚2万元", "审查意见：情节相同", "第九十七条第七项");
        // duplicates of one published case once; no notes, mirrors or web addresses
        assertThat(t).doesNotContain("CASE-A2", "镜像", "推定", "应为", "https", "mirror", "未在摘录中写明", "第(七)项",
                "我局");
        assertThat(t.split("杨浦区应急管理局查处的案件（上海市杨浦区，2023年6月6日）", -1)).hasSize(3); // table row + comparison heading
    }

    @Test
    void resultsTableShowsHowFarEachCaseMatchesOrThatNoneMatchesDirectly() throws IOException {
        var subject = new PrecedentReportWriter.Subject("无证 焊接　条款：97条7项", null, null, AT, null);
        // the hit's own matchedAll decides, not its place in the list
        SearchResult some = new SearchResult(2, List.of(A, B.withMatchedAll(false)), Map.of(), 0, true);
        String t = text(PrecedentReportWriter.document(subject, PrecedentReportWriter.entries(some, null)));
        assertThat(t).contains("相符程度", "全部相符", "部分相符", "其中全部相符1件", "检索词无证焊接条款：97条7项")
                .doesNotContain("本库无直接相符的类案");
        SearchResult none = new SearchResult(2, List.of(A.withMatchedAll(false), B.withMatchedAll(false)), Map.of(), 2, true);
        String t2 = text(PrecedentReportWriter.document(subject, PrecedentReportWriter.entries(none, null)));
        assertThat(t2).contains("本库无直接相符的类案", "部分相符").doesNotContain("全部相符");
        String t3 = text(PrecedentReportWriter.document(subject, List.of()));
        assertThat(t3).contains("本库无与检索条件相符的类案", "本库无可供比对的类案");
    }

    @Test
    void fieldsThatOnlyRecordTheCollectorsRemarksAreNotPrinted() {
        assertThat(PrecedentReportWriter.field("未在摘录中写明(应为《安全生产法》第九十七条第(七)项)")).isNull();
        assertThat(PrecedentReportWriter.field("摘录未写明(推定《安全生产法》第九十四条第一款)")).isNull();
        assertThat(PrecedentReportWriter.field("《安全生产法》第二十一条第(六)项(推定)")).isEqualTo("《安全生产法》第二十一条第六项");
        assertThat(PrecedentReportWriter.field("摘录仅称“依据相关法规”项)")).isNull();
        assertThat(PrecedentReportWriter.field("—（行刑衔接）")).isNull();
        assertThat(PrecedentReportWriter.source(B)).isEqualTo("北京市朝阳区应急管理局发布");
        Hit decidedOnly = hit("C", "决定机关:绍兴市上虞区应急管理局", "浙江省", "2019-03-19", "仓库", null, null);
        assertThat(PrecedentReportWriter.source(decidedOnly)).isEqualTo("决定机关：绍兴市上虞区应急管理局");
        assertThat(PrecedentReportWriter.range(new BigDecimal(12000), new BigDecimal(30000))).isEqualTo("1.2万–3万元");
        assertThat(PrecedentReportWriter.range(new BigDecimal(5000), new BigDecimal(8000))).isEqualTo("5000–8000元");
    }
}
