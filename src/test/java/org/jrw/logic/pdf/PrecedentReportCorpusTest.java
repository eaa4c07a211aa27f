package org.jrw.logic.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrw.logic.search.Hit;
import org.jrw.logic.search.PrecedentService;
import org.jrw.logic.search.SearchQuery;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every precedent of the shipped corpus, printed in one report: none of the collector's notes reaches the page. */
class PrecedentReportCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void theWholeCorpusPrintsWithoutResearchNotesOrAddresses() throws Exception {
        Map<String, Hit> all = new LinkedHashMap<>();
        try (Workspace ws = Workspace.open(tmp.resolve("ws")); PrecedentService s = new PrecedentService(ws)) {
            s.importJsonl(new InputStreamReader(getClass().getClassLoader()
                    .getResourceAsStream("content/precedents/cases.jsonl"), StandardCharsets.UTF_8), "cases.jsonl");
            for (String q : List.of("未", "罚", "安全", "公司", "作业", "危险", "违法", "检查", "事故", "隐患", "人员", "责任")) {
                s.search(SearchQuery.of(q).withLimit(100)).hits().forEach(h -> all.putIfAbsent(h.id(), h));
            }
        }
        assertThat(all).hasSizeGreaterThan(35);
        var subject = new PrecedentReportWriter.Subject(null, "西应急罚〔2026〕9号", "某案", OffsetDateTime.now(), null,
                "西安市应急管理局", "《安全生产法》第三十条第一款", "《安全生产法》第九十七条第七项", 20000L, all.size());
        OfficialDocument doc = PrecedentReportWriter.document(subject,
                all.values().stream().map(h -> new PrecedentReportWriter.Entry(h, null)).toList());
        String text;
        try (PDDocument d = Loader.loadPDF(new OfficialDocumentWriter().write(doc))) {
            text = new PDFTextStripper().getText(d).replaceAll("[\\s\u3000]+", "");
        }
        assertThat(text).doesNotContain("镜像", "推定", "应为", "http", "www.", "摘录", "转载", "【知】", "null", ".html",
                "第(", "第（一）项", "我局");
        all.values().forEach(h -> {
            if (h.sourceUrl() != null && !h.sourceUrl().isBlank()) {
                assertThat(text).doesNotContain(h.sourceUrl().replaceAll("^https?://", "").split("/")[0]);
            }
        });
    }
}
